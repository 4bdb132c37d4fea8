package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the WikiNER tagger's PER/ORG/LOC spans into candidates, after trimming articles and titles and
 * dropping the tagger's usual false names: capitalised common words at the start of a sentence or a line,
 * site words, lone titles.
 */
final class NerSpanReader {
    /** Peoples, and the demonyms two states share; compiled once, it is asked of every name the tagger gives. */
    private static final java.util.regex.Pattern PEOPLES = java.util.regex.Pattern.compile(
            "(europeen|occidenta|africain|asiatique|americain|arabe|latino|sud-americain|nord-americain"
                    + "|congolais|coreen)[a-z]*");
    private static final Set<String> LEADING_JUNK = Set.of("le", "la", "les", "l'", "d'", "de", "du", "des", "un",
            "une", "au", "aux", "à", "et");
    /** `al-Jabouri`, `el-Sissi`, `ben-Salem`: a lower-case particle glued to a name is part of it. */
    private static final java.util.regex.Pattern PARTICLE_NAME = java.util.regex.Pattern.compile("\\p{Ll}{1,4}-\\p{Lu}.*");
    private static final Set<String> PORTFOLIO_INTRODUCERS = Set.of("ministre", "ministres", "ministere", "ministeres",
            "secretaire", "secretariat", "departement", "chargee", "charge");
    /** (h57-entites23) `Par Awa Diop`: the word that opens a byline is never part of the writer's name. */
    private static final Set<String> BYLINE_WORDS = Set.of("par");
    private static final Set<String> TRAILING_JUNK = Set.of("de", "d'", "du", "des", "l'", "la", "le", "les", "et", "a",
            "au", "aux"); // `Le Conseil fédéral au Forum …`: a headline span running into the preposition
    /** A regnal number after a sovereign's name (`Mohammed VI`, `Charles III`). */
    private static final java.util.regex.Pattern REGNAL_NUMERAL = java.util.regex.Pattern.compile("[IVXL]+");
    private static final java.util.regex.Pattern ROMAN_ORDINAL = java.util.regex.Pattern.compile("[IVXLC]+(e|er|re|ème)");
    private final Dictionaries dict;

    NerSpanReader(Dictionaries dict) {
        this.dict = dict;
    }

    /**
     * The tagger's spans, cut where a dictionary or event rule already claimed tokens, so that
     * `le président kényan Samuel Mutai` (tagged PER as a whole) keeps `Samuel Mutai` beside the demonym.
     */
    /** A capitalised English body word (`Bank`, `Fund`, `Council`) ending the span or followed by `of` / `for`. */
    private boolean englishBodyName(List<Token> toks, int first, int end) {
        for (int k = first + 1; k < end; k++) {
            boolean last = k == end - 1;
            boolean complemented = k + 1 < end && Set.of("of", "for").contains(toks.get(k + 1).word());
            if ((last || complemented) && toks.get(k).isCapitalized() && dict.bodySuffixes.containsWord(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    List<Candidate> read(String text, Sentence s, LowercaseVocabulary lowercaseWords, java.util.Set<Integer> claimed) {
        List<Token> toks = s.tokens();
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            String label = base(toks.get(i).ner());
            if (label.isEmpty() || claimed.contains(i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < toks.size() && base(toks.get(end).ner()).equals(label) && !claimed.contains(end)) {
                end++;
            }
            while (end < toks.size() && endsOnElidedCapital(toks.get(end - 1), toks.get(end)) && !claimed.contains(end)) {
                end++; // `Sassou-N'guesso`: the tokenizer cut the name after `N'`; the lower-case rest belongs to it
            }
            Candidate c = toCandidate(text, s, i, end, label, lowercaseWords);
            if (c != null) {
                out.add(c);
                end = Math.max(end, c.endToken());
            }
            i = end;
        }
        return out;
    }

    private Candidate toCandidate(String text, Sentence s, int first, int end, String label,
                                  LowercaseVocabulary lowercaseWords) {
        List<Token> toks = s.tokens();
        EntityType type = switch (label) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.LOCATION;
            default -> null;
        };
        if (type == null) {
            return null; // MISC: meetings are read by the event rules; other MISC (laws, works) is not our type
        }
        first = afterSpacedHonorific(toks, first, end);
        if (type != EntityType.PERSON && isNameParticleLe(text, toks, first, end) && titleRightBefore(toks, first)) {
            // (h32-precision) `le secrétaire général de l'ASEAN, Le Luong Minh,`: the tagger takes a Vietnamese name
            // opening on `Le` for a body; after a title it is the title's person
            label = "PER";
            type = EntityType.PERSON;
        }
        if (type == EntityType.PERSON) {
            first = afterInnerCapitalHonorific(toks, first, end);
        }
        while (first < end && (LEADING_JUNK.contains(Words.fold(toks.get(first))) && !(type == EntityType.PERSON
                && isNameParticleLe(text, toks, first, end)) || Words.isPunctuation(toks.get(first))
                || type == EntityType.PERSON && end - first > 1 && (isLeadingTitle(toks, first, end)
                || BYLINE_WORDS.contains(Words.fold(toks.get(first)))
                || dict.stateNouns.containsWord(toks.get(first)) || isDemonymNoun(toks.get(first).word())))) {
            first++;
        }
        if (type == EntityType.PERSON) {
            first = afterCapitalisedPortfolio(toks, first, end);
        }
        if (type == EntityType.PERSON && end - first >= 3 && isDictionaryBody(toks.get(first))
                && toks.get(first + 1).isCapitalized() && toks.get(first + 2).isCapitalized()) {
            first++; // `sur Twitter Barend Leyts`, `selon Reuters Anna Weber`: the channel or agency, then the person
        }
        int medium = socialNetworkEnd(toks, first, end);
        if (medium == end && type != EntityType.ORGANIZATION) {
            return null; // (h43-entites10) `sur Telegram`, `la plateforme Truth Social`: a medium, no place or person
        }
        if (medium > first && type == EntityType.PERSON && first > 0
                && MEDIUM_CUES.contains(Words.fold(toks.get(first - 1))) && toks.get(medium).isCapitalized()) {
            first = medium; // (h43-entites10) `a écrit sur X Emmanuel Macron`: the network, then the writer
        }
        if (type == EntityType.PERSON && end - first >= 3 && regionalOffice(dict, toks, first)) {
            first++; // `le directeur de l'OMS Afrique Pierre X`: the body's regional office, not the first name
        }
        if (type != EntityType.PERSON && first < end && isLeadingTitle(toks, first, end)
                && (!ADJECTIVAL_TITLES.contains(Words.fold(toks.get(first)))
                || first + 1 < end && isTitleWord(toks.get(first + 1))
                || first + 2 < end && Set.of("de", "d'").contains(Words.fold(toks.get(first + 1)))
                && isTitleWord(toks.get(first + 2)) && toks.get(first + 2).isCapitalized())) {
            // `Général de Division X`: a rank of two title words joined by `de` is a title too
            // `Ministre des Affaires étrangères`, `Vice-Premier ministre`, `Présidents François X`: a title, at
            // most followed by a name, is never a place or a body
            while (first < end && (isLeadingTitle(toks, first, end) || Words.isLowerWord(toks.get(first))
                    || LEADING_JUNK.contains(Words.fold(toks.get(first))))) {
                first++;
            }
            if (first < end && isPortfolioRest(toks, first)) {
                return null;
            }
            label = "PER";
            type = EntityType.PERSON;
        }
        for (int k = first + 1; k < end; k++) {
            if (Words.fold(toks.get(k)).startsWith("jusqu'")) {
                end = k; // (h42-entites9) `la Garde républicaine jusqu'au palais`: no name holds `jusqu'`, the span ran on
                break;
            }
        }
        while (end > first && TRAILING_JUNK.contains(Words.fold(toks.get(end - 1)))) {
            end--; // a span cut short by a dictionary match: `Musée d'art moderne de`
        }
        while (end > first && (Words.isPunctuation(toks.get(end - 1)) || Words.isLowerWord(toks.get(end - 1))
                && type == EntityType.PERSON && !PARTICLE_NAME.matcher(toks.get(end - 1).word()).matches()
                && !(end - first >= 2 && endsOnElidedCapital(toks.get(end - 2), toks.get(end - 1))))) {
            end--;
        }
        if (type != EntityType.ORGANIZATION && end > first && afterAFamilyNoun(toks, first)) {
            return null; // (h47-entites14) `la dynastie Al Bou Saïd`, `la famille Al Thani`: a family, no individual or place
        }
        if (type != EntityType.PERSON && end - first >= 2 && end - first <= 3 && stateNounAndAdjectives(toks, first, end)) {
            return null; // (h47-entites14) `des chefs d'État africains`: a state noun and its adjective, no place or body
        }
        if (end - first == 1 && honorificOfAState(toks, first)) {
            return null; // (h46-entites13) `du Sultan d'Oman, Haïtham X`: the title a ruler holds of his state, no name or place
        }
        if (type == EntityType.PERSON) {
            end = beforeCountryOfOrigin(text, toks, first, end);
            end = beforeCountryInCapitals(toks, first, end);
            end = beforeTitleAfterTheName(toks, first, end);
            end = beforeCapitalTitleOfAState(toks, first, end);
        }
        if (type == EntityType.LOCATION && holdsAFiliation(toks, first, end) && !namedSite(toks, first)) {
            label = "PER"; // (h46-entites13) `le prince héritier d'Arabie saoudite Mohammed bin Salman`: a filiation, no place
            type = EntityType.PERSON;
        }
        if (type == EntityType.LOCATION && first < end && toks.get(first).isCapitalized()
                && dict.forceHeads.containsWord(toks.get(first))) {
            label = "ORG"; // (h42-entites9) `escortés par la Garde républicaine`: a guard, police or army body, no place
            type = EntityType.ORGANIZATION;
        }
        if (type == EntityType.PERSON && end - first == 1 && first >= 2
                && Set.of("de", "d'").contains(Words.fold(toks.get(first - 1)))
                && dict.territorialTitles.contains(Words.fold(toks.get(first - 2)))) {
            return null; // (h36-entites4) `le prince de Galles`: the territory the title is held of, no person
        }
        while (type == EntityType.PERSON && end - first >= 3 && isTitleWord(toks.get(end - 1))
                && REGNAL_NUMERAL.matcher(toks.get(end - 2).word()).matches()) {
            end--; // (h30-marges) `Mohammed VI Roi du Maroc`: a title after the regnal number opens the person's title
        }
        if (type == EntityType.PERSON && end - first >= 2 && dict.bodySuffixes.containsWord(toks.get(end - 1))) {
            label = "ORG"; // `la Signal Foundation`: a body's last word, not a person's name
            type = EntityType.ORGANIZATION;
        }
        if (type == EntityType.PERSON && placeThenItsState(toks, first, end)) {
            label = "LOC"; // (h63-ents) `réunis à Labuan Bajo, en Indonésie`: where one is, in a state, is a place
            type = EntityType.LOCATION;
        }
        if (type == EntityType.PERSON && end - first >= 2 && dict.siteSuffixes.containsWord(toks.get(end - 1))) {
            label = "LOC"; // (h43-entites10) `le Kempinski Hôtel`, `Poacher Cheese Farm`: an English site's last noun
            type = EntityType.LOCATION;
        }
        if (type == EntityType.LOCATION && end - first >= 2 && englishBodyName(toks, first, end)) {
            label = "ORG"; // `Export-Import Bank of China`: an English body's name, whatever place it names
            type = EntityType.ORGANIZATION;
        }
        if (type != EntityType.PERSON && isPortfolio(toks, first)) {
            int name = afterCapitalisedPortfolio(toks, first, end);
            if (name == first) {
                return null; // `ministre de l'Ecologie`, `ministère des Affaires étrangères`: a portfolio, not a body
            }
            // (h32-precision) `le vice-ministre des Affaires étrangères Bùi Thanh Son`, tagged as a place: the name after
            // the portfolio is the minister
            first = name;
            label = "PER";
            type = EntityType.PERSON;
        }
        for (int k = first; k < end; k++) {
            if (toks.get(k).word().equals("|")) {
                end = k; // (h44-entites11) `TF1 | Duplex B. Augey`: a caption credit's bar ends the name it follows
                break;
            }
        }
        if (first >= end) {
            return null;
        }
        if (end - first == 2 && ROMAN_ORDINAL.matcher(toks.get(first).word()).matches()
                && dict.regimeNouns.containsWord(toks.get(first + 1))) {
            return null; // (h44-entites11) `la IVe République`, `le IIe Empire`: a period of a state, no person or body
        }
        if (onlyDateWords(toks, first, end)) {
            return null; // (h43-entites10) `lundi 21 Août 2023`: a capitalised month and its year, a date, no place
        }
        Token head = toks.get(first);
        if (!head.isCapitalized()) {
            return null;
        }
        int start = head.start();
        int endChar = toks.get(end - 1).end();
        String surface = text.substring(start, endChar);
        if (surface.length() < 2 || surface.chars().noneMatch(Character::isLetter) || ROMAN_ORDINAL.matcher(surface).matches()) {
            return null;
        }
        if (type != EntityType.PERSON && end - first >= 3 && isDemonymNoun(toks.get(first).word())
                && toks.get(first + 1).isCapitalized()) {
            // `le Néerlandais Maarten de Vries`, tagged as a place: a nationality noun before a person's name
            int nameStart = toks.get(first + 1).start();
            int nameEnd = toks.get(end - 1).end();
            String name = text.substring(nameStart, nameEnd);
            return new Candidate(EntityType.PERSON, null, name, "", s.index(), first + 1, end, nameStart, nameEnd, name,
                    label, "ner");
        }
        if (type != EntityType.PERSON && first > 0 && isNationalityNoun(toks.get(first - 1))
                && Character.isUpperCase(surface.codePointAt(0))) {
            // `le Néerlandais | Maarten de Vries`, the nationality already read as the state: the rest is the person,
            // over a particle the tagger left out (`de`, `van`, `al`)
            while (end + 1 < toks.size() && NAME_PARTICLES.contains(Words.fold(toks.get(end)))
                    && toks.get(end + 1).isCapitalized() && !base(toks.get(end + 1).ner()).isEmpty()) {
                end += 2;
            }
            // `le Sénégalais Bassirou | Diomaye Faye`: the tagger's place and person spans side by side are one name
            while (end < toks.size() && toks.get(end).isCapitalized() && base(toks.get(end).ner()).equals("PER")) {
                end++;
            }
            endChar = toks.get(end - 1).end();
            String name = text.substring(start, endChar);
            return new Candidate(EntityType.PERSON, null, name, "", s.index(), first, end, start, endChar, name,
                    label, "ner");
        }
        if (type == EntityType.LOCATION && containsTitle(toks, first, end)) {
            return null; // `Cabinet et ministre des Affaires étrangères`: a function, not a place
        }
        if (type != EntityType.PERSON && pairsTwoParties(head.word())) {
            return null; // `Chine-CCG`, `UE-Chine`, `Europe-Asie`: a relation between two parties, neither place nor body
        }
        if (type != EntityType.PERSON && isDemonymNoun(surface)) {
            return null; // `les Européens`, `les Occidentaux`: peoples, not places or bodies
        }
        if (type == EntityType.LOCATION && surface.length() <= 3 && Words.isAllCaps(surface)) {
            return null;
        }
        if (type == EntityType.LOCATION && end - first == 1 && first > 0
                && dict.goodsNouns.containsWord(toks.get(first - 1)) && Words.isLowerWord(toks.get(first - 1))) {
            return null; // (h44-entites11) `du cristal Baccarat`: a brand right after a noun of goods, no place
        }
        if (type == EntityType.LOCATION && surface.indexOf(' ') < 0 && surface.chars().anyMatch(Character::isDigit)) {
            return null; // `SB60`, `A350`: a code with digits is no place
        }
        if (end - first == 1 && namesAMeetingFormat(toks, first, type)) {
            return null;
        }
        if (end - first == 1 && type == EntityType.PERSON && pairsTwoLeaders(toks, first)) {
            return null;
        }
        if (end - first == 1) {
            boolean sentenceInitial = first == 0 || first == 1 && Words.isPunctuation(toks.get(0));
            if (dict.commonWords.contains(surface) || dict.titles.contains(surface) && type != EntityType.ORGANIZATION
                    || dict.noEntityNames.contains(surface)) {
                // (h47-entites14) `présidents de la République, Rois et Émirs`: a title alone is no place either;
                // (h62-ents) nor `les objectifs de développement durable (ODD)`, goals the tagger takes for a body
                return null;
            }
            if (sentenceInitial && lowercaseWords.contains(TextFolding.fold(surface))) {
                return null;
            }
            if (sentenceInitial && inflectedVerbBeforeLowerWord(toks, first)) {
                return null; // (h52-entites18) `Manqueront aussi à l'appel …`: an inverted verb opening the sentence
            }
        } else if (allCommon(toks, first, end) || dict.noEntityNames.contains(surface)) {
            return null; // `Air Force One`: a leader's aircraft, no body
        }
        if (type != EntityType.PERSON && end - first == 1 && titleArticleBefore(toks, first)) {
            // (h43-entites10) `indique Le Parisien`, `selon Le Soleil`: a capital article inside the sentence opens a
            // newspaper's title, a body with its article, no place
            first--;
            start = toks.get(first).start();
            surface = text.substring(start, endChar);
            label = "ORG";
            type = EntityType.ORGANIZATION;
        }
        String canonical = surface;
        return new Candidate(type, null, canonical, "", s.index(), first, end, start, endChar, surface, label, "ner");
    }

    /**
     * `Le` / `La` / `Les` in capitals right before {@code k}, after a lower-case word or a source word of any case: a
     * title's article mid-sentence. (h45-entites12) `Selon Le Soleil, …` opens the sentence: `Selon` is capitalised but
     * still a source word (`dict/source_cues.txt`), so the capital article after it is a title's, not the sentence's.
     */
    private boolean titleArticleBefore(List<Token> toks, int k) {
        if (k < 2 || !Set.of("Le", "La", "Les").contains(toks.get(k - 1).word()) || Words.isPunctuation(toks.get(k - 2))) {
            return false;
        }
        return Words.isLowerWord(toks.get(k - 2)) || dict.sourceCues.containsWord(toks.get(k - 2));
    }

    /**
     * (h63-ents) `à X, en Indonésie`, `à X, au Japon`: a name after `à`, then a comma and `en` / `au` / `aux` with a
     * capitalised name, is a place and the state or region it lies in; a person is met `à` no such apposition.
     */
    private static boolean placeThenItsState(List<Token> toks, int first, int end) {
        return first > 0 && Words.fold(toks.get(first - 1)).equals("a") && toks.get(first - 1).word().equals("à")
                && end + 2 < toks.size() && toks.get(end).word().equals(",")
                && Set.of("en", "au", "aux").contains(Words.fold(toks.get(end + 1)))
                && toks.get(end + 2).isCapitalized();
    }

    /** A span of month or weekday names and numbers only (`Août 2023`, `Septembre`): a date the tagger took for a name. */
    private static boolean onlyDateWords(List<Token> toks, int first, int end) {
        boolean month = false;
        for (int k = first; k < end; k++) {
            String w = Words.fold(toks.get(k));
            if (Words.DATE_NAMES.contains(w)) {
                month = true;
            } else if (!w.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return month;
    }

    /** Words right before a network that make it the medium of what follows (`sur X`, `via Telegram`, `son compte X`). */
    private static final Set<String> MEDIUM_CUES = Set.of("sur", "via", "compte", "reseau", "plateforme", "page");

    /** End of the longest social network (one to three words) opening the span at {@code first}, or {@code first}. */
    private int socialNetworkEnd(List<Token> toks, int first, int end) {
        int found = first;
        StringBuilder name = new StringBuilder();
        for (int k = first; k < end && k < first + 3; k++) {
            name.append(k == first ? "" : " ").append(Words.fold(toks.get(k)));
            if (dict.socialNetworks.contains(name.toString())) {
                found = k + 1;
            }
        }
        return found;
    }

    /** `N'` / `Sassou-N'` glued to a lower-case word (`guesso`): a surname's elided capital the tokenizer cut off. */
    /**
     * `al-Jaber`, `el-Sissi`, `ben-Salem`: an Arabic name particle glued by a hyphen to a capitalised word is a name
     * part, whatever the tagger says of it (only these particles: `ex-Président` is no name).
     */
    static boolean particleGluedName(Token t) {
        String w = t.word();
        int dash = w.indexOf('-');
        return PARTICLE_NAME.matcher(w).matches() && dash > 0
                && (FILIATION.contains(w.substring(0, dash)) || Set.of("al", "el").contains(w.substring(0, dash)));
    }

    private static boolean endsOnElidedCapital(Token last, Token next) {
        String w = last.word();
        int n = w.length();
        return n >= 2 && (w.charAt(n - 1) == '\'' || w.charAt(n - 1) == '’') && Character.isUpperCase(w.charAt(n - 2))
                && (n == 2 && "LDJMTSCQ".indexOf(w.charAt(0)) < 0 || n > 2 && w.charAt(n - 3) == '-') && next.start() == last.end() && !next.word().isEmpty()
                && Character.isLowerCase(next.word().charAt(0));
    }

    private static final java.util.regex.Pattern TWO_SURNAMES = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+[-\u2011\u2010–]\\p{Lu}\\p{Ll}+");
    private static final Set<String> PAIRING_NOUNS = Set.of("rencontre", "rencontres", "entretien", "entretiens",
            "tete-a-tete", "face-a-face", "duel", "sommet", "reunion", "echange", "echanges", "dialogue", "poignee");
    private static final Set<String> PAIRING_ADJECTIVES = Set.of("bilaterale", "bilateral", "bilaterales",
            "bilateraux", "historique", "premiere", "premier", "telephonique", "virtuel", "virtuelle");

    /**
     * `la rencontre bilatérale Poutine-Zelensky`: two surnames joined by a hyphen after a meeting noun (and maybe one
     * adjective) are the meeting's two parties, not one person (`EventRecognizer` reads the same after `sommet`).
     */
    private static boolean pairsTwoLeaders(List<Token> toks, int first) {
        if (!TWO_SURNAMES.matcher(toks.get(first).word()).matches()) {
            return false;
        }
        int k = first - 1;
        if (k >= 0 && PAIRING_ADJECTIVES.contains(Words.fold(toks.get(k)))) {
            k--;
        }
        return k >= 0 && PAIRING_NOUNS.contains(Words.fold(toks.get(k)));
    }

    private static final Set<String> NAME_DETERMINERS = Set.of("le", "la", "l'", "un", "une", "du", "au");
    private static final Set<String> FORMAT_NOUNS = Set.of("reunion", "reunions", "format", "formule");
    private static final Set<String> FORMAT_ADJECTIVES = Set.of("informelle", "informel", "informelles", "ministerielle",
            "ministeriel", "annuelle", "extraordinaire", "restreinte", "restreint", "elargie", "elargi");
    private static final Set<String> OPENING_QUOTES = Set.of("«", "\"", "“", "‹", "'");

    /**
     * One word named as a meeting's format (`un Gymnich`, `le « Gymnich »`, `la réunion Gymnich`, `au format X`):
     * a determiner never opens a person's lone name (a nationality noun or title would stand there), and a word set
     * right after `réunion` / `format` without a preposition is what the meeting is called, not a place or a person.
     */
    static boolean namesAMeetingFormat(List<Token> toks, int first, EntityType type) {
        int k = first - 1;
        while (k >= 0 && OPENING_QUOTES.contains(toks.get(k).word())) {
            k--;
        }
        if (k > 0 && Set.of("dit", "dite", "dits", "dites").contains(Words.fold(toks.get(k)))
                && FORMAT_NOUNS.contains(Words.fold(toks.get(k - 1)))) {
            k--; // `au format dit « Normandie »`
        }
        boolean quoted = k < first - 1;
        if (k < 0) {
            return false;
        }
        String before = Words.fold(toks.get(k));
        if (k > 0 && FORMAT_ADJECTIVES.contains(Words.fold(toks.get(k))) && FORMAT_NOUNS.contains(Words.fold(toks.get(k - 1)))) {
            before = Words.fold(toks.get(k - 1)); // `la réunion informelle « Gymnich »`: one adjective between
        }
        boolean placeOrPerson = type == EntityType.PERSON || type == EntityType.LOCATION;
        return type == EntityType.PERSON && NAME_DETERMINERS.contains(before)
                || placeOrPerson && quoted && NAME_DETERMINERS.contains(before) // `le « Gymnich »`: a label in quotes
                || placeOrPerson && FORMAT_NOUNS.contains(before);
    }

    /** One initial (`S`, `E.`) or several glued (`E.M.`, `S.E`): the tokenizer splits `S. E.M.` unevenly. */
    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.)*\\p{Lu}\\.?");

    /**
     * `S. E. M. Paul X`, `S. E. Mme Awa Y`, `S.E. M Paul X`, `S. E.M. Paul X`: a communiqué's honorific written as
     * initials with spaces (one token per letter or a few glued, with or without their dots) is a title (`S.E.M.` in the title list), not part of the name.
     * Returns the index after the longest such honorific at {@code first}, or {@code first}; the words after it
     * (`Mme`, `Prof.`) are trimmed as titles by the caller.
     */
    int afterSpacedHonorific(List<Token> toks, int first, int end) {
        StringBuilder letters = new StringBuilder();
        int after = first;
        int k = honorificStart(toks, first);
        while (k < end) { // a span that is only the honorific (`S. E.` tagged as a place) ends up empty: no entity
            String w = toks.get(k).word();
            if (!INITIAL.matcher(w).matches()) {
                break;
            }
            for (int c = 0; c < w.length(); c++) {
                if (Character.isUpperCase(w.charAt(c))) {
                    letters.append(Character.toLowerCase(w.charAt(c))).append('.');
                }
            }
            k++;
            if (k < end && toks.get(k).word().equals(".")) {
                k++;
            }
            if (letters.length() > 2 && k > first && dict.isTitle(letters.toString())) {
                after = k;
            }
        }
        return after;
    }

    /** Where the initials right before {@code first} begin: the tagger may leave `S.` out of `S. E.M. Paul X`. */
    private static int honorificStart(List<Token> toks, int first) {
        int start = first;
        while (start > 0 && first - start < 4) {
            int k = start - 1;
            if (toks.get(k).word().equals(".") && k > 0) {
                k--;
            }
            if (!INITIAL.matcher(toks.get(k).word()).matches()) {
                break;
            }
            start = k;
        }
        return start;
    }

    /** The span's first word is a lower-case family noun's name: `la dynastie X`, `une famille X`, `du clan X`. */
    private boolean afterAFamilyNoun(List<Token> toks, int first) {
        if (first < 2) {
            return false;
        }
        Token noun = toks.get(first - 1);
        return Words.isLowerWord(noun) && dict.familyNouns.containsWord(noun)
                && FAMILY_DETERMINERS.contains(Words.fold(toks.get(first - 2)));
    }

    private static final Set<String> FAMILY_DETERMINERS = Set.of("la", "le", "les", "l'", "une", "un", "sa", "son", "ses",
            "leur", "cette", "ce", "du", "de", "des", "d'");

    /**
     * A capitalised noun of a state's organs or titles (`dict/state_nouns.txt`: `État`, `Gouvernement`) followed by
     * lower-case words only (`État africains`): the noun of `chefs d'État` and its adjective, which names no one.
     */
    private boolean stateNounAndAdjectives(List<Token> toks, int first, int end) {
        Token head = toks.get(first);
        if (!head.isCapitalized() || Words.isAllCaps(head.word()) || !dict.stateNouns.contains(head.word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int k = first + 1; k < end; k++) {
            if (!Words.isLowerWord(toks.get(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean allCommon(List<Token> toks, int first, int end) {
        for (int k = first; k < end; k++) {
            Token t = toks.get(k);
            if (!Words.isPunctuation(t) && !dict.commonWords.containsWord(t) && !Words.FUNCTION.contains(Words.fold(t))) {
                return false;
            }
        }
        return true;
    }

    /** Also after a demonym of any ending (`le ministre turc des Affaires étrangères`, `grec`, `allemand`, `qatari`). */
    private boolean isPortfolio(List<Token> toks, int first) {
        int k = first - 1;
        boolean sawPreposition = false;
        while (k >= 0 && Set.of("de", "des", "du", "d'", "l'", "la").contains(Words.fold(toks.get(k)))) {
            sawPreposition = true;
            k--;
        }
        if (k >= 0 && Set.of("aux", "au", "a").contains(Words.fold(toks.get(k)))) {
            // `ministre délégué aux Affaires africaines`, `ministre d'État aux Affaires étrangères`, `secrétaire d'État à
            // la Mer`: right after the title, `délégué` or `d'État` only (not `Les ministres ont siégé au X`)
            k--;
            if (k >= 0 && Set.of("delegue", "deleguee", "delegues", "deleguees").contains(Words.fold(toks.get(k)))) {
                k--;
            }
            if (k >= 2 && Words.fold(toks.get(k)).equals("etat") && Set.of("d'", "de").contains(Words.fold(toks.get(k - 1)))) {
                k -= 2;
            }
            return k >= 0 && introducesAPortfolio(toks.get(k));
        }
        // `ministre de l'Environnement et de la Transition écologique`: walk back over the earlier items
        for (int items = 0; items < 3 && sawPreposition && k > 0 && Set.of("et", ",").contains(Words.fold(toks.get(k))); items++) {
            int j = k - 1;
            while (j >= 0 && (toks.get(j).isCapitalized() || Words.isLowerWord(toks.get(j)) && dictAdjective(toks.get(j))
                    && !Set.of("de", "des", "du", "la").contains(Words.fold(toks.get(j)))) && k - j < 5) {
                j--;
            }
            if (j == k - 1 || j < 0 || !Set.of("de", "des", "du", "d'", "l'", "la").contains(Words.fold(toks.get(j)))) {
                break;
            }
            while (j >= 0 && Set.of("de", "des", "du", "d'", "l'", "la").contains(Words.fold(toks.get(j)))) {
                j--;
            }
            k = j;
        }
        while (k >= 0 && Words.isLowerWord(toks.get(k)) && !introducesAPortfolio(toks.get(k))
                && first - k < 5 && (dictAdjective(toks.get(k)) || dict.isDemonym(Words.fold(toks.get(k))))) {
            k--;
        }
        return sawPreposition && k >= 0 && introducesAPortfolio(toks.get(k));
    }

    /** (h32-precision) `ministre`, also with a prefix of rank (`vice-ministre`, `ex-ministre`, `vice-secrétaire`). */
    private static boolean introducesAPortfolio(Token t) {
        String w = Words.fold(t).replace(' ', '-'); // folding may turn the hyphen into a space
        int dash = w.indexOf('-');
        return PORTFOLIO_INTRODUCERS.contains(w) || dash > 0 && Set.of("vice", "ex", "sous").contains(w.substring(0, dash))
                && PORTFOLIO_INTRODUCERS.contains(w.substring(dash + 1));
    }

    /** Words that may sit between `ministre` and its portfolio: `ministre chilienne de l'Environnement`. */
    private static boolean dictAdjective(Token t) {
        String w = Words.fold(t);
        return w.endsWith("e") || w.endsWith("s") || w.endsWith("n") || w.endsWith("l") || w.endsWith("t");
    }

    private boolean containsTitle(List<Token> toks, int first, int end) {
        for (int k = first; k < end; k++) {
            if (Words.isLowerWord(toks.get(k)) && isTitleWord(toks.get(k)) && !ADJECTIVAL_TITLES.contains(Words.fold(toks.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /** `Chine-CCG`: a state or body, a hyphen, and another party the dictionaries know or a capitalised name. */
    private boolean pairsTwoParties(String word) {
        int dash = word.indexOf('-');
        if (dash <= 0 || dash == word.length() - 1 || !Character.isUpperCase(word.codePointAt(dash + 1))) {
            return false;
        }
        if (!dict.lookup(TextFolding.fold(word)).isEmpty()) {
            return false;
        }
        var left = dict.lookup(TextFolding.fold(word.substring(0, dash)));
        var right = dict.lookup(TextFolding.fold(word.substring(dash + 1)));
        boolean leftParty = left.stream().anyMatch(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION);
        return leftParty || !left.isEmpty() && !right.isEmpty();
    }

    /** `Néerlandais`, `l'Italienne`: a capitalised nationality noun, after its elided article or not. */
    private boolean isNationalityNoun(Token t) {
        String w = t.word().replace('’', '\'');
        int apos = w.indexOf('\'');
        String noun = apos > 0 && apos < 3 ? w.substring(apos + 1) : w;
        return !noun.isEmpty() && Character.isUpperCase(noun.codePointAt(0)) && isDemonymNoun(noun);
    }

    boolean isDemonymNoun(String surface) {
        String f = TextFolding.fold(surface);
        for (var e : dict.lookup(f)) {
            if (e.kind() == org.summitcoverage.dict.Kind.DEMONYM) {
                return true;
            }
        }
        // peoples, and the demonyms two states share (so the country list leaves them out): `le Congolais X`
        return PEOPLES.matcher(f).matches();
    }

    /**
     * (h32-precision) A capitalised `Le` / `Lê` inside a sentence, right before a capitalised name, is no article but the
     * first word of the name: a Vietnamese family name (`le secrétaire général, Le Luong Minh`, `Lê Hoai Trung`) or a
     * Breton one (`M. Le Drian`). An article is capitalised only where a sentence, a line or a quotation opens.
     */
    private boolean isNameParticleLe(String text, List<Token> toks, int first, int end) {
        String w = toks.get(first).word();
        if (!(w.equals("Le") || w.equals("Lê")) || first == 0 || first + 1 >= end) {
            return false;
        }
        Token before = toks.get(first - 1);
        if (Set.of(".", ":", "«", "\"", "“", "(", "-", "–", "—", "!", "?", "…").contains(before.word())
                || text.substring(before.end(), toks.get(first).start()).indexOf('\n') >= 0) {
            return false;
        }
        Token next = toks.get(first + 1);
        return next.isCapitalized() && !isTitleWord(next) && !dict.commonWords.containsWord(next)
                && !dict.titles.containsWord(next);
    }

    /** How far before a name, past its comma, the title it is in apposition to may start (`secrétaire général de l'ASEAN,`). */
    private static final int TITLE_TO_NAME = 7;

    /** A title word right before {@code first}, or before the comma right before it within {@link #TITLE_TO_NAME} words. */
    private boolean titleRightBefore(List<Token> toks, int first) {
        if (first > 0 && isTitleWord(toks.get(first - 1))) {
            return true;
        }
        if (first < 2 || !toks.get(first - 1).word().equals(",")) {
            return false;
        }
        for (int k = first - 2; k >= Math.max(0, first - TITLE_TO_NAME); k--) {
            if (Words.isPunctuation(toks.get(k))) {
                return false;
            }
            if (isTitleWord(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Name particles a lower-case article may follow inside a name (`Fernando de la Fuente`). */
    private static final Set<String> ARTICLE_PARTICLES = Set.of("de", "d'", "del", "della", "van", "von");

    /**
     * (h42-entites9) `Mahamadou X l'ancien Président du Niger`, an apposition without its comma: a lower-case article
     * then a title (at most one lower-case adjective between) opens the person's title, not the rest of the name.
     */
    private int beforeTitleAfterTheName(List<Token> toks, int first, int end) {
        for (int k = first + 2; k + 1 < end; k++) {
            Token t = toks.get(k);
            if (!Words.isLowerWord(t) || !Set.of("l'", "le", "la", "les").contains(Words.fold(t))
                    || ARTICLE_PARTICLES.contains(Words.fold(toks.get(k - 1)))) {
                continue;
            }
            if (isTitleWord(toks.get(k + 1)) || k + 2 < end && Words.isLowerWord(toks.get(k + 1))
                    && isTitleWord(toks.get(k + 2))) {
                return k;
            }
        }
        return end;
    }

    /**
     * (h52-entites18) Endings of French finite verbs that no name ends on: the future's and the conditional's third person
     * plural (`Manqueront`, `Participeront`, `Assisteraient`).
     */
    private static final java.util.regex.Pattern INFLECTED_VERB = java.util.regex.Pattern.compile("\\p{L}{3,}(?:ront|raient)");

    /**
     * A capitalised word that opens the sentence with a future's or a conditional's plural ending, a lower-case word
     * right after it (`Manqueront aussi à l'appel le président X`, `Participeront au sommet …`): the inverted verb of a
     * sentence whose subject follows, no place, body or person.
     */
    private static boolean inflectedVerbBeforeLowerWord(List<Token> toks, int k) {
        return k + 1 < toks.size() && INFLECTED_VERB.matcher(toks.get(k).word()).matches()
                && Words.isLowerWord(toks.get(k + 1));
    }

    /** Words that open a title's complement: `Président de la République`, `Roi du Maroc`, `Émir des …`. */
    private static final Set<String> TITLE_COMPLEMENT = Set.of("de", "d'", "du", "des");

    /**
     * (h52-entites18) `Ibrahim Boubacar Président de la République`, `X Y Premier ministre du Mali`: a capitalised title
     * after the name, with its own title words and then its `de` complement, opens the person's title written without
     * an article or a comma; the name ends before it. Only a title word after at least one word of the name, and only
     * before `de`/`du`/`des`/`d'`, so that an honorific that is a first name (`Cheikh Tidiane X`) stays in the name.
     */
    private int beforeCapitalTitleOfAState(List<Token> toks, int first, int end) {
        for (int k = first + 1; k + 1 < end; k++) {
            Token t = toks.get(k);
            if (!t.isCapitalized() || !isTitleWord(t) || HONORIFIC_FIRST_NAMES.contains(Words.fold(t))
                    || Words.isPunctuation(t)) {
                continue;
            }
            int j = k + 1;
            while (j < end && Words.isLowerWord(toks.get(j)) && isTitleWord(toks.get(j))) {
                j++; // `Premier ministre`, `Secrétaire général`
            }
            if (j < end && TITLE_COMPLEMENT.contains(Words.fold(toks.get(j)))
                    && (j > k + 1 || !ADJECTIVAL_TITLES.contains(Words.fold(t)))) {
                return k;
            }
        }
        return end;
    }

    private boolean isTitleWord(Token t) {
        return dict.isTitle(t.word());
    }

    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "da", "di", "del", "al", "el",
            "ben", "bin");

    /** Title words that are adjectives and open bodies too (`Haut-Commissariat`, `Premier League`, `Royal Air Maroc`). */
    private static final Set<String> ADJECTIVAL_TITLES = Set.of("haut", "haute", "general", "generale", "special",
            "speciale", "premier", "premiere", "grand", "grande", "royal", "royale");

    /**
     * Honorifics that are also first names in West Africa (`Cheikh Tidiane X`, `Pape Diouf`): a title in lower case,
     * after an article (`le Pape François`) or before an Arabic filiation.
     */
    private static final Set<String> HONORIFIC_FIRST_NAMES = Set.of("cheikh", "cheick", "sheikh", "pape", "sultan");
    /**
     * Communiqués' honorifics written in capitals without dots (`SE` Son Excellence, `SM` Sa Majesté, `SAR` Son Altesse
     * Royale, `SEM`, `SAS`): only in this written case, since `se` is also a pronoun.
     */
    private static final Set<String> CAPITAL_HONORIFICS = Set.of("SE", "SM", "SAR", "SEM", "SAS", "SEMme");
    private static final Set<String> FILIATION = Set.of("ben", "bin", "ibn", "bint");

    /**
     * `Président de la République SEM Issoufou Mahamadou`: a communiqué's honorific in capitals inside a person's span
     * ends the title the tagger took in; the name is what follows it (when at least one word does).
     */
    private static int afterInnerCapitalHonorific(List<Token> toks, int first, int end) {
        for (int k = end - 2; k > first; k--) {
            if (CAPITAL_HONORIFICS.contains(toks.get(k).word())) {
                return k + 1;
            }
        }
        return first;
    }

    /**
     * A title or honorific opening a span (`S.E.M.`, `Prof`, `cardinal`, `Cheikh`). A capitalised `Cheikh` is a
     * title only before a name with a filiation (`Cheikh Tamim ben Hamad`) or a Gulf family name in `Al` (`Cheikh
     * Sabah Al-Ahmad Al-Sabah`, `Cheikh Nasser Al Thani`), since it is also a first name (`Cheikh Tidiane X`); a
     * filiation right after it (`Sultan Bin Saad Al Muraikhi`) leaves no given name but the honorific itself.
     */
    private boolean isLeadingTitle(List<Token> toks, int first, int end) {
        Token t = toks.get(first);
        if (CAPITAL_HONORIFICS.contains(t.word())) {
            return true; // `SE le Président X`, `SM le Roi Y`: the honorific without its dots
        }
        if (!isTitleWord(t)) {
            return false;
        }
        if (HONORIFIC_FIRST_NAMES.contains(Words.fold(t)) && t.isCapitalized()
                && !(first > 0 && Set.of("le", "la", "l'").contains(Words.fold(toks.get(first - 1))))) {
            for (int k = first + 1; k < end; k++) {
                String w = Words.fold(toks.get(k));
                if (k == first + 1 && FILIATION.contains(w)) {
                    return false; // (h21-gulf) `Sultan Bin Saad Al X`: a filiation right after the word makes it the given name
                }
                if (FILIATION.contains(w) || k > first + 1 && (w.equals("al") || w.startsWith("al "))) {
                    return true; // `Cheikh Tamim ben Hamad`, `Cheikh Sabah Al-Khalid Al-Sabah`: a Gulf ruler's family name
                }
            }
            return false;
        }
        return true;
    }

    /**
     * (h46-entites13) `Mohammed bin Salman`, `Hamad ben Issa Al Khalifa`: a filiation word between two capitalised words
     * inside a span (not opening it: `Ben Arous`, `Ben Guerdane` are towns) makes an Arabic name, a person; the tagger
     * often reads it as a place when it follows the person's state (`le prince héritier d'Arabie saoudite X bin Y`).
     */
    /** A site noun opening the span or right before it (`la rue Mohamed Ben Abdallah`, `Mosquée Hassan II`). */
    private boolean namedSite(List<Token> toks, int first) {
        return dict.siteNouns.containsWord(toks.get(first)) || dict.venueHeads.containsWord(toks.get(first))
                || first > 0 && (dict.siteNouns.containsWord(toks.get(first - 1))
                || dict.venueHeads.containsWord(toks.get(first - 1))
                || dict.placeNouns.containsWord(toks.get(first - 1)));
    }

    private static boolean holdsAFiliation(List<Token> toks, int first, int end) {
        for (int k = first + 1; k + 1 < end; k++) {
            if (FILIATION.contains(Words.fold(toks.get(k))) && toks.get(k - 1).isCapitalized()
                    && toks.get(k + 1).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h46-entites13) `le Sultan d'Oman`, `au Cheikh du Koweït`: an honorific that is also a given name, alone, right
     * before `de` / `d'` / `du` and a capitalised word, is the title a ruler holds of that state or place; a given name is
     * followed by the rest of the name, not by `de` (`Cheikh Tidiane X`, `Sultan Bin Saad`).
     */
    private static boolean honorificOfAState(List<Token> toks, int k) {
        return HONORIFIC_FIRST_NAMES.contains(Words.fold(toks.get(k))) && k + 2 < toks.size()
                && Set.of("de", "d'", "du").contains(Words.fold(toks.get(k + 1))) && toks.get(k + 2).isCapitalized();
    }

    /**
     * `l'OMS Afrique`, `l'UNICEF Europe`: a continent or region right after a body's acronym names the body's regional
     * office, so it opens no person's name after it.
     */
    static boolean regionalOffice(Dictionaries dict, List<Token> toks, int first) {
        return first > 0 && isAcronym(toks.get(first - 1)) && isContinentOrRegion(dict, toks.get(first));
    }

    private static boolean isAcronym(Token t) {
        String w = t.word();
        return w.length() >= 2 && Words.isAllCaps(w) && w.chars().allMatch(Character::isLetter);
    }

    /**
     * `et de Patrice Talon du Bénin`, `Adama Barrow de la Gambie`: the tagger runs the person on into `du` + the state
     * he comes from. At least two words of name before `du` / `de` / `d'`, and the rest a country of the dictionary
     * (after `la` / `l'`), end the name at the linker; a particle name (`Joachim du Bellay`) names no country.
     */
    private int beforeCountryOfOrigin(String text, List<Token> toks, int first, int end) {
        for (int j = first + 2; j < end - 1; j++) {
            if (!Set.of("du", "de", "d'", "des").contains(Words.fold(toks.get(j)))) {
                continue;
            }
            int k = j + 1;
            if (k < end - 1 && Set.of("la", "l'", "le", "les").contains(Words.fold(toks.get(k)))) { // `du` may be split
                k++;
            }
            String rest = text.substring(toks.get(k).start(), toks.get(end - 1).end());
            for (org.summitcoverage.dict.DictEntry e : dict.lookup(TextFolding.fold(rest))) {
                if (e.type() == EntityType.COUNTRY) { // after `du` / `de la`, even a form needing context (`Bénin`)
                    return j;
                }
            }
        }
        return end;
    }

    /**
     * (h57-entites23) `Ali Traoré MALI Ali Traoré`: a photo caption names the person, then the country in capitals
     * (and the name again); a country written in capitals is not part of a name, so the name ends before it.
     */
    private int beforeCountryInCapitals(List<Token> toks, int first, int end) {
        for (int j = first + 1; j < end; j++) {
            String w = toks.get(j).word();
            if (w.length() >= 3 && Words.isAllCaps(w) && isCountryWord(w)) {
                return j;
            }
        }
        return end;
    }

    private boolean isCountryWord(String w) {
        for (org.summitcoverage.dict.DictEntry e : dict.lookup(TextFolding.fold(w))) {
            if (e.type() == EntityType.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /** `Twitter`, `Reuters`: one capitalised word that alone is a body of the dictionary (never a first name there). */
    private boolean isDictionaryBody(Token t) {
        if (!t.isCapitalized() || dict.firstNameWords.containsWord(t)) {
            return false;
        }
        for (org.summitcoverage.dict.DictEntry e : dict.lookup(t.folded())) {
            if (e.type() == EntityType.ORGANIZATION && !e.ambiguous()) {
                return true;
            }
        }
        return false;
    }

    /** `Afrique`, `Europe`, `Sahel`: a continent or region of the place list (a place of no single state). */
    private static boolean isContinentOrRegion(Dictionaries dict, Token t) {
        if (!t.isCapitalized()) {
            return false;
        }
        for (org.summitcoverage.dict.DictEntry e : dict.lookup(t.folded())) {
            if (e.type() == EntityType.LOCATION && e.countryCode().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** After a title: `des Affaires étrangères et de la Coopération` is the portfolio, not a name. */
    /**
     * (h28-afrique) `le ministre des Affaires Etrangères Awa Ndiaye`, `le ministre de l'Economie et des Finances Paul
     * X`: a portfolio written in capitals runs into the name, and the tagger makes one person of both. Right after a
     * minister's `de` / `des`, the span's leading common words and their linkers are the portfolio, not the name; at
     * least two words of name must stay (a portfolio with no name after it is left to the other readings).
     */
    private int afterCapitalisedPortfolio(List<Token> toks, int first, int end) {
        if (!isPortfolio(toks, first)) {
            return first;
        }
        int k = first;
        while (k < end && (dict.commonWords.containsWord(toks.get(k)) && toks.get(k).isCapitalized()
                || k > first && PORTFOLIO_LINKS.contains(Words.fold(toks.get(k)))
                || k > first && Words.isLowerWord(toks.get(k)) && dictAdjective(toks.get(k)))) {
            // (h32-precision) past the portfolio's adjective too: `Affaires étrangères Bùi Thanh Son`
            k++;
        }
        while (k > first && PORTFOLIO_LINKS.contains(Words.fold(toks.get(k - 1)))) {
            k--; // a linker is never the name's first word
        }
        return k > first && end - k >= 2 && toks.get(k).isCapitalized() ? k : first;
    }

    private static final Set<String> PORTFOLIO_LINKS = Set.of("et", "de", "des", "du", "d'", "l'", "la", "à", "a", "aux");

    private static boolean isPortfolioRest(List<Token> toks, int first) {
        return first > 0 && Set.of("de", "des", "du", "d'", "l'", "la").contains(Words.fold(toks.get(first - 1)));
    }

    static String base(String ner) {
        if (ner == null || ner.isEmpty() || ner.equals("O")) {
            return "";
        }
        return ner.startsWith("I-") || ner.startsWith("B-") ? ner.substring(2) : ner;
    }
}
