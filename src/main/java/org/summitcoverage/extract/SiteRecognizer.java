package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.dict.WordList;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sites named by a common noun and a proper name (`le palais de San Carlos`, `la promenade des Anglais`,
 * `la place Skanderbeg`, `la salle Nelson-Mandela`): one LOCATION with the noun, instead of the tagger's
 * guess on the name alone (often a person or a stray place). The nouns are `dict/site_nouns.txt`. A name
 * the dictionaries know stays what it is (`le port de Dakar` keeps Dakar), and a person after `de`
 * is the person (`au tour de Xi Jinping`).
 */
final class SiteRecognizer {
    /** Site nouns that are feminine as sites and mean something else as masculine nouns (`la tour` / `au tour de`). */
    private static final Set<String> FEMININE_SITES = Set.of("tour");
    private static final Set<String> MASCULINE_DETERMINERS = Set.of("au", "le", "du", "un", "son", "ce", "mon", "ton", "leur",
            "notre", "votre");
    /** (h47-entites14) `le second tour de la présidentielle`: an ordinal of the masculine noun, an election's round. */
    private static final Set<String> MASCULINE_ORDINALS = Set.of("premier", "second", "dernier", "deuxieme", "troisieme",
            "1er", "2e", "2eme", "2nd", "3e");
    private static final Set<String> LINKERS = Set.of("de", "des", "du", "d'", "la", "l'", "le", "les");
    private static final Set<String> INNER_LINKERS = Set.of("de", "des", "du", "d'", "la", "l'", "le", "y");
    private static final int MAX_NAME_TOKENS = 6;
    private static final List<String> ADJECTIVE_ENDINGS = List.of("el", "elle", "els", "elles", "al", "ale", "aux",
            "ique", "iques", "ien", "ienne", "aire", "aires", "if", "ive", "ais", "aise", "ois", "oise", "in", "ine");

    /**
     * Buildings and streets that take a name after `de` which the tagger reads as a person's (`le château de Val
     * Duchesse`, `le bâtiment du Juste Lipse`, `le stade de Roger Milla`): there the name is the site's, while after
     * other nouns it is the person's (`au tour de Xi Jinping`, `à la place de Marie X`, `la résidence de Paul Y`).
     */
    private static final Set<String> NAMED_AFTER_SOMEONE = Set.of("chateau", "batiment", "stade", "amphitheatre",
            "auditorium", "avenue", "boulevard", "esplanade", "square", "pavillon", "aeroport", "universite");

    private final Dictionaries dict;

    SiteRecognizer(Dictionaries dict) {
        this.dict = dict;
    }

    List<Candidate> recognize(String text, Sentence s, Set<Integer> claimed) {
        return recognize(text, s, claimed, Set.of());
    }

    /**
     * {@code knownPlaces}: tokens of dictionary places and bodies, which may end a building's name
     * (`le stade olympique de Bakou`, `le Siège des Nations unies`) and stay entities of their own.
     */
    List<Candidate> recognize(String text, Sentence s, Set<Integer> claimed, Set<Integer> knownPlaces) {
        List<Token> toks = s.tokens();
        List<Candidate> out = new ArrayList<>();
        String[] folded = new String[toks.size()];
        for (int k = 0; k < toks.size(); k++) {
            folded[k] = Words.fold(toks.get(k));
        }
        for (int i = 0; i < toks.size(); i++) {
            if (claimed.contains(i)) {
                continue;
            }
            int headEnd = venueHeadEnd(toks, folded, i);
            if (headEnd > i && (headEnd - i > 1 || toks.get(i).isCapitalized())) {
                Candidate venue = venue(text, s, i, headEnd, claimed, knownPlaces);
                if (venue != null) {
                    out.add(venue);
                    i = venue.endToken() - 1;
                    continue;
                }
            }
            if (i + 1 >= toks.size() || !Words.isLowerWord(toks.get(i)) || !dict.siteNouns.containsWord(toks.get(i))) {
                continue;
            }
            if (masculineHomonym(toks, i)) {
                continue; // `c'est au tour du Bénin d'accueillir`: a turn, not a tower
            }
            boolean building = headEnd == i + 1;
            int j = i + 1;
            // up to two adjectives, then a linker: `la villa présidentielle d'Aso Rock`
            int adjectives = 0;
            while (j < toks.size() && adjectives < 2 && isAdjective(toks.get(j))) {
                j++;
                adjectives++;
            }
            if (adjectives > 0 && (j >= toks.size() || !LINKERS.contains(Words.fold(toks.get(j))))
                    && !(building && j < toks.size() && isNameWord(toks.get(j)))) {
                continue; // a building may take its name right after its adjective: `l'aéroport international X`
            }
            boolean linked = false;
            int linkerStart = j;
            while (j < toks.size() && j - linkerStart < 2 && LINKERS.contains(Words.fold(toks.get(j)))) {
                j++;
                linked = true;
            }
            int nameStart = j;
            int end = nameStart;
            while (end < toks.size() && end - nameStart < MAX_NAME_TOKENS) {
                Token t = toks.get(end);
                if (isNameWord(t)) {
                    end++;
                } else if (end > nameStart && INNER_LINKERS.contains(Words.fold(t)) && end + 1 < toks.size()
                        && isNameWord(toks.get(end + 1))) {
                    end += 2;
                } else {
                    break;
                }
            }
            boolean ownsTown = building && allIn(knownPlaces, claimed, nameStart, end);
            if (end == nameStart || text.substring(toks.get(nameStart).start(), toks.get(end - 1).end()).length() < 3
                    || anyClaimed(claimed, nameStart, end) && !ownsTown
                    || linked && taggedPerson(toks, nameStart, end) && !NAMED_AFTER_SOMEONE.contains(Words.fold(toks.get(i)))) {
                continue;
            }
            if (opensLongerName(toks, nameStart, end)) {
                continue;
            }
            int start = toks.get(i).start();
            int stop = toks.get(end - 1).end();
            String surface = text.substring(start, stop);
            out.add(new Candidate(EntityType.LOCATION, "location:" + TextFolding.slug(surface), surface, "", s.index(),
                    i, end, start, stop, surface, "", "rule"));
            i = end - 1;
        }
        out.addAll(englishVenues(text, s, folded, claimed, knownPlaces, out));
        return out;
    }

    /**
     * (h49-entites16) `au Kigali Convention Centre`, `au Walter E. Washington Convention Center`, `le Bürgenstock Resort`:
     * an English venue's name ends on its capitalised noun (`dict/site_suffixes.txt`), the capitalised words before it
     * are its name, and the whole is one LOCATION; the tagger read the name alone as a place or a person and the noun as
     * a place of its own. A town the gazetteer knows inside the name stays a LOCATION too, as in a building's name.
     */
    private List<Candidate> englishVenues(String text, Sentence s, String[] folded, Set<Integer> claimed,
            Set<Integer> knownPlaces, List<Candidate> found) {
        List<Token> toks = s.tokens();
        List<Candidate> out = new ArrayList<>();
        for (int i = 1; i < toks.size(); i++) {
            int suffixEnd = i;
            for (int len = Math.min(2, toks.size() - i); len >= 1 && suffixEnd == i; len--) {
                if (allCapitalisedAndFree(toks, claimed, i, i + len)
                        && dict.siteSuffixes.contains(GazetteerMatcher.key(toks, folded, i, i + len, null))) {
                    suffixEnd = i + len;
                }
            }
            if (suffixEnd == i) {
                continue;
            }
            int first = i;
            while (first > 0 && i - first < MAX_NAME_TOKENS && isNameWord(toks.get(first - 1))
                    && toks.get(first - 1).word().codePoints().anyMatch(Character::isLetter)
                    && (!claimed.contains(first - 1) || knownPlaces.contains(first - 1))
                    && !(first - 1 == 0 && LINKERS.contains(Words.fold(toks.get(0))))) {
                first--;
            }
            final int from = first;
            final int to = suffixEnd;
            if (first == i || found.stream().anyMatch(c -> c.firstToken() < to && from < c.endToken())) {
                i = suffixEnd - 1;
                continue;
            }
            int start = toks.get(first).start();
            int stop = toks.get(suffixEnd - 1).end();
            String surface = text.substring(start, stop);
            if (!dict.lookup(TextFolding.fold(surface)).isEmpty() || suffixEnd + 2 < toks.size()
                    && toks.get(suffixEnd).word().equals("(") && toks.get(suffixEnd + 2).word().equals(")")) {
                i = suffixEnd - 1;
                continue; // `le Kenyatta International Convention Centre (KICC)`: the dictionary or the acronym names it
            }
            out.add(new Candidate(EntityType.LOCATION, "location:" + TextFolding.slug(surface), surface, "", s.index(),
                    first, suffixEnd, start, stop, surface, "", "rule"));
            i = suffixEnd - 1;
        }
        return out;
    }

    private static boolean allCapitalisedAndFree(List<Token> toks, Set<Integer> claimed, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!toks.get(k).isCapitalized() || claimed.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether some entry of {@code list} can begin at token {@code i}: the first word of a key may run over
     * several glued tokens (`l'` + `hôtel`), so each such run is tried. Most tokens start no entry, and this
     * spares building their five keys.
     */
    static boolean mayStartEntry(WordList list, List<Token> toks, String[] folded, int i) {
        StringBuilder word = new StringBuilder();
        for (int k = i; k < Math.min(toks.size(), i + 5); k++) {
            if (k > i && toks.get(k).start() > toks.get(k - 1).end()) {
                return false;
            }
            String f = folded[k];
            if (f.isBlank() || f.indexOf(' ') >= 0 || !f.equals(f.strip())) {
                return true; // separators inside the key: leave it to the full lookup
            }
            word.append(f);
            if (list.startsWithWord(word.toString())) {
                return true;
            }
        }
        return false;
    }

    /** End of the longest venue head starting at {@code i} (`palais des congrès`, `stade`), or {@code i}. */
    private int venueHeadEnd(List<Token> toks, String[] folded, int i) {
        if (!mayStartEntry(dict.venueHeads, toks, folded, i)) {
            return i;
        }
        for (int len = Math.min(5, toks.size() - i); len >= 1; len--) {
            if (dict.venueHeads.contains(GazetteerMatcher.key(toks, folded, i, i + len, null))) {
                return i + len;
            }
        }
        return i;
    }

    /**
     * A building named by a capitalised or a several-word head, then its qualifiers and its name or town:
     * `le Palais des congrès de Marrakech`, `au Musée d'Art moderne de Rio`, `le Centre de congrès Nuvola`,
     * `le Grand Palais`. A capitalised one-word head needs a name after it.
     */
    private Candidate venue(String text, Sentence s, int i, int headEnd, Set<Integer> claimed, Set<Integer> knownPlaces) {
        List<Token> toks = s.tokens();
        int k = headEnd;
        boolean capitalizedHead = toks.get(i).isCapitalized();
        int lastGood = headEnd - i > 1 && capitalizedHead ? headEnd : -1;
        int limit = Math.min(toks.size(), headEnd + 8);
        boolean properName = false;
        while (k < limit) {
            Token t = toks.get(k);
            String f = Words.fold(t);
            if (Words.isPunctuation(t) && !t.word().equals("-")) {
                break;
            }
            if (claimed.contains(k) && !knownPlaces.contains(k)) {
                break;
            }
            if (LINKERS.contains(f)) {
                if (properName) {
                    break; // `Centre international de conférences Mahatma-Gandhi | de Niamey`: named, the town is apart
                }
                k++;
                continue;
            }
            if (isNameWord(t)) {
                if (lastGood <= headEnd && !LINKERS.contains(Words.fold(toks.get(k - 1)))) {
                    if (!capitalizedHead) {
                        return null; // `le centre d'expositions Litexpo`: the name alone is the venue (the tagger's)
                    }
                    properName = true;
                }
                k++;
                lastGood = k;
                continue;
            }
            boolean beforeName = lastGood <= headEnd;
            if (isAdjective(t) || Words.isLowerWord(t) && beforeName && f.chars().allMatch(Character::isLetter)
                    && (f.endsWith("s") && f.length() > 3 || LINKERS.contains(Words.fold(toks.get(k - 1))))) {
                k++; // the building's qualifiers: `international`, `des arts premiers`, `d'art moderne`
                continue;
            }
            break;
        }
        if (lastGood <= i) {
            return null;
        }
        int start = toks.get(i).start();
        int stop = toks.get(lastGood - 1).end();
        String surface = text.substring(start, stop);
        return new Candidate(EntityType.LOCATION, "location:" + TextFolding.slug(surface), surface, "", s.index(), i,
                lastGood, start, stop, surface, "", "rule");
    }

    /** The claimed tokens of [from, to) all belong to dictionary places or bodies, and some are claimed. */
    private static boolean allIn(Set<Integer> knownPlaces, Set<Integer> claimed, int from, int to) {
        for (int k = from; k < to; k++) {
            if (claimed.contains(k) && !knownPlaces.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An adjective of the kinds that qualify a site (`présidentielle`, `olympique`, `national`, `royal`,
     * `municipal`), told by its ending: a verb (`la place qu'ont occupée les Français`) must not pass.
     */
    private static boolean isAdjective(Token t) {
        String w = Words.fold(t);
        if (!Words.isLowerWord(t) || LINKERS.contains(w) || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (w.endsWith(ending) && w.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameWord(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !Words.isPunctuation(t);
    }

    /**
     * `la grande salle du Centre des congrès de Kuala Lumpur`: a capitalised common noun that goes on in
     * lower case is the head of another name, not the name of this site.
     */
    private boolean opensLongerName(List<Token> toks, int nameStart, int end) {
        Token head = toks.get(nameStart);
        if (end - nameStart != 1 || !(dict.commonWords.containsWord(head) || dict.siteNouns.containsWord(head))) {
            return false;
        }
        return end + 1 < toks.size() && INNER_LINKERS.contains(Words.fold(toks.get(end)))
                && Words.isLowerWord(toks.get(end + 1));
    }

    private static boolean anyClaimed(Set<Integer> claimed, int from, int to) {
        for (int k = from; k < to; k++) {
            if (claimed.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean taggedPerson(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (NerSpanReader.base(toks.get(k).ner()).equals("PER")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A feminine site noun after a masculine determiner is its masculine homonym (`au tour de X`, `le Tour du Faso`);
     * after a masculine ordinal too (`le second tour de la Présidentielle`).
     */
    private static boolean masculineHomonym(List<Token> toks, int i) {
        return i > 0 && FEMININE_SITES.contains(Words.fold(toks.get(i)))
                && (MASCULINE_DETERMINERS.contains(Words.fold(toks.get(i - 1)))
                || MASCULINE_ORDINALS.contains(Words.fold(toks.get(i - 1))));
    }
}
