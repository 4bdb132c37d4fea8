package org.summitcoverage.extract;

import org.summitcoverage.dict.DictEntry;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A body's name followed by its acronym in brackets, as the press introduces it: `le Fonds africain de garantie et
 * de coopération économique (FAGACE)`, `la Banque mondiale (BM)`. The acronym's letters, read from right to left,
 * are found in the words before the bracket (Schwartz and Hearst's alignment: the first letter opens a word, the
 * others may sit inside one, `ANAMET` ← `Agence nationale de la météorologie`); the shortest run of words that holds
 * them is the body's name. Name and acronym become one ORGANIZATION, under the dictionary's identity when it knows
 * either, else under the name; the tagger's partial spans inside the name are dropped. Names of persons, events,
 * states and places, and a minister's portfolio (`ministère … (MAE)`, optional in the gold), are left alone.
 */
final class AcronymExpansions {
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Ll}&-]{1,9}");
    private static final Set<String> STOPS = Set.of(",", ";", ":", ".", "(", ")", "«", "»", "\"", "!", "?", "–", "—");
    private static final Set<String> FUNCTION = Set.of("de", "du", "des", "d'", "la", "le", "l'", "les", "et", "pour",
            "sur", "en", "a", "aux", "au");
    private static final Set<String> PORTFOLIO_HEADS = Set.of("ministere", "ministeres", "departement", "ministre",
            "secretariat", "ministres");

    /** Heads that make the long form a meeting, not a body: `la 13e Réunion de haut niveau (RHN)`. */
    private static final Set<String> MEETING_HEADS = Set.of("sommet", "reunion", "rencontre", "session", "assises");

    /** Heads that make the long form a text the states sign, not a body: `le Traité sur la haute mer (BBNJ)`. */
    private static final Set<String> TEXT_HEADS = Set.of("traite", "accord", "accords", "pacte", "protocole",
            "charte", "declaration");
    private static final Set<String> TEXT_DETERMINERS = Set.of("le", "la", "l'", "les", "un", "une", "au", "aux",
            "ce", "cet", "cette", "son", "sa", "leur", "nouveau", "nouvel", "nouvelle");

    private final Dictionaries dict;

    AcronymExpansions(Dictionaries dict) {
        this.dict = dict;
    }

    List<Candidate> apply(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all);
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 1; i + 2 < toks.size(); i++) {
                if (toks.get(i).word().equals("(") && toks.get(i + 2).word().equals(")")) {
                    expand(doc, s, i, out);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Candidate::sentenceIndex).thenComparingInt(Candidate::start));
        return out;
    }

    private void expand(AnnotatedText doc, Sentence s, int open, List<Candidate> out) {
        List<Token> toks = s.tokens();
        Token acronymToken = toks.get(open + 1);
        String acronym = acronymToken.word();
        long capitals = acronym.chars().filter(Character::isUpperCase).count();
        if (!ACRONYM.matcher(acronym).matches() || capitals < 2 || capitals < acronym.replace("&", "").replace("-", "").length() - 1) {
            shortNameInOtherLetters(doc, s, open, out);
            return;
        }
        if (dict.lookup(TextFolding.fold(acronym)).isEmpty() && namesAText(toks, open)) {
            // `le Traité sur la haute mer (BBNJ)`: a treaty's short name is no body, wherever the article uses it
            out.removeIf(c -> c.type() == EntityType.ORGANIZATION && c.method().equals("ner")
                    && c.text().equals(acronym));
            return;
        }
        int first = longFormStart(toks, open, acronym);
        int dash = acronym.indexOf('-');
        if (first < 0 && dash >= 2 && dict.lookup(TextFolding.fold(acronym)).isEmpty()) {
            // `la Banque confédérale pour l'investissement et le développement (BCID-AES)`: the letters before the
            // dash spell the name, the part after it names the body it belongs to
            first = longFormStart(toks, open, acronym.substring(0, dash));
        }
        if (first < 0) {
            shortNameInOtherLetters(doc, s, open, out);
            return;
        }
        if (open - first < 2 || !toks.get(first).isCapitalized()
                || PORTFOLIO_HEADS.contains(Words.fold(toks.get(first)))) {
            return;
        }
        int startChar = toks.get(first).start();
        int endChar = toks.get(open - 1).end();
        DictEntry knownAcronym = null;
        for (DictEntry e : dict.lookup(TextFolding.fold(acronym))) {
            if (e.type() == EntityType.LOCATION) {
                venueInOtherWords(doc, s, first, open, e, out);
                return;
            }
            if (e.type() != EntityType.ORGANIZATION) {
                return; // `(RDC)`, `(COP)`: a state's or a meeting's short form, read by the dictionary
            }
            knownAcronym = e;
        }
        Candidate exactName = null;
        for (Candidate c : out) {
            if (c.sentenceIndex() != s.index()) {
                continue;
            }
            boolean inName = c.firstToken() < open && c.endToken() > first;
            boolean onAcronym = c.firstToken() <= open + 1 && c.endToken() > open + 1;
            if ((inName || onAcronym) && (c.type() == EntityType.PERSON || c.type() == EntityType.EVENT)) {
                return;
            }
            if (inName && c.firstToken() <= first && c.endToken() >= open && c.type() != EntityType.ORGANIZATION) {
                return; // `République centrafricaine (RCA)`: the whole name is a state or a place
            }
            if (inName && c.type() == EntityType.ORGANIZATION && c.firstToken() == first && c.endToken() == open
                    && !c.method().equals("ner")) {
                exactName = c;
            }
        }
        EntityType type = EntityType.ORGANIZATION;
        String id;
        String canonical;
        String country;
        if (exactName == null && knownAcronym == null && MEETING_HEADS.contains(Words.fold(toks.get(first)))) {
            type = EntityType.EVENT; // identities of meetings are given by the event resolution, from the texts
            id = "";
            canonical = "";
            country = "";
        } else if (exactName != null) {
            // `la Banque interaméricaine de développement (BID)`: the article says what its acronym stands for, even
            // when the dictionary gives those letters to another body (the Banque islamique de développement)
            id = exactName.entityId();
            canonical = exactName.canonical();
            country = exactName.countryCode();
        } else if (knownAcronym != null) {
            id = knownAcronym.entityId();
            canonical = knownAcronym.canonicalName();
            country = knownAcronym.countryCode();
        } else {
            String name = doc.text().substring(startChar, endChar).replace('’', '\'');
            canonical = EntityExtractor.capitalizeFirst(name);
            id = "org:" + TextFolding.slug(canonical);
            country = "";
        }
        final int firstTok = first;
        out.removeIf(c -> c.sentenceIndex() == s.index() && c.method().equals("ner")
                && c.firstToken() < open && c.endToken() > firstTok);
        if (exactName == null) {
            int nameFirst = first;
            if (type == EntityType.EVENT && first > 0 && EventRecognizer.ORDINAL.matcher(toks.get(first - 1).word()).matches()) {
                nameFirst = first - 1; // `13e Réunion de haut niveau`: the edition is part of the meeting's name
            }
            int nameStart = toks.get(nameFirst).start();
            String text = doc.text().substring(nameStart, endChar);
            out.add(new Candidate(type, id, canonical, country, s.index(), nameFirst, open, nameStart, endChar, text,
                    "", "rule"));
        }
        useForEveryMention(doc, acronym, type, id, canonical, country, out);
    }

    /**
     * `la Nouvelle banque de développement (NDB)`, `la Commission économique pour l'Amérique latine (Cepal)`: a short
     * name in brackets right after a body's name, in letters of another language (or none of the name's), is that
     * body wherever the article uses it, when the dictionary knows the short name as nothing else. The body's name is
     * one the dictionary or a rule found, or a tagger's organisation of two words or more, ending at the bracket.
     */
    private void shortNameInOtherLetters(AnnotatedText doc, Sentence s, int open, List<Candidate> out) {
        List<Token> toks = s.tokens();
        Token shortToken = toks.get(open + 1);
        String shortName = shortToken.word();
        if (!SHORT_NAME.matcher(shortName).matches() || !dict.lookup(TextFolding.fold(shortName)).isEmpty()
                || dict.commonWords.contains(shortName)) {
            return;
        }
        Candidate body = null;
        for (Candidate c : out) {
            if (c.sentenceIndex() != s.index()) {
                continue;
            }
            if (c.firstToken() <= open + 1 && c.endToken() > open + 1 && c.type() == EntityType.PERSON) {
                return; // `(Kagame)`: a person's name
            }
            if (c.type() == EntityType.ORGANIZATION && c.endToken() == open
                    && (!c.method().equals("ner") || c.endToken() - c.firstToken() >= 2)) {
                body = c;
            }
        }
        if (body == null || body.entityId() == null || body.entityId().isEmpty()
                || PORTFOLIO_HEADS.contains(Words.fold(toks.get(body.firstToken())))) {
            return;
        }
        if (!Words.isAllCaps(shortName) && TextFolding.fold(shortName).charAt(0) != TextFolding.fold(body.text()).charAt(0)) {
            return; // `(Kolda)` after a school's name: a word, not an acronym, names the body only by its initial
        }
        String id = body.entityId();
        String canonical = body.canonical();
        String country = body.countryCode();
        // the tagger's other label for the short name (`Cepal` as a place) gives way: the bracket says what it is
        for (Sentence other : doc.sentences()) {
            List<Token> ts = other.tokens();
            for (int k = 0; k < ts.size(); k++) {
                if (!ts.get(k).word().equals(shortName)) {
                    continue;
                }
                final int at = k;
                out.removeIf(c -> c.sentenceIndex() == other.index() && c.method().equals("ner")
                        && c.firstToken() == at && c.endToken() == at + 1);
            }
        }
        useForEveryMention(doc, shortName, EntityType.ORGANIZATION, id, canonical, country, out);
    }

    /** An acronym or a short name: `NDB`, `Cepal`, `Segib`, `UNOC`; one capitalised word of letters. */
    private static final Pattern SHORT_NAME = Pattern.compile("\\p{Lu}(?:\\p{Lu}{1,7}|\\p{Ll}{2,6})");

    /**
     * `le Kenyatta International Convention Centre (KICC)`: the dictionary knows the acronym as a venue, written in
     * other words (another language, another order); the tagger's spans over the name before the bracket are that
     * venue, one LOCATION.
     */
    private static void venueInOtherWords(AnnotatedText doc, Sentence s, int first, int open, DictEntry venue,
                                          List<Candidate> out) {
        List<Candidate> tagged = new ArrayList<>();
        for (Candidate c : out) {
            if (c.sentenceIndex() == s.index() && c.firstToken() < open && c.endToken() > first) {
                if (!c.method().equals("ner") || c.type() == EntityType.PERSON) {
                    return;
                }
                tagged.add(c);
            }
        }
        if (tagged.isEmpty()) {
            return;
        }
        out.removeAll(tagged);
        List<Token> toks = s.tokens();
        int startChar = toks.get(first).start();
        int endChar = toks.get(open - 1).end();
        out.add(new Candidate(EntityType.LOCATION, venue.entityId(), venue.canonicalName(), venue.countryCode(),
                s.index(), first, open, startChar, endChar, doc.text().substring(startChar, endChar), "", "rule"));
    }

    /**
     * Whether the words before the bracket at {@code open} are a text's name: a capitalised `Traité`, `Accord`,
     * `Pacte`... right after a determiner (not the complement of another noun: `Organisation du Traité de …`),
     * with no punctuation up to the bracket.
     */
    private static boolean namesAText(List<Token> toks, int open) {
        for (int k = open - 1; k > 0 && open - k <= 10; k--) {
            Token t = toks.get(k);
            if (STOPS.contains(t.word())) {
                return false;
            }
            if (t.isCapitalized() && TEXT_HEADS.contains(Words.fold(t))) {
                return TEXT_DETERMINERS.contains(Words.fold(toks.get(k - 1)));
            }
        }
        return false;
    }

    /**
     * The acronym stands for the same entity wherever the article uses it (`La prochaine RHN se tiendra …`): the
     * tagger's spans of it take that identity, and untagged occurrences are added.
     */
    private static void useForEveryMention(AnnotatedText doc, String acronym, EntityType type, String id,
                                           String canonical, String country, List<Candidate> out) {
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int k = 0; k < toks.size(); k++) {
                Token t = toks.get(k);
                if (!t.word().equals(acronym)) {
                    continue;
                }
                boolean covered = false;
                for (int j = 0; j < out.size(); j++) {
                    Candidate c = out.get(j);
                    if (c.sentenceIndex() != s.index() || c.firstToken() > k || c.endToken() <= k) {
                        continue;
                    }
                    covered = true;
                    if (c.firstToken() == k && c.endToken() == k + 1 && (c.method().equals("ner") || c.type() == type)) {
                        out.set(j, new Candidate(type, id, canonical, country, s.index(), k, k + 1, t.start(), t.end(),
                                t.word(), c.nerLabel(), c.method()));
                    }
                }
                if (!covered) {
                    out.add(new Candidate(type, id, canonical, country, s.index(), k, k + 1, t.start(), t.end(), t.word(),
                            "", "rule"));
                }
            }
        }
    }

    /**
     * The token that opens the acronym's long form before the bracket at {@code open}, or -1: each letter of the
     * acronym, from the last, is found further left in the words (the first letter at the start of a word),
     * within a window of words that no punctuation crosses.
     */
    static int longFormStart(List<Token> toks, int open, String acronym) {
        String letters = TextFolding.fold(acronym).replaceAll("[^a-z0-9]", "");
        int window = Math.min(letters.length() + 5, letters.length() * 2 + 2);
        int from = open;
        int words = 0;
        while (from > 0 && !STOPS.contains(toks.get(from - 1).word()) && words < window) {
            from--;
            if (!FUNCTION.contains(Words.fold(toks.get(from)))) {
                words++;
            }
        }
        if (from == open) {
            return -1;
        }
        // the long form as one folded string, with the token of each character
        StringBuilder text = new StringBuilder();
        List<Integer> tokenOf = new ArrayList<>();
        for (int k = from; k < open; k++) {
            if (text.length() > 0) {
                text.append(' ');
                tokenOf.add(k);
            }
            String w = toks.get(k).folded();
            for (int c = 0; c < w.length(); c++) {
                text.append(w.charAt(c));
                tokenOf.add(k);
            }
        }
        int li = text.length() - 1;
        for (int si = letters.length() - 1; si >= 0; si--) {
            char c = letters.charAt(si);
            while (li >= 0 && (text.charAt(li) != c
                    || si == 0 && li > 0 && Character.isLetterOrDigit(text.charAt(li - 1)))) {
                li--;
            }
            if (li < 0) {
                return -1;
            }
            li--;
        }
        int start = tokenOf.get(li + 1);
        while (start < open && FUNCTION.contains(Words.fold(toks.get(start)))) {
            start++;
        }
        return start;
    }
}
