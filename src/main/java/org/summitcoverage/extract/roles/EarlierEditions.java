package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.RomanNumerals;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.dict.TsvResource;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An earlier edition than the article's meeting, named as the complement of a chair's or host's cue: `le Brésil, hôte
 * de la COP30`, `X, président de la COP29`, `l'Australie, qui avait accueilli la COP31` in an article whose meeting is
 * the COP32; `le Ghana, hôte du 64e sommet` in one on the 66th. That meeting's chair or host holds no role of the
 * article's (docs/annotation.md § Roles: `présidait la précédente édition`). Only an event with an edition number
 * lower than the number of the article's own event (its most mentioned one), both numbers written in the names; a
 * later edition (`hôte de la COP33`) is the next meeting, whose host the gold keeps. The number decides even when the
 * entities put the earlier edition under the article's event (`le 64e sommet` linked to `le sommet de la CEDEAO`).
 */
final class EarlierEditions {
    /** An edition number in an event's name: `COP29`, `64e`, `TICAD 9`, `XIXe`; not a year. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d])(\\d{1,3})(?![\\d])");
    private static final Pattern ROMAN = Pattern.compile("\\b([IVXLC]+)(?:e|ème|eme)\\b");

    private EarlierEditions() {
    }

    /** The edition number of an event's name, or 0. */
    static int number(String name) {
        Matcher m = NUMBER.matcher(name);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        Matcher r = ROMAN.matcher(name);
        return r.find() ? RomanNumerals.value(r.group(1)) : 0;
    }

    /** Sentences (the headline and the lede) whose numbered event is taken for the article's meeting. */
    private static final int OPENING_SENTENCES = 3;

    /**
     * The edition number of the article's meeting, or 0: the first number an event of the headline or the lede carries
     * (`Le 46e sommet du CCG s'ouvre à Doha`), the meeting the article opens on, even when the entities link a later
     * `45e sommet` to the headline's event; else the first number a mention of its most mentioned event carries.
     */
    static int mainNumber(List<Mention> mentions, String mainEvent) {
        return openingEdition(mentions, mainEvent, EarlierEditions::number);
    }

    /**
     * The edition {@code reader} finds in the first event of the headline or the lede that carries one, else in a
     * mention of the most mentioned event, or 0.
     */
    private static int openingEdition(List<Mention> mentions, String mainEvent, ToIntFunction<String> reader) {
        Mention first = null;
        for (Mention m : mentions) {
            if (m.type() == EntityType.EVENT && m.sentenceIndex() < OPENING_SENTENCES && reader.applyAsInt(m.text()) > 0
                    && (first == null || m.start() < first.start())) {
                first = m;
            }
        }
        if (first != null) {
            return reader.applyAsInt(first.text());
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.EVENT && m.entityId().equals(mainEvent)) {
                int n = reader.applyAsInt(m.text());
                if (n > 0) {
                    return n;
                }
            }
        }
        return 0;
    }

    /**
     * Whether the words from {@code from} on, past the articles and the `de` of a complement
     * ({@code edition_complement_fillers}), open the name of an earlier edition than the article's meeting.
     */
    static boolean namedAt(RoleWords words, List<Token> toks, List<Mention> inSentence, int from, String mainEvent, int mainNumber) {
        if (mainNumber <= 0 || from < 0) {
            return false;
        }
        Mention m = eventAfterFillers(words, toks, inSentence, from);
        int n = m == null ? 0 : number(m.text());
        return n > 0 && n < mainNumber;
    }

    /**
     * The sentence names the article's meeting by its own edition number (`Auparavant, X a participé à la 2e réunion du
     * 18e sommet de l'Apec`, in an article on the 18th): a time word before it (`auparavant`) orders the meeting's own
     * sessions, it points to no other meeting.
     */
    static boolean namesTheMainEdition(List<Mention> inSentence, int mainNumber) {
        return mainNumber > 0 && inSentence.stream().anyMatch(m -> m.type() == EntityType.EVENT && number(m.text()) == mainNumber);
    }

    /** The event whose name opens at {@code from}, past the articles and the `de` of a complement, or null. */
    static Mention eventAfterFillers(RoleWords words, List<Token> toks, List<Mention> inSentence, int from) {
        int k = from;
        while (k < toks.size() && words.editionComplementFillers.containsWord(toks.get(k))) {
            k++;
        }
        if (k >= toks.size()) {
            return null;
        }
        int start = toks.get(k).start();
        for (Mention m : inSentence) {
            if (m.type() == EntityType.EVENT && m.start() == start) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether the name of an earlier edition than the article's meeting ends right before the cue at {@code cueFirst},
     * past a comma and auxiliaries: the participle or passive qualifies it (`La COP32, présidée par l'Éthiopie`,
     * `Lors de la COP31, organisée par la Turquie`, `Le 39e sommet, accueilli par Madagascar`).
     */
    static boolean namedBefore(RoleWords words, List<Token> toks, List<Mention> inSentence, int cueFirst, int mainNumber) {
        int n = numberRightBefore(words, toks, inSentence, cueFirst, mainNumber);
        return n > 0 && n < mainNumber;
    }

    /**
     * (h30-climat) A place right after another numbered edition, earlier or later, is that edition's: `lors de la COP17
     * en Mongolie`, in an article on the COP16, places the next meeting, not this one (MeetingPlaceReading).
     */
    static boolean otherNamedBefore(RoleWords words, List<Token> toks, List<Mention> inSentence, int cueFirst, int mainNumber) {
        int n = numberRightBefore(words, toks, inSentence, cueFirst, mainNumber);
        return n > 0 && n != mainNumber;
    }

    /**
     * How far back from a place word the relative pronoun of its clause may stand (`qui se sont tenues respectivement à
     * Dubaï (Émirats arabes unis) en 2023 et à`); a comma ends the clause first.
     */
    private static final int RELATIVE_REACH = 18;

    /**
     * (h30-climat) A place word in a relative clause on another numbered edition, earlier or later, places that
     * edition: `les COP28 et COP29, qui se sont tenues à Dubaï (Émirats arabes unis) et à Bakou`, in an article on the
     * COP30 (MeetingPlaceReading).
     */
    static boolean inARelativeOnAnotherEdition(RoleWords words, List<Token> toks, List<Mention> inSentence, int placeWord, int mainNumber) {
        for (int k = placeWord - 1; k > 0 && k >= placeWord - RELATIVE_REACH; k--) {
            String w = toks.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals(",")) {
                return false; // `Après la COP29, qui a déçu, la COP30 s'ouvre à Belém`: the main clause's place
            }
            if (w.equals("qui") || w.equals("où")) {
                return otherNamedBefore(words, toks, inSentence, k, mainNumber);
            }
        }
        return false;
    }

    private static int numberRightBefore(RoleWords words, List<Token> toks, List<Mention> inSentence, int cueFirst, int mainNumber) {
        if (mainNumber <= 0 || cueFirst <= 0) {
            return -1;
        }
        int k = cueFirst - 1;
        while (k >= 0 && (toks.get(k).word().equals(",") || words.auxiliaries.containsWord(toks.get(k)))) {
            k--;
        }
        if (k < 0) {
            return -1;
        }
        int end = toks.get(k).end();
        for (Mention m : inSentence) {
            if (m.type() == EntityType.EVENT && m.end() == end) {
                return number(m.text());
            }
        }
        return -1;
    }

    /**
     * (h51-faux18) Ordinal words, folded, by the edition they name: `premier` 1, `deuxième` 2, …, `dixième` 10
     * ((h52-entites18) data: `dict/ordinal_words.tsv`).
     */
    private static final Map<String, Integer> ORDINAL_WORDS = loadOrdinals();

    private static Map<String, Integer> loadOrdinals() {
        Map<String, Integer> out = new HashMap<>();
        for (TsvResource.Row row : TsvResource.read("/dict/ordinal_words.tsv", "edition", "forms")) {
            int edition = Integer.parseInt(row.get(0));
            for (String form : TsvResource.list(row.get(1))) {
                out.putIfAbsent(TextFolding.fold(form), edition);
            }
        }
        return Map.copyOf(out);
    }

    /** The edition an ordinal word names (`première` 1, `Deuxième` 2), or 0. */
    static int ordinalWord(String word) {
        return ORDINAL_WORDS.getOrDefault(TextFolding.fold(word), 0);
    }

    /** The edition an event's name opens on with an ordinal word (`deuxième réunion ministérielle de …`), or 0. */
    static int leadingOrdinal(String name) {
        String[] parts = name.trim().split("\\s+", 2);
        return parts.length == 2 ? ordinalWord(parts[0]) : 0;
    }

    /**
     * (h51-faux18) The edition of the article's meeting: its {@link #mainNumber} in digits or Roman numerals, else the
     * ordinal word its name opens on, read as there (the first event of the headline or the lede, else a mention of the
     * most mentioned event): `La deuxième réunion ministérielle des pays arabes s'est ouverte à Riyad` gives 2.
     */
    static int mainEdition(List<Mention> mentions, String mainEvent, int mainNumber) {
        return mainNumber > 0 ? mainNumber : openingEdition(mentions, mainEvent, EarlierEditions::leadingOrdinal);
    }

    /**
     * (h51-faux18) The sentence opens on an earlier edition than the article's, named by an ordinal word before a
     * meeting noun, and the cue comes after it: `Le premier sommet s'était tenu au Pérou`, in an article on the third;
     * that meeting's host or chair holds no role of the article's meeting.
     */
    static boolean subjectIsAnEarlierOrdinalEdition(RoleWords words, List<Token> toks, int cueFirst, int mainEdition) {
        if (mainEdition <= 1 || cueFirst < 3 || toks.size() < 3) {
            return false;
        }
        String det = toks.get(0).folded();
        if (!det.equals("le") && !det.equals("la") && !det.equals("les")) {
            return false;
        }
        int n = ordinalWord(toks.get(1).word());
        return n > 0 && n < mainEdition && words.meetingNouns.containsWord(toks.get(2));
    }
}
