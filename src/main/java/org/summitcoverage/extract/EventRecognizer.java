package org.summitcoverage.extract;

import org.summitcoverage.extract.roles.RoleCueLexicon;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named meetings: `COP29`, `G20 de Rio`, `sommet de Kigali`, `sommet du G20`, `Sommet Afrique-France`,
 * `Forum mondial sur l'éthique de l'IA`. A meeting noun becomes a name when a proper name completes it
 * (`de` + a capitalised word) or when it is itself capitalised inside a sentence, in which case its
 * descriptive complement belongs to the name up to the first clause boundary.
 */
final class EventRecognizer {
    private static final Set<String> HEADS = Set.of("sommet", "conference", "forum", "congres", "symposium",
            "assemblee", "dialogue", "rencontres", "assises", "jeux", "session");
    /**
     * Heads that name a meeting only when completed by a name. `Conseil` and `Réunion` are left out: in
     * summit news they name bodies (`Conseil européen`) or generic meetings far more often than events.
     */
    private static final Set<String> WEAK_HEADS = Set.of("dialogue", "rencontres", "assises", "jeux", "session",
            "assemblee");
    /** `38e`, `XIIe`, `première`; a lone L or C is not a roman numeral here (`Le`, `Ce` would be 50th, 100th). */
    static final Pattern ORDINAL = Pattern.compile(
            "(?i:\\d{1,3}-?(?:e|è|er|ère|ème|eme|ieme|ième|ᵉ|ᵉʳ|ʳᵉ))|(?:[IVX]|[IVXLC]{2,})(?:e|er|ème)"
                    + "|(?i:premier|première|second|seconde|[a-zé-]{2,}ième)");
    /** Between the two parties of a bilateral meeting's name; web pages use the non-breaking hyphen and the slash too. */
    private static final Set<String> PARTY_SEPARATORS = Set.of("–", "—", "-", "\u2011", "\u2010", "/");
    /** `COP29`, `COP-28`, `Cop29`, `CdP30` (the French initials of the Conférence des Parties). */
    private static final Pattern COP = Pattern.compile("(?:COP|Cop|CdP|CDP)-?\\d{1,2}");
    private static final Pattern COP_WORD = Pattern.compile("COP|Cop|CdP|CDP");
    /** `pré-COP27`, `Pré-COP 27`, `PRE-COP27`: the ministers' meeting before a COP, a meeting of its own. */
    private static final Pattern PRE_COP = Pattern.compile("(?:[Pp]r[ée]|PR[ÉE])-(?:COP|Cop|CdP|CDP)-?(\\d{1,2})?");
    private static final Pattern GROUP = Pattern.compile("G\\d{1,2}\\+?");
    private static final Set<String> VENUE_WORDS = Set.of("palais", "centre", "salle", "salles", "hall", "parc",
            "complexe", "hotel", "auditorium", "cite", "maison");
    private static final Set<String> COMPLEMENT = Set.of("de", "d'", "du", "des");
    private static final Set<String> DETERMINERS = Set.of("la", "le", "les", "l'");
    private static final Set<String> DESCRIPTOR_PREPOSITIONS = Set.of("de", "d'", "du", "des", "pour", "sur");
    /** Words that end a name's descriptive complement: clause words, places and times. */
    /**
     * (r24) Articles open a new noun phrase, never an adjective of the meeting's name: in `Étaient présents à ce sommet
     * le ministre des AE de Russie et …` the words after `sommet` are the inverted subject, not the summit's name.
     */
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'", "l’", "un", "une");
    private static final Set<String> STOP = Set.of("qui", "que", "qu'", "dont", "où", "et", "ou", "mais", "a", "ont",
            "est", "sont", "s'", "se", "sera", "seront", "avait", "avaient", "lors", "en", "à", "au", "aux", "dans",
            "avec", "entre", "depuis", "pendant", "après", "avant", "par", "selon", "vers", "contre", "chez", "cette",
            "ce", "ces", "cet", "son", "sa", "ses", "leur", "leurs", "y", "ne", "n'", "il", "elle", "ils", "elles",
            "on", "tenu", "tenue", "organisé", "organisée", "prévu", "prévue", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "dernier", "dernière", "prochain", "prochaine", "puis", "ainsi",
            "notamment", "aussi", "également", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "dix",
            "débute", "débutent", "commence", "commencent", "démarre", "démarrent", "prend", "prennent", "doit",
            "doivent", "va", "vont", "vient", "devrait", "pourrait", "marque", "vise", "entend", "reste",
            // (h21-passing) `Le 30e sommet de l'Union africaine touche, aujourd'hui, à sa fin`
            "touche", "touchent",
            // (h22-ents) what a meeting holds or counts, right after its head: `Le Sommet comprend des séances
            // plénières`, `Le Forum compte en plus 7 membres`, `le Forum réunit …`: a verb, not an adjective of a name
            "comprend", "comprennent", "compte", "comptent", "réunit", "réunissent", "rassemble", "rassemblent",
            "regroupe", "regroupent", "accueille", "accueillent", "abrite", "abritent",
            // auxiliaries of compound tenses: `le Sommet de Lomé aura montré …`, `le Forum de Dakar fut un succès`
            "aura", "auront", "aurait", "auraient", "était", "étaient", "fut", "furent", "serait",
            "seraient", "soit",
            // (h62-ents) conjunctions that open a clause: `tenir un sommet ibéro-américain afin de fournir un forum`
            "afin", "car", "lorsque", "quand", "puisque", "tandis");
    /**
     * (h22-ents) A capitalised subject pronoun right after the head opens the next sentence where a page's furniture
     * swallowed the full stop (`… la réunion ministérielle au Sommet Il avait également …`): never a name word.
     */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("il", "ils", "elle", "elles", "on", "nous", "je");
    /** `des chefs d'État et de gouvernement`: who meets, a descriptor between the head and the body's name. */
    private static final Pattern LEADERS = Pattern.compile("(?i)chefs?");
    /** A session of a body's organ (`session ordinaire du Conseil exécutif`) is the organ at work, not a named meeting. */
    /** `le premier sommet sur …` describes (the first ever) more often than it numbers an edition. */
    private static final Set<String> FIRST = Set.of("premier", "premiere", "second", "seconde");
    private static final Set<String> ORGAN_HEADS = Set.of("conseil", "comite", "bureau", "commission");
    private static final int MAX_DESCRIPTOR_TOKENS = 9;

    List<Candidate> recognize(String text, Sentence s, List<Candidate> dictionaryCandidates) {
        List<Token> toks = s.tokens();
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            int summitEnd = englishSummitEnd(toks, i);
            if (summitEnd > i) {
                int start = toks.get(i).start();
                int endChar = toks.get(summitEnd - 1).end();
                String surface = text.substring(start, endChar);
                out.add(new Candidate(EntityType.EVENT, null, surface, "", s.index(), i, summitEnd, start, endChar, surface,
                        GazetteerMatcher.nerLabel(toks, i, summitEnd), "rule"));
                i = summitEnd;
                continue;
            }
            int end = eventEnd(toks, i, dictionaryCandidates);
            if (end > i) {
                // `38e sommet de l'Union africaine`: the edition belongs to the mention, not to the canonical name.
                int from = ordinalStart(toks, i) >= 0 ? ordinalStart(toks, i) : i;
                int start = toks.get(from).start();
                int endChar = toks.get(end - 1).end();
                for (int k = from + 1; k < end; k++) {
                    int acronym = gluedAcronymLength(toks.get(k));
                    if (acronym > 0) { // `Sommet des BRICSFin juin`: the name ends with the acronym
                        end = k + 1;
                        endChar = toks.get(k).start() + acronym;
                        break;
                    }
                }
                String surface = text.substring(start, endChar);
                out.add(new Candidate(EntityType.EVENT, null, surface, "", s.index(), from, end, start, endChar, surface,
                        GazetteerMatcher.nerLabel(toks, from, end), "rule"));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * An English meeting name cited as such: capitalised words, at most one lower-case word, then `Summit`
     * and perhaps its year (`AI Impact Summit`, `US Africa leaders summit 2022`). End, or {@code i}.
     */
    private static int englishSummitEnd(List<Token> toks, int i) {
        if (!toks.get(i).isCapitalized() || Words.isPunctuation(toks.get(i))) {
            return i;
        }
        int k = i + 1;
        int lower = 0;
        while (k < toks.size() && k - i < 6) {
            Token t = toks.get(k);
            if (t.word().equalsIgnoreCase("summit")) {
                int end = k + 1;
                if (end < toks.size() && toks.get(end).word().matches("(19|20)\\d\\d")) {
                    end++;
                }
                return end;
            }
            if (Words.isPunctuation(t) || !t.isCapitalized() && (++lower > 1 || !Words.isLowerWord(t))) {
                return i;
            }
            k++;
        }
        return i;
    }

    /** End (exclusive) of the event name starting at token {@code i}, or {@code i} when none starts there. */
    /**
     * (h52-sweep-afrique) `le Centre International de Conférence Mahatma Gandhi de Niamey`, `le Palais national des
     * Congrès`: a building noun, a qualifier adjective (`international`, `national`, `régional`) and its complement word
     * before the meeting noun; the noun names the building, not a meeting.
     */
    private static boolean qualifiedVenueHead(List<Token> toks, int i) {
        if (i < 3 || !VENUE_WORDS.contains(Words.fold(toks.get(i - 3))) || !COMPLEMENT.contains(Words.fold(toks.get(i - 1)))) {
            return false;
        }
        String qualifier = Words.fold(toks.get(i - 2));
        return qualifier.length() > 4 && qualifier.chars().allMatch(Character::isLetter)
                && (qualifier.endsWith("al") || qualifier.endsWith("ale") || qualifier.endsWith("aux"));
    }

    private int eventEnd(List<Token> toks, int i, List<Candidate> dict) {
        Token head = toks.get(i);
        String w = head.word();
        if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || w.charAt(0) == 'p')) {
            int shortNameEnd = shortNameEnd(toks, i, dict);
            if (shortNameEnd >= 0) {
                return shortNameEnd;
            }
        }
        return headNounEnd(toks, i, dict);
    }

    /**
     * The end of a COP, pre-COP, series or G-group name at token {@code i}, {@code i} when the word opens one that does
     * not count, or −1 to go on with the meeting nouns. Every pattern tried here opens on a capital (`COP`, `G20`,
     * `TICAD`) or on `pré-`, so {@link #eventEnd} skips their five matchers for every other word (most of them).
     */
    private int shortNameEnd(List<Token> toks, int i, List<Candidate> dict) {
        Token head = toks.get(i);
        String w = head.word();
        if (COP.matcher(w).matches()) {
            return i + 1;
        }
        java.util.regex.Matcher preCop = PRE_COP.matcher(w);
        if (preCop.matches()) {
            // the tokenizer may cut the number off (`pré-COP` + `27`), or it follows a space as after `COP`; without a
            // number it names no edition
            if (preCop.group(1) != null) {
                return i + 1;
            }
            boolean numbered = i + 1 < toks.size() && toks.get(i + 1).word().matches("\\d{1,2}");
            return numbered ? i + 2 : i;
        }
        int seriesEnd = seriesEnd(toks, i);
        if (seriesEnd > i) {
            return seriesEnd;
        }
        if (COP_WORD.matcher(w).matches() && i + 1 < toks.size()) {
            // `COP 29`, `Cop 29`, `COP -28` (the tokenizer may cut the hyphen off)
            String next = toks.get(i + 1).word();
            if (next.matches("-?\\d{1,2}")) {
                return i + 2;
            }
            if (next.equals("-") && i + 2 < toks.size() && toks.get(i + 2).word().matches("\\d{1,2}")
                    && toks.get(i + 2).start() == toks.get(i + 1).end()) {
                return i + 3;
            }
        }
        if (GROUP.matcher(w).matches()) {
            int end = nameComplementEnd(toks, i + 1, dict);
            return end > i + 1 ? end : i;
        }
        if (w.equals("G") && i + 1 < toks.size() && toks.get(i + 1).start() == head.end()
                && toks.get(i + 1).word().matches("\\d{1,2}\\+?")) {
            // the tokenizer may cut `G20` in two
            int end = nameComplementEnd(toks, i + 2, dict);
            return end > i + 2 ? end : i;
        }
        return -1;
    }

    /** End of a meeting named by its head noun (`sommet`, `conférence`) at token {@code i}, or {@code i}. */
    private int headNounEnd(List<Token> toks, int i, List<Candidate> dict) {
        Token head = toks.get(i);
        String h = Words.fold(head);
        int annualEnd = annualMeetingsEnd(toks, i, dict);
        if (annualEnd > i) {
            return annualEnd;
        }
        if (startsDictionaryBody(dict, head.start())) {
            // `la Conférence pour l'interaction … en Asie`, `l'Assemblée générale des Nations unies`: the dictionary
            // knows it as a body (its votes are read for roles through the resolution they adopt).
            return i;
        }
        // `la 27e réunion des chefs de gouvernement du Commonwealth`: a meeting noun too generic alone, named by its number
        boolean numberedReunion = h.equals("reunion") && ordinalStart(toks, i) >= 0
                && !FIRST.contains(Words.fold(toks.get(i - 1)));
        if (!HEADS.contains(h) && !numberedReunion || i > 0 && VENUE_WORDS.contains(Words.fold(toks.get(i - 1)))
                || i > 1 && VENUE_WORDS.contains(Words.fold(toks.get(i - 2)))
                || qualifiedVenueHead(toks, i)) {
            return i; // `Palais des congrès de Séville` is a building, `centre de conférences` too
        }
        boolean capitalized = head.isCapitalized();
        boolean sentenceInitial = i == 0 || (i == 1 && Words.isPunctuation(toks.get(0)));
        // `le 46e sommet`, `la quatrième conférence`: a numbered edition is a named meeting, and takes its descriptor
        boolean numbered = ordinalStart(toks, i) >= 0 && !FIRST.contains(Words.fold(toks.get(i - 1)));
        int end = i + 1;
        // `Sommet Afrique-France`, `sommet UE-UA`: a name right after the head (a weak head needs `de` + name).
        // (h21-passing) not a person the tagger names there, unless a separator makes the people the meeting's parties:
        // `le président tunisien et hôte du sommet Kaïs Saïed` (an apposition), but `le sommet Trump-Kim`
        boolean personAfterHead = end < toks.size() && personRunWithoutParties(toks, end, dict);
        while (!personAfterHead && end < toks.size() && toks.get(end).isCapitalized() && !Words.isPunctuation(toks.get(end))
                && !SUBJECT_PRONOUNS.contains(Words.fold(toks.get(end)))
                && (capitalized || !WEAK_HEADS.contains(h) && !h.equals("dialogue"))) {
            int nameEnd = dictionaryEnd(dict, toks.get(end).start());
            end = nameEnd > end ? nameEnd : end + 1;
            if (end < toks.size() && continuesHyphenatedName(toks.get(end - 1), toks.get(end))) {
                end++; // `sommet UA-Union européenne`
            }
            if (end + 1 < toks.size() && PARTY_SEPARATORS.contains(toks.get(end).word())
                    && toks.get(end + 1).isCapitalized() && Character.isLetter(toks.get(end + 1).word().charAt(0))) {
                end++; // `sommet États-Unis – Afrique`, `sommet UA/UE`: the second party after a separator
            }
        }
        int quoted = quotedNameEnd(toks, end);
        if (end == i + 1 && quoted > end && !WEAK_HEADS.contains(h)) {
            return quoted; // `le sommet « Choose France »`: the name in quotes right after the head
        }
        boolean named = end > i + 1;
        if (!named && end < toks.size() && PARTIES_ADJECTIVE.matcher(toks.get(end).word()).matches()) {
            // `le sommet franco-espagnol`, `le sommet arabo-islamique extraordinaire`: the parties name the meeting
            end++;
            if (end < toks.size() && Words.isLowerWord(toks.get(end)) && !STOP.contains(lower(toks.get(end)))
                    && !COMPLEMENT.contains(Words.fold(toks.get(end))) && !looksLikeVerb(Words.fold(toks.get(end)))) {
                end++;
            }
            named = true;
        }
        if (!named) {
            // up to two adjectives before the name: `Sommet arabe de Bagdad`, `sommet extraordinaire de la Cédéao`
            int k = end;
            while (k < toks.size() && k - end < 2 && Words.isLowerWord(toks.get(k)) && !STOP.contains(lower(toks.get(k)))
                    && !ARTICLES.contains(lower(toks.get(k)))
                    && !COMPLEMENT.contains(Words.fold(toks.get(k))) && !looksLikeVerb(Words.fold(toks.get(k)))) {
                k++;
            }
            int complementEnd = nameComplementEnd(toks, k, dict);
            if (complementEnd == k && k != end) {
                complementEnd = nameComplementEnd(toks, end, dict);
                k = end;
            }
            named = complementEnd > k;
            end = named ? complementEnd : end;
        }
        if (named) {
            // `sommet du G20 de Rio`: a second name complement (the place) belongs to the name too.
            end = nameComplementEnd(toks, end, dict);
        }
        if (named && h.equals("session") && end > i + 1 && ORGAN_HEADS.contains(complementHead(toks, i + 1, end))) {
            return i;
        }
        if (!named && !numbered && !capitalized && h.equals("sommet")) {
            int purposeEnd = purposeEnd(toks, i + 1, dict);
            if (purposeEnd > i + 1) {
                return purposeEnd; // `le sommet pour un nouveau pacte financier mondial`: named by its purpose
            }
        }
        if (!named && !numbered && (!capitalized || sentenceInitial || WEAK_HEADS.contains(h))) {
            return i;
        }
        end = groupedYearEnd(toks, end);
        if (capitalized || numbered) {
            end = descriptorEnd(toks, end, dict);
        } else if (end < toks.size() && Words.fold(toks.get(end)).equals("sur")) {
            end = descriptorEnd(toks, end, dict); // `le sommet de Séoul sur l'IA`: the topic completes the name
        }
        if (end == i + 1 && WEAK_HEADS.contains(h)) {
            return i; // `la troisième session`: a sitting of the meeting, not its name
        }
        return end > i + 1 || numbered ? Math.max(end, i + 1) : i;
    }

    /** A meeting series' short name, perhaps with its edition glued on: `TICAD`, `Ticad9`, `UNOC-3`, `FfD4`. */
    private static final Pattern SERIES_TOKEN = Pattern.compile("(\\p{Lu}\\p{L}+?)(?:-?(\\d{1,2}))?");
    private static final Pattern SERIES_EDITION = Pattern.compile("\\d{1,2}|[IVX]{1,5}|(?:19|20)\\d\\d");

    /**
     * `la TICAD`, `la Ticad 9`, `TICAD VII`, `le CHOGM 2026`, `l'UNEA-6`: a recurring meeting the press names by a short
     * name of its own (dict/meeting_series.txt), and its edition's number or year right after it. End, or {@code i}.
     */
    private int seriesEnd(List<Token> toks, int i) {
        java.util.regex.Matcher m = SERIES_TOKEN.matcher(toks.get(i).word());
        if (!m.matches() || !dictionaries.meetingSeries.contains(org.summitcoverage.dict.TextFolding.fold(m.group(1)))) {
            return i;
        }
        int end = i + 1;
        if (m.group(2) == null && end < toks.size()) {
            String next = toks.get(end).word();
            if (SERIES_EDITION.matcher(next).matches()) {
                end++;
            } else if ((next.equals("-") || next.equals("–")) && end + 1 < toks.size()
                    && SERIES_EDITION.matcher(toks.get(end + 1).word()).matches()) {
                end += 2;
            } else if (next.matches("-\\d{1,2}")) {
                end++;
            }
        }
        return end;
    }

    static final Set<String> OPEN_QUOTES = Set.of("«", "\"", "“", "``", "‹");
    static final Set<String> CLOSE_QUOTES = Set.of("»", "\"", "”", "''", "›");

    /** `« Choose France »`: an opening quote, one to four capitalised words, the closing quote. End, or {@code from}. */
    private static int quotedNameEnd(List<Token> toks, int from) {
        if (from >= toks.size() || !OPEN_QUOTES.contains(toks.get(from).word())) {
            return from;
        }
        int k = from + 1;
        while (k < toks.size() && k - from <= 4 && toks.get(k).isCapitalized() && !Words.isPunctuation(toks.get(k))
                && Character.isLetter(toks.get(k).word().charAt(0))) {
            k++;
        }
        return k > from + 1 && k < toks.size() && CLOSE_QUOTES.contains(toks.get(k).word()) ? k + 1 : from;
    }

    private static final Set<String> ANNUAL_HEADS = Set.of("assemblees", "assemblee", "reunions", "reunion");
    private static final Set<String> ANNUAL = Set.of("annuelles", "annuelle");

    /**
     * A body's yearly meeting of its governors, `les Assemblées annuelles (2027) de la Banque africaine de
     * développement`, `la 58e Assemblée annuelle du Groupe de la BAD`, `les Réunions annuelles du FMI et de la Banque
     * mondiale`: a named meeting when capitalised inside the sentence, numbered, or completed by the body the
     * dictionary knows, which ends the name. End, or {@code i}.
     */
    private static int annualMeetingsEnd(List<Token> toks, int i, List<Candidate> dict) {
        if (!ANNUAL_HEADS.contains(Words.fold(toks.get(i))) || i + 1 >= toks.size()
                || !ANNUAL.contains(Words.fold(toks.get(i + 1)))) {
            return i;
        }
        int end = i + 2;
        if (end < toks.size() && toks.get(end).word().matches("(?:19|20)\\d\\d")) {
            return end; // `les Assemblées annuelles 2027 (de la BAD)`: the year is the edition, like a number
        }
        int bodyEnd = bodyComplementEnd(toks, end, dict);
        while (bodyEnd > end && bodyEnd + 1 < toks.size() && Words.fold(toks.get(bodyEnd)).equals("et")) {
            int next = bodyComplementEnd(toks, bodyEnd + 1, dict); // `du FMI et de la Banque mondiale`
            if (next <= bodyEnd + 1) {
                break;
            }
            bodyEnd = next;
        }
        boolean sentenceInitial = i == 0 || (i == 1 && Words.isPunctuation(toks.get(0)));
        boolean numbered = ordinalStart(toks, i) >= 0;
        if (bodyEnd > end || numbered || toks.get(i).isCapitalized() && !sentenceInitial) {
            return Math.max(bodyEnd, end);
        }
        return i;
    }

    /** Past `de` and its determiner (`de la`, `du`, `des`) at {@code from}, or -1 when no `de` stands there. */
    private static int afterComplement(List<Token> toks, int from) {
        if (from >= toks.size() || !COMPLEMENT.contains(Words.fold(toks.get(from)))) {
            return -1;
        }
        int k = from + 1;
        if (k < toks.size() && DETERMINERS.contains(Words.fold(toks.get(k)))) {
            k++;
        }
        return k;
    }

    /** `de la BAD`, `du Groupe de la Banque mondiale`: `de` and a body the dictionary knows; its end, or {@code from}. */
    private static int bodyComplementEnd(List<Token> toks, int from, List<Candidate> dict) {
        int k = afterComplement(toks, from);
        if (k < 0) {
            return from;
        }
        if (k + 1 < toks.size() && Words.fold(toks.get(k)).equals("groupe") && COMPLEMENT.contains(Words.fold(toks.get(k + 1)))) {
            k += 2; // `du Groupe de la Banque …`
            if (k < toks.size() && DETERMINERS.contains(Words.fold(toks.get(k)))) {
                k++;
            }
        }
        if (k >= toks.size()) {
            return from;
        }
        for (Candidate c : dict) {
            if (c.type() == EntityType.ORGANIZATION && c.firstToken() <= k && c.endToken() > k) {
                return c.endToken();
            }
        }
        return from;
    }

    /** `franco-espagnol`, `arabo-islamique`, `sino-africain`: a compound adjective of the parties. */
    private static final Pattern PARTIES_ADJECTIVE = Pattern.compile("\\p{Ll}{2,}o-\\p{Ll}{3,}");
    private static final Pattern ORDINAL_SUFFIX = Pattern.compile("(?i)-?(?:e|è|er|ère|ème|eme|ième|ieme|ᵉ|ᵉʳ|ʳᵉ)");

    /**
     * The first token of an edition number right before the head {@code i}, or -1: `38e`, `XXIXe`, `quatrième`,
     * or a number and its suffix the tokenizer cut apart (`30` + `ème`).
     */
    static int ordinalStart(List<Token> toks, int i) {
        if (i > 0 && ORDINAL.matcher(toks.get(i - 1).word()).matches()) {
            return i - 1;
        }
        if (i > 1 && ORDINAL_SUFFIX.matcher(toks.get(i - 1).word()).matches()
                && toks.get(i - 2).word().matches("\\d{1,3}") && toks.get(i - 2).end() == toks.get(i - 1).start()) {
            return i - 2;
        }
        // (h22-ents) `la 32-ème session`, `la 31-ème session`: the tokenizer cuts the hyphenated ordinal in two or
        // three pieces; glued back (no space between them) they are one ordinal
        for (int from = i - 2; from >= Math.max(0, i - 3); from--) {
            StringBuilder glued = new StringBuilder(toks.get(from).word());
            boolean contiguous = true;
            for (int k = from + 1; k < i; k++) {
                contiguous &= toks.get(k - 1).end() == toks.get(k).start();
                glued.append(toks.get(k).word());
            }
            if (contiguous && toks.get(from).word().matches("\\d{1,3}-?") && ORDINAL.matcher(glued).matches()) {
                return from;
            }
        }
        return -1;
    }

    /** `de Kigali`, `du G20`, `de l'Union africaine`, `des BRICS`: end of the name, or {@code from} if none. */
    private static int nameComplementEnd(List<Token> toks, int from, List<Candidate> dict) {
        int k = afterComplement(toks, from);
        if (k < 0) {
            return from;
        }
        if (k < toks.size() && LEADERS.matcher(toks.get(k).word()).matches()) {
            return leadersEnd(toks, k, dict, from);
        }
        if (k >= toks.size() || !toks.get(k).isCapitalized() || Words.isPunctuation(toks.get(k))) {
            return from;
        }
        int nameEnd = dictionaryEnd(dict, toks.get(k).start());
        if (nameEnd > k) {
            k = nameEnd;
        } else {
            while (k < toks.size() && toks.get(k).isCapitalized() && !Words.isPunctuation(toks.get(k))) {
                k = editionNumberEnd(toks, k + 1); // `de la COP31`, which the tokenizer may cut before its number
            }
            if (k < toks.size() && RELATIONAL_ADJECTIVE.matcher(toks.get(k).word()).matches()
                    && !STOP.contains(lower(toks.get(k)))) {
                k++; // `de la Communauté sahélo-saharienne`: an unlisted body's adjective is part of its name
            }
        }
        return k;
    }

    /**
     * `COP` + `31`, `UNOC` + `3`: the tokenizer may cut a meeting's short name from the edition's number glued to it
     * (or written after `COP` with a space); the number belongs to the name. Past the number, or {@code k}.
     */
    static int editionNumberEnd(List<Token> toks, int k) {
        if (k <= 0 || k >= toks.size() || !toks.get(k).word().matches("\\d{1,3}") || !toks.get(k - 1).isCapitalized()) {
            return k;
        }
        boolean glued = toks.get(k).start() == toks.get(k - 1).end() && Character.isLetter(toks.get(k - 1).word().charAt(0));
        return glued || COP_WORD.matcher(toks.get(k - 1).word()).matches() ? k + 1 : k;
    }

    /** Lower-case adjectives of the kind that end a body's name: `sahélo-saharienne`, `andine`, `islamique`. */
    private static final Pattern RELATIONAL_ADJECTIVE = Pattern.compile(
            "\\p{Ll}[\\p{Ll}-]*(?:ien|ienne|iens|ain|aine|al|ale|aux|ique|iques|ais|aise|ois|oise|in|ine|éen|éenne)");

    /**
     * `des Chefs d'État (et de gouvernement) de l'Union africaine`: the leaders are no name, the body after them
     * is; without it, `le sommet des chefs d'État` names nothing ({@code from} is returned).
     */
    private static int leadersEnd(List<Token> toks, int k, List<Candidate> dict, int from) {
        k++;
        if (k < toks.size() && Words.fold(toks.get(k)).startsWith("d'etat")) {
            k++; // `d'État` in one token
        } else if (k + 1 < toks.size() && Words.fold(toks.get(k)).equals("d'")
                && Words.fold(toks.get(k + 1)).startsWith("etat")) {
            k += 2;
        } else {
            return from;
        }
        if (k + 2 < toks.size() && Words.fold(toks.get(k)).equals("et") && COMPLEMENT.contains(Words.fold(toks.get(k + 1)))
                && Words.fold(toks.get(k + 2)).startsWith("gouvernement")) {
            k += 3; // `et de gouvernement(s)`
        }
        int bodyEnd = nameComplementEnd(toks, k, dict);
        return bodyEnd > k ? bodyEnd : from;
    }

    /** The folded first capitalised word of a complement `du Conseil exécutif`, or "". */
    private static String complementHead(List<Token> toks, int from, int end) {
        for (int k = from; k < end; k++) {
            if (toks.get(k).isCapitalized()) {
                return Words.fold(toks.get(k));
            }
        }
        return "";
    }

    private static boolean startsDictionaryBody(List<Candidate> dict, int startChar) {
        for (Candidate c : dict) {
            if (c.start() == startChar && c.type() == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised head takes its descriptive complement: `Forum mondial sur l'éthique de l'IA`. */
    private static final Set<String> PURPOSE_ADJECTIVES = Set.of("international", "mondial", "africain", "europeen",
            "extraordinaire", "special", "historique");
    private static final Set<String> PURPOSE_DETERMINERS = Set.of("un", "une", "le", "la", "l'", "les");

    /**
     * `le sommet (international) pour un nouveau pacte financier mondial`: a summit named by its purpose, `pour` and a
     * determiner then at least two words; not `pour la première fois`. Returns the end of the name, or {@code from}.
     */
    private static int purposeEnd(List<Token> toks, int from, List<Candidate> dict) {
        int k = from;
        while (k < toks.size() && k - from < 2 && PURPOSE_ADJECTIVES.contains(Words.fold(toks.get(k)))) {
            k++;
        }
        if (k + 2 >= toks.size() || !Words.fold(toks.get(k)).equals("pour")
                || !PURPOSE_DETERMINERS.contains(Words.fold(toks.get(k + 1)))) {
            return from;
        }
        int end = descriptorEnd(toks, k, dict);
        for (int j = k; j < end; j++) {
            if (Words.fold(toks.get(j)).equals("fois")) {
                return from;
            }
        }
        return end - k >= 4 ? end : from;
    }

    private static int descriptorEnd(List<Token> toks, int from, List<Candidate> dict) {
        int k = from;
        int lastGood = from;
        int limit = Math.min(toks.size(), from + MAX_DESCRIPTOR_TOKENS);
        while (k < limit) {
            Token t = toks.get(k);
            String f = Words.fold(t);
            if (t.word().matches("\\d+") && editionNumberEnd(toks, k) > k) {
                k++; // `la Conférence des Nations unies sur le climat COP31`: the number ends the short name
                lastGood = k;
                continue;
            }
            if (Words.isPunctuation(t) || STOP.contains(lower(t)) || t.word().matches("\\d+")) {
                break;
            }
            if (DETERMINERS.contains(f) && k == from && from > 0
                    && !DESCRIPTOR_PREPOSITIONS.contains(Words.fold(toks.get(from - 1)))) {
                // `ont participé au Sommet les présidents …`: an article right after the name opens the next phrase
                return from;
            }
            if (DETERMINERS.contains(f) && k > from && Words.isLowerWord(toks.get(k - 1))
                    && !DESCRIPTOR_PREPOSITIONS.contains(Words.fold(toks.get(k - 1)))
                    && !DETERMINERS.contains(Words.fold(toks.get(k - 1)))) {
                // `le 14e Sommet régional salue la présence …`: in a name an article follows a preposition; after
                // another word it opens the object of a verb, which ends the name
                return Math.min(lastGood, k - 1);
            }
            if (DESCRIPTOR_PREPOSITIONS.contains(f) || DETERMINERS.contains(f)) {
                k++;
                continue;
            }
            if (k > 0 && participleAfterName(t, toks.get(k - 1))) {
                break; // `le 22e Sommet de l'APEC couronné de succès`: what is said of the meeting, not its name
            }
            if (!t.isCapitalized() && (looksLikeVerb(f) || RoleCueLexicon.shared().startsVerbCue(f)
                    || DECISION_VERBS.contains(f))) {
                // `le Forum de Paris sur la paix réunit …`: the name ends at the verb; (h52-entites19) so does a
                // communiqué's `la Conférence demande à la Commission …` (dict/decision_verbs.txt)
                break;
            }
            int nameEnd = t.isCapitalized() ? dictionaryEnd(dict, t.start()) : -1;
            k = nameEnd > k ? nameEnd : k + 1;
            lastGood = k;
        }
        return lastGood;
    }

    /**
     * (h63-ents) A masculine past participle (`couronné`, `réunis`… in `-é`/`-és`) right after a proper name predicates
     * of the meeting; inside a descriptor such a word follows an article or a preposition (`sur la sécurité`).
     */
    private static boolean participleAfterName(Token t, Token previous) {
        String w = t.word();
        return Words.isLowerWord(t) && w.length() > 3 && (w.endsWith("é") || w.endsWith("és"))
                && previous.isCapitalized() && !Words.isPunctuation(previous);
    }

    /**
     * (h63-ents) The French tokenizer groups `20 2023` as the number `20 202` then `3` (thousands by three): in
     * `le Sommet du G20 2023` the glued digit finishes the year, which belongs to the name. Past it, or {@code k}.
     */
    static int groupedYearEnd(List<Token> toks, int k) {
        if (k > 0 && k + 1 < toks.size() && splitYear(toks.get(k), toks.get(k + 1))
                && toks.get(k - 1).end() == toks.get(k).start()) {
            return k + 2; // `G` `20 202` `3`: the name stopped before the grouped number (its G20 is a gazetteer match)
        }
        return k > 0 && k < toks.size() && splitYear(toks.get(k - 1), toks.get(k)) ? k + 1 : k;
    }

    private static boolean splitYear(Token grouped, Token digits) {
        return grouped.end() == digits.start() && digits.word().matches("\\d{1,3}")
                && grouped.word().matches("\\d+(?:[ \u00a0\u202f]\\d+)+");
    }

    private final org.summitcoverage.dict.Dictionaries dictionaries;

    private static final Pattern GLUED_ACRONYM = Pattern.compile("(\\p{Lu}{2,})\\p{Lu}\\p{Ll}+");

    /**
     * A body's acronym glued to the next sentence's first word where a page lost a line break (`BRICSFin`): the length
     * of the acronym when the dictionary knows it and not the whole word (`RDCongo`, `MEDays` stay whole), else 0.
     */
    private int gluedAcronymLength(Token t) {
        java.util.regex.Matcher m = GLUED_ACRONYM.matcher(t.word());
        if (!m.matches() || !dictionaries.lookup(t.folded()).isEmpty()
                || dictionaries.lookup(org.summitcoverage.dict.TextFolding.fold(m.group(1))).isEmpty()) {
            return 0;
        }
        return m.group(1).length();
    }

    EventRecognizer(org.summitcoverage.dict.Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /** `UA-Union` + `européenne`: the last part of a hyphenated name and the next word form a known name. */
    private boolean continuesHyphenatedName(Token hyphenated, Token next) {
        String w = hyphenated.word();
        int dash = w.lastIndexOf('-');
        if (dash < 0 || !Words.isLowerWord(next)) {
            return false;
        }
        String tail = w.substring(dash + 1) + " " + next.word();
        return !dictionaries.lookup(org.summitcoverage.dict.TextFolding.fold(tail)).isEmpty();
    }

    /**
     * The tagger's person run starting at {@code from}, with no party separator in it nor right after it, and no word
     * the dictionary knows (`sommet Choose France`: the tagger's person holds a country, a name of the meeting).
     */
    private static boolean personRunWithoutParties(List<Token> toks, int from, List<Candidate> dict) {
        int k = from;
        while (k < toks.size() && toks.get(k).ner() != null && toks.get(k).ner().endsWith("PER")) {
            if (PARTY_SEPARATORS.contains(toks.get(k).word()) || dictionaryEnd(dict, toks.get(k).start()) > k) {
                return false;
            }
            k++;
        }
        if (k == from + 1 && TWO_SURNAMES.matcher(toks.get(from).word()).matches()) {
            return false; // (h22-ents) `le sommet Biden-Poutine`: one token the tagger calls a person, two parties
        }
        return k > from && (k >= toks.size() || !PARTY_SEPARATORS.contains(toks.get(k).word()));
    }

    /** Two capitalised surnames joined by a hyphen in one token (`Biden-Poutine`, `Xi-Macron`), not `Jean-Pierre X`. */
    private static final Pattern TWO_SURNAMES = Pattern.compile("\\p{Lu}\\p{Ll}+[-\u2011\u2010–]\\p{Lu}\\p{Ll}+");

    private static String lower(Token t) {
        return t.word().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
    }

    /** (h52-entites19) What an assembly does in its communiqué (`demande`, `instruit`, `exhorte`): a verb. */
    private static final org.summitcoverage.dict.WordList DECISION_VERBS =
            org.summitcoverage.dict.WordList.load("/dict/decision_verbs.txt");

    private static boolean looksLikeVerb(String f) {
        return f.endsWith("ait") || f.endsWith("aient") || f.endsWith("ent") && f.length() > 6 && !f.endsWith("ment")
                || f.endsWith("era") || f.endsWith("eront") || f.endsWith("ee") || f.endsWith("ees")
                || f.endsWith("ant") && f.length() > 5;
    }

    private static int dictionaryEnd(List<Candidate> dict, int startChar) {
        for (Candidate c : dict) {
            if (c.start() == startChar || (c.start() > startChar - 3 && c.start() <= startChar && c.end() > startChar)) {
                return c.endToken();
            }
        }
        return -1;
    }
}
