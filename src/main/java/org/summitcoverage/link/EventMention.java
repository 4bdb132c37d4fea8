package org.summitcoverage.link;

import java.io.Serializable;
import java.util.List;

/**
 * One meeting as one article speaks of it: an EVENT entity of the article ({@code named}), or, in an article that
 * names no event, the summit its title or a sentence describes (`la déclaration du sommet sur l'IA`), which may
 * join an event that other articles name but founds none. Everything the linker compares is here, read from the
 * article alone.
 *
 * @param ordinal      the article's position in the input
 * @param localEventId the entity id in the article ({@code event:sommet-de-paris}), "" for a described summit
 * @param localName    the name the article gives (its canonical name, or the describing phrase)
 * @param words        the identifying words of the name ({@link EventNames}), sorted
 * @param place        the place in the name, or null
 * @param nearby       places written in the sentences that mention it (`à Paris`, `en France`)
 * @param edition      the edition number, 0 when none is written
 * @param published    the article's {@code published} date as an epoch day, or null
 * @param years        years written in those sentences, and the year of {@code published}
 * @param dayMonths    days of a month written in those sentences, as {@code month * 100 + day}
 * @param dates        full dates written in those sentences, as epoch days
 */
public record EventMention(int ordinal, String localEventId, String localName, boolean named, String kind,
                           List<String> words, Place place, List<Place> nearby, int edition, Long published,
                           int[] years, int[] dayMonths, long[] dates) implements Serializable {
    public EventMention {
        words = List.copyOf(words);
        nearby = List.copyOf(nearby);
    }

    /** The same mention for an article {@code offset} places later in the input (a later stretch merged in). */
    public EventMention shifted(int offset) {
        return new EventMention(ordinal + offset, localEventId, localName, named, kind, words, place, nearby, edition,
                published, years, dayMonths, dates);
    }

    /** True when the name says which meeting it is (words, place or edition), not only that there was one. */
    boolean identifies() {
        return !words.isEmpty() || place != null || edition > 0;
    }

    /** How much the mention says, to link the most telling mentions first. */
    int specificity() {
        return words.size() + (place != null ? 2 : 0) + (edition > 0 ? 2 : 0) + (published != null || dates.length > 0 ? 1 : 0);
    }
}
