package org.summitcoverage.link;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.Status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the meetings of one analysed article as {@link EventMention}s: a pure function of the article, run as the
 * article is added, so that only these small records stay until the whole corpus is linked.
 */
public final class MentionReader {
    /** A meeting noun and what follows it up to a punctuation mark (folded text). */
    private static final Pattern DESCRIBED = Pattern.compile("\\b(sommet|summit|conference|forum|cop ?\\d{1,2}|cop)\\b([^.,;:!?()\\[\\]\"«»“”]{0,80})");
    /** Words after which a describing phrase is no longer the meeting's name. */
    private static final Set<String> STOP = Set.of("qui", "que", "qu'", "dont", "ou", "et", "mais", "a", "ont", "est",
            "sont", "s'", "se", "sera", "seront", "avait", "lors", "en", "au", "aux", "dans", "avec", "entre", "depuis",
            "pendant", "apres", "avant", "par", "selon", "vers", "contre", "chez", "ce", "cette", "ces", "son", "sa",
            "ses", "leur", "leurs", "ne", "n'", "il", "elle", "ils", "elles", "on", "tenu", "tenue", "organise",
            "organisee", "prevu", "prevue", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "dernier", "derniere", "prochain", "prochaine", "puis", "titre");
    /** `en France`, `au Maroc`, `aux Émirats`: a country written as where something happens. */
    private static final Pattern IN_COUNTRY = Pattern.compile("(?i)(?:\\ben|\\bau|\\baux)\\s+$");

    private final EventNames names;

    public MentionReader(EventNames names) {
        this.names = names;
    }

    public static MentionReader shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final MentionReader INSTANCE = new MentionReader(EventNames.shared());
    }

    public List<EventMention> read(ArticleAnalysis a, int ordinal) {
        if (a.status() != Status.OK) {
            return List.of();
        }
        String text = a.text();
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : a.entities()) {
            entities.put(e.entityId(), e);
        }
        Map<String, List<Mention>> byEvent = new LinkedHashMap<>();
        Map<Integer, Set<Place>> placesBySentence = new HashMap<>();
        for (Mention m : a.mentions()) {
            if (m.type() == EntityType.EVENT) {
                byEvent.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
            }
            Place p = placeOf(m, entities.get(m.entityId()), text);
            if (p != null) {
                placesBySentence.computeIfAbsent(m.sentenceIndex(), k -> new LinkedHashSet<>()).add(p);
            }
        }
        Long published = TextDates.published(a.meta().published());
        int publishedYear = TextDates.publishedYear(a.meta().published());
        List<EventMention> out = new ArrayList<>();
        for (Entity e : a.entities()) {
            if (e.type() != EntityType.EVENT) {
                continue;
            }
            EventNames.EventName n = names.read(e.canonicalName());
            Place place = n.place();
            int edition = n.edition();
            Set<Place> nearby = new LinkedHashSet<>();
            TextDates.Found found = new TextDates.Found();
            for (Mention m : byEvent.getOrDefault(e.entityId(), List.of())) {
                // `38e sommet de l'UA`: the edition is written in the mention, not in the canonical name
                EventNames.EventName said = names.read(m.text());
                edition = edition == 0 ? said.edition() : edition;
                place = place == null ? said.place() : place;
                nearby.addAll(placesBySentence.getOrDefault(m.sentenceIndex(), Set.of()));
                TextDates.scan(sentenceAround(text, m.start(), m.end()), found);
            }
            out.add(mention(ordinal, e.entityId(), e.canonicalName(), true, n.kind(), n.words(), place, nearby,
                    edition, published, publishedYear, found));
        }
        if (out.isEmpty() && !a.roles().isEmpty()) {
            EventMention described = described(a, ordinal, published, publishedYear, placesBySentence);
            if (described != null) {
                out.add(described);
            }
        }
        return out;
    }

    /**
     * The summit an article without a named event speaks of: the first describing phrase that says which summit it
     * is (`sommet sur l'IA`, `sommet de Paris`), in the text first (its sentence also gives places and dates), then
     * in the title.
     */
    private EventMention described(ArticleAnalysis a, int ordinal, Long published, int publishedYear,
                                   Map<Integer, Set<Place>> placesBySentence) {
        String text = a.text();
        List<int[]> sentences = sentences(text);
        for (int s = 0; s < sentences.size(); s++) {
            String sentence = text.substring(sentences.get(s)[0], sentences.get(s)[1]);
            String phrase = describingPhrase(sentence);
            if (phrase != null) {
                Set<Place> nearby = new LinkedHashSet<>();
                for (Mention m : a.mentions()) {
                    if (m.start() >= sentences.get(s)[0] && m.end() <= sentences.get(s)[1]) {
                        nearby.addAll(placesBySentence.getOrDefault(m.sentenceIndex(), Set.of()));
                    }
                }
                return describedMention(ordinal, phrase, nearby, published, publishedYear, sentence);
            }
        }
        String title = a.meta().title();
        String phrase = title == null ? null : describingPhrase(title);
        return phrase == null ? null
                : describedMention(ordinal, phrase, Set.of(), published, publishedYear, title);
    }

    private EventMention describedMention(int ordinal, String phrase, Set<Place> nearby, Long published,
                                          int publishedYear, String sentence) {
        EventNames.EventName n = names.read(phrase);
        TextDates.Found found = new TextDates.Found();
        TextDates.scan(sentence, found);
        return mention(ordinal, "", phrase, false, n.kind(), n.words(), n.place(), nearby, n.edition(), published,
                publishedYear, found);
    }

    /** The meeting noun and its name words in a sentence, folded, when they say which meeting; else null. */
    String describingPhrase(String sentence) {
        Matcher m = DESCRIBED.matcher(TextFolding.fold(sentence));
        while (m.find()) {
            List<String> tail = EventNames.tokens(m.group(2));
            int end = 0;
            while (end < tail.size() && !STOP.contains(tail.get(end))) {
                end++;
            }
            String phrase = (m.group(1) + " " + EventNames.join(tail, 0, end)).strip();
            if (names.read(phrase).identifies()) {
                return phrase;
            }
        }
        return null;
    }

    private static EventMention mention(int ordinal, String id, String name, boolean named, String kind,
                                        TreeSet<String> words, Place place, Set<Place> nearby, int edition,
                                        Long published, int publishedYear, TextDates.Found found) {
        TreeSet<Integer> years = new TreeSet<>(found.years());
        if (publishedYear > 0) {
            years.add(publishedYear);
        }
        return new EventMention(ordinal, id, name, named, kind, List.copyOf(words), place, List.copyOf(nearby), edition,
                published, years.stream().mapToInt(Integer::intValue).toArray(),
                found.dayMonths().stream().mapToInt(Integer::intValue).toArray(),
                found.dates().stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * A mention that places something: a city or site of a known country, or a country written as where it
     * happens (`en France`); a continent or a region of no single country places nothing.
     */
    private static Place placeOf(Mention m, Entity e, String text) {
        if (e == null || e.countryCode().isEmpty()) {
            return null;
        }
        if (m.type() == EntityType.LOCATION) {
            return new Place(e.entityId(), e.countryCode(), e.canonicalName());
        }
        if (m.type() == EntityType.COUNTRY && m.start() <= text.length()
                && IN_COUNTRY.matcher(text.substring(Math.max(0, m.start() - 5), m.start())).find()) {
            return new Place(e.entityId(), e.countryCode(), e.canonicalName());
        }
        return null;
    }

    /** The sentence of the text around {@code [start, end)}: between the nearest sentence ends on either side. */
    static String sentenceAround(String text, int start, int end) {
        int from = Math.min(start, text.length());
        while (from > 0 && !endsSentence(text, from - 1)) {
            from--;
        }
        int to = Math.min(Math.max(end, from), text.length());
        while (to < text.length() && !endsSentence(text, to)) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1));
    }

    /** The sentences of a text as {@code [start, end)} spans: cut after `.`, `!`, `?` and at line ends. */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (endsSentence(text, i)) {
                if (i + 1 > from) {
                    out.add(new int[]{from, i + 1});
                }
                from = i + 1;
            }
        }
        if (from < text.length()) {
            out.add(new int[]{from, text.length()});
        }
        return out;
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }
}
