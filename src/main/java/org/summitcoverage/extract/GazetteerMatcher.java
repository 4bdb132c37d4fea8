package org.summitcoverage.extract;

import org.summitcoverage.dict.DictEntry;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.Kind;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds dictionary entities in a sentence, longest match first, and decides from the context how each
 * form counts: a demonym only after a state noun, a capital as the government when it acts and as a
 * place otherwise, an ambiguous name only where nothing else could be meant.
 */
final class GazetteerMatcher {
    private static final Set<String> GOVERNMENT_INTRODUCERS = Set.of("selon", "pour", "côté", "sans", "ni");
    /** Words before a capital that make it a place. */
    private static final Set<String> PLACE_WORDS = Set.of("à", "au", "aux", "dans", "depuis", "vers", "en", "près",
            "jusqu'à", "via", "sur", "sous", "devant", "hors", "chez", "de", "d'", "du", "des", "environs", "autour",
            // a capital one leaves or reaches is the city: `a quitté Washington dimanche`
            "quitté", "quittait", "quitter", "quitte", "rejoint", "rejoindre", "regagné", "regagner", "visité", "visiter");
    /** Nouns after which `de` + capital names a government's act, not a place. */
    private static final Set<String> GOVERNMENT_NOUNS = Set.of("délégation", "délégations", "critiques", "critique",
            "position", "positions", "réaction", "refus", "soutien", "décision", "appel", "demande", "pression",
            "pressions", "veto", "proposition", "annonce", "message", "représentant", "représentants", "émissaire",
            "émissaires", "gouvernement", "diplomatie", "autorités", "reproches", "colère", "objections", "réserves",
            "opposition", "feu", "absence", "retrait", "revirement", "porte-parole", "part", "côté", "envoyé",
            "envoyés", "ministre", "ministres", "président", "dirigeants", "hostilité", "influence", "intransigeance",
            // `les alliés de Washington`: the government one sides with
            "allié", "alliés", "alliée", "alliées");
    /** Nouns after which `à` or `contre` + capital names the government a measure targets: `des sanctions à Moscou`. */
    private static final Set<String> MEASURE_NOUNS = Set.of("sanctions", "sanction", "soutien", "aide", "livraisons",
            "ultimatum", "avertissement", "message", "lettre", "demande", "reproche", "reproches");
    private static final String[] NO_KEYS = new String[0];
    private final Dictionaries dict;

    GazetteerMatcher(Dictionaries dict) {
        this.dict = dict;
        List<Map.Entry<String, DictEntry>> names = new ArrayList<>();
        dict.allForms().forEach((form, entries) -> entries.stream()
                .filter(e -> e.type() == EntityType.COUNTRY && e.kind() == Kind.NAME && !e.ambiguous())
                .forEach(e -> names.add(Map.entry(form, e))));
        this.countryNames = List.copyOf(names); // built once: the matcher is shared by the worker threads
        List<Map.Entry<String, DictEntry>> demonyms = new ArrayList<>();
        dict.allForms().forEach((form, entries) -> entries.stream()
                .filter(e -> e.type() == EntityType.COUNTRY && e.kind() == Kind.DEMONYM && !e.ambiguous())
                .forEach(e -> demonyms.add(Map.entry(form, e))));
        this.countryDemonyms = List.copyOf(demonyms);
    }

    List<Candidate> match(String text, Sentence sentence) {
        List<Token> toks = sentence.tokens();
        List<Candidate> out = new ArrayList<>();
        int maxLen = Math.min(dict.longestFormTokens() + 1, 16);
        // Each token is folded once; a span's key is built from them (folding is the costly step).
        String[] folded = new String[toks.size()];
        for (int k = 0; k < toks.size(); k++) {
            folded[k] = toks.get(k).folded();
        }
        int i = 0;
        while (i < toks.size()) {
            Candidate found = null;
            int afterElision = elisionEnd(toks.get(i));
            String head = afterElision > 0 ? TextFolding.fold(text.substring(afterElision, toks.get(i).end())) : null;
            boolean canStart = dict.startsSomeForm(Dictionaries.firstWord(folded[i]))
                    || head != null && dict.startsSomeForm(Dictionaries.firstWord(head));
            // Longest first, as before; lengths whose key can be no form are not tried (they would all fail).
            String[] keys = canStart ? FormKeys.reachable(dict, toks, folded, i, maxLen, null) : NO_KEYS;
            String[] headKeys = canStart && head != null ? FormKeys.reachable(dict, toks, folded, i, maxLen, head) : NO_KEYS;
            for (int len = Math.max(keys.length, headKeys.length); len >= 1 && found == null; len--) {
                if (len <= keys.length) {
                    found = tryMatch(text, sentence, i, i + len, toks.get(i).start(), keys[len - 1]);
                }
                if (found == null && len <= headKeys.length) {
                    found = tryMatch(text, sentence, i, i + len, afterElision, headKeys[len - 1]);
                }
            }
            if (found == null) {
                found = misspeltCountry(text, sentence, folded, i);
            }
            if (found == null) {
                found = misspeltNationalityNoun(text, sentence, folded, i);
            }
            if (found != null) {
                out.add(found);
                i = found.endToken();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The shortest misspelt name read (the state's own name one letter shorter at least): shorter words are too close to others. */
    private static final int MIN_MISSPELT_NAME = 6;
    private static final Set<String> ARTICLES_BEFORE_A_STATE = Set.of("le", "la", "l'", "du", "au");
    private static final Set<String> STATE_NAME_LINKERS = Set.of("d'", "d’", "de");
    private final List<Map.Entry<String, DictEntry>> countryNames;

    /**
     * (h36-entites4) `le Birkina Faso`, `la Tanzanei`: after an article, a capitalised word (or two) no dictionary knows
     * that is one letter away from the name of exactly one state is that state, not a place or a person the tagger
     * makes of the typo.
     */
    private Candidate misspeltCountry(String text, Sentence s, String[] folded, int i) {
        List<Token> toks = s.tokens();
        if (i == 0 || !ARTICLES_BEFORE_A_STATE.contains(lower(toks.get(i - 1))) || !toks.get(i).isCapitalized()
                || !dict.lookup(folded[i]).isEmpty() || dict.commonWords.containsWord(toks.get(i))) {
            return null;
        }
        for (int len = Math.min(3, toks.size() - i); len >= 1; len--) {
            if (len == 2 && !toks.get(i + 1).isCapitalized()) {
                continue;
            }
            // (h38-entites5) `la Cote d'Ivoir`: two capitalised words joined by `de` / `d'`, like the state's own name
            if (len == 3 && !(STATE_NAME_LINKERS.contains(lower(toks.get(i + 1))) && toks.get(i + 2).isCapitalized())) {
                continue;
            }
            String key = key(toks, folded, i, i + len, null);
            if (key.length() < MIN_MISSPELT_NAME) {
                continue;
            }
            DictEntry only = null;
            for (Map.Entry<String, DictEntry> n : countryNames) {
                if (n.getKey().length() >= MIN_MISSPELT_NAME - 1 && oneEditApart(key, n.getKey())) {
                    if (only != null && !only.entityId().equals(n.getValue().entityId())) {
                        return null;
                    }
                    only = n.getValue();
                }
            }
            if (only != null) {
                int startChar = toks.get(i).start();
                int endChar = toks.get(i + len - 1).end();
                return candidate(only, s, i, i + len, startChar, endChar, text.substring(startChar, endChar),
                        nerLabel(toks, i, i + len), "rule");
            }
        }
        return null;
    }

    private final List<Map.Entry<String, DictEntry>> countryDemonyms;
    /** The shortest misspelt nationality noun read: shorter ones are too close to other words. */
    private static final int MIN_MISSPELT_DEMONYM = 7;

    /**
     * (h42-entites9) `l'Egypien, Ali X`, `le Camerounias Paul Y`: after an article, a capitalised word no dictionary or
     * word list knows, followed by a comma or a capitalised name, one letter away from the demonym of exactly one state,
     * is that state's nationality noun (COUNTRY), not a person the tagger makes of the typo.
     */
    private Candidate misspeltNationalityNoun(String text, Sentence s, String[] folded, int i) {
        List<Token> toks = s.tokens();
        if (i == 0 || i + 1 >= toks.size() || !Set.of("le", "la", "l'").contains(lower(toks.get(i - 1)))
                || !toks.get(i).isCapitalized() || Words.isAllCaps(toks.get(i).word())
                || folded[i].length() < MIN_MISSPELT_DEMONYM || !dict.lookup(folded[i]).isEmpty()
                || dict.commonWords.containsWord(toks.get(i))
                || !(toks.get(i + 1).word().equals(",") || toks.get(i + 1).isCapitalized())) {
            return null;
        }
        String only = null;
        for (Map.Entry<String, DictEntry> d : countryDemonyms) {
            if (oneEditApart(folded[i], d.getKey())) {
                if (only != null && !only.equals(d.getValue().entityId())) {
                    return null;
                }
                only = d.getValue().entityId();
            }
        }
        if (only == null) {
            return null;
        }
        for (Map.Entry<String, DictEntry> n : countryNames) {
            if (n.getValue().entityId().equals(only)) {
                Token t = toks.get(i);
                return candidate(n.getValue(), s, i, i + 1, t.start(), t.end(), text.substring(t.start(), t.end()),
                        nerLabel(toks, i, i + 1), "rule");
            }
        }
        return null;
    }

    /** One letter replaced, added or dropped (the strings differ). */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** The folded key of tokens [first, end): folded tokens joined by a space where the text has whitespace. */
    static String key(List<Token> toks, String[] folded, int first, int end, String firstReplacement) {
        StringBuilder sb = new StringBuilder(firstReplacement != null ? firstReplacement : folded[first]);
        for (int k = first + 1; k < end; k++) {
            if (toks.get(k).start() > toks.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(folded[k]);
        }
        return sb.toString().strip();
    }

    private Candidate tryMatch(String text, Sentence s, int first, int end, int startChar, String key) {
        List<Token> toks = s.tokens();
        if (Words.isPunctuation(toks.get(end - 1))) {
            return null; // folding turns dashes into spaces: `VIENTIANE –` must not match as `Vientiane`
        }
        int endChar = toks.get(end - 1).end();
        if (startChar >= endChar) {
            return null;
        }
        List<DictEntry> entries = dict.lookup(key);
        if (entries.isEmpty()) {
            return null;
        }
        String surface = text.substring(startChar, endChar);
        String ner = nerLabel(toks, first, end);
        if (ner.equals("PER") && end < toks.size() && toks.get(end).isCapitalized()
                && NerSpanReader.base(toks.get(end).ner()).equals("PER") && !opensTitle(toks, end)
                && !namesStateBeforeItsLeader(entries, toks, first, startChar)
                && !outletOrBodyAcronym(entries, surface)
                && !bodyAfterAnArticle(entries, toks, first)
                && !(isDemonymOnly(entries) && (nationalityBeforeName(toks, first, end, startChar)
                || afterStateNounInCapitalStyle(toks, first, end) || afterPortfolioInCapitalStyle(toks, first, end)))) {
            return null; // the first name of a person: `Santiago Nguema Obono`, `Maurice Kamto`
        }
        DictEntry capitalAsPlace = null;
        for (DictEntry e : entries) {
            Candidate c = accept(e, surface, s, first, end, startChar, endChar, ner);
            if (c != null) {
                return c;
            }
            if (e.kind() == Kind.CAPITAL && Character.isUpperCase(surface.codePointAt(0))) {
                capitalAsPlace = e;
            }
        }
        if (capitalAsPlace != null && !(capitalAsPlace.ambiguous() && ner.equals("PER")) && !afterATitle(toks, first)) {
            // A capital that does not act is the city: `réunis à Paris`.
            String name = capitalizeFirst(surface);
            return new Candidate(EntityType.LOCATION, "location:" + TextFolding.slug(name), name,
                    capitalAsPlace.countryCode(), s.index(), first, end, startChar, endChar, surface, ner, "gazetteer");
        }
        return null;
    }

    /**
     * `a déclaré à RFI Awa X`, `a confié à Jeune Afrique Paul Y`, `selon l'ONU Ban Z`: a news outlet of the list, or a
     * body's acronym in capitals, that the tagger glued to the person after it is no first name; the person is the rest.
     */
    private boolean outletOrBodyAcronym(List<DictEntry> entries, String surface) {
        for (DictEntry e : entries) {
            if (dict.isMedia(e) || e.type() == EntityType.ORGANIZATION && e.kind() == Kind.ACRONYM
                    && surface.length() >= 3 && Words.isAllCaps(surface)) {
                return true;
            }
        }
        return false;
    }

    /** Articles, also joined to `de` / `à`, before which no first name stands (`la Cédéao Amadou X`). */
    private static final Set<String> ARTICLES_BEFORE_A_BODY = Set.of("la", "le", "les", "l'", "du", "des", "au", "aux");

    /**
     * (h43-entites10) `le médiateur de la Cédéao Amadou X`: a body (or a state) of the list after an article, that the
     * tagger glued to the person after it, is no first name (a given name takes no article); the person is the rest.
     */
    private static boolean bodyAfterAnArticle(List<DictEntry> entries, List<Token> toks, int first) {
        if (first == 0 || !ARTICLES_BEFORE_A_BODY.contains(lower(toks.get(first - 1)))) {
            return false;
        }
        for (DictEntry e : entries) {
            // (h63-ents) so is a state: `les présidents … du Bénin Patrice X, de la RCA …`
            if (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.COUNTRY && e.kind() != Kind.DEMONYM) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title or a communiqué's honorific at {@code k} (`… de la République du Bénin S. E. M. Roch X`, `… Mali Mme
     * Awa Y`): the name before it ends there, it is no first name of the person after.
     */
    private boolean opensTitle(List<Token> toks, int k) {
        String w = toks.get(k).word();
        if (dict.isTitle(w)) {
            return true;
        }
        int next = k + 1 < toks.size() && toks.get(k + 1).word().equals(".") ? k + 2 : k + 1;
        return (w.equals("S") || w.equals("S.")) && next < toks.size() && toks.get(next).word().matches("E\\.?");
    }

    private static String capitalizeFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    /**
     * (h36-entites4) `la fondation Bill and Melinda Gates`: a body's common head noun written in lower case, then the
     * capitalised name the dictionary form goes on with, to its last word (at least three words, so the name is one).
     */
    private static boolean lowercaseHeadBeforeName(DictEntry e, List<Token> toks, int first, int end) {
        return e.type() == EntityType.ORGANIZATION && e.kind() != Kind.ACRONYM && end - first >= 3
                && Words.isLowerWord(toks.get(first)) && toks.get(first).word().length() >= 5
                && toks.get(first + 1).isCapitalized() && toks.get(end - 1).isCapitalized();
    }

    /** Geographic head nouns the press writes in lower case before an island state's or territory's name. */
    private static final Set<String> ISLAND_HEADS = Set.of("ile", "iles", "archipel");

    /**
     * (h46-entites13) `les îles Cook`, `des îles Vierges britanniques`, `l'île Maurice`: French typography writes the
     * head noun of an island state's or territory's name in lower case; the dictionary's form opening on `Îles` / `Île`
     * is that state or territory when the word after the head is capitalised (the name proper), whatever it ends on.
     */
    private boolean lowercaseIslandHead(DictEntry e, List<Token> toks, int first, int end) {
        if (!((e.type() == EntityType.COUNTRY || e.type() == EntityType.LOCATION) && e.kind() != Kind.DEMONYM
                && end - first >= 2 && Words.isLowerWord(toks.get(first))
                && ISLAND_HEADS.contains(toks.get(first).folded())
                && toks.get(first + 1).isCapitalized())) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        for (int k = first + 1; k < end; k++) {
            rest.append(k > first + 1 && toks.get(k).start() > toks.get(k - 1).end() ? " " : "")
                    .append(toks.get(k).folded());
        }
        // `l'île Maurice`, `les îles Salomon`: the name without its head is a form of its own, read as before
        return dict.lookup(rest.toString()).stream().noneMatch(x -> x.entityId().equals(e.entityId()));
    }

    /**
     * (h57-entites23) `de côte d'Ivoire`, `la corée du Sud`: a state's name of several words whose first word a typo
     * wrote in lower case, its last word capitalised; the whole form is the state (the tagger read the last word alone
     * as a person).
     */
    private static boolean lowercaseHeadOfAStateName(DictEntry e, List<Token> toks, int first, int end) {
        return e.type() == EntityType.COUNTRY && e.kind() == Kind.NAME && !e.ambiguous() && end - first >= 2
                && Words.isLowerWord(toks.get(first)) && toks.get(first).word().length() >= 4
                && toks.get(end - 1).isCapitalized();
    }

    private Candidate accept(DictEntry e, String surface, Sentence s, int first, int end, int startChar, int endChar,
                             String ner) {
        List<Token> toks = s.tokens();
        boolean capitalized = Character.isUpperCase(surface.codePointAt(0)) || Character.isDigit(surface.charAt(0));
        if (e.type() == EntityType.LOCATION && end - first == 1 && afterATitle(toks, first)) {
            return null; // `la princesse héritière Victoria de Suède`: a first name, not the city of that name
        }
        if (e.type() == EntityType.LOCATION && end - first == 1 && NerSpanReader.namesAMeetingFormat(toks, first, e.type())) {
            return null; // `au format Normandie`, `la réunion « Weimar »`: the meeting's label, not the region or town
        }
        if (e.kind() == Kind.DEMONYM) {
            boolean standsForState = nationalityBeforeName(toks, first, end, startChar)
                    || !capitalized && (followsStateNoun(toks, first) || inDemonymCoordination(toks, first, end)
                    || followsPlaceNoun(toks, first) || followsMinisterPortfolio(toks, first))
                    || capitalized && (afterStateNounInCapitalStyle(toks, first, end)
                    || afterPortfolioInCapitalStyle(toks, first, end));
            return standsForState ? candidate(e, s, first, end, startChar, endChar, surface, ner, "rule") : null;
        }
        if (!capitalized && !e.lowercaseForm() && !lowercaseHeadBeforeName(e, toks, first, end)
                && !lowercaseIslandHead(e, toks, first, end) && !lowercaseHeadOfAStateName(e, toks, first, end)) {
            return null;
        }
        if (!e.lowercaseForm() && end - first > 1 && Words.ARTICLES.contains(lower(toks.get(first)))
                && Words.isLowerWord(toks.get(first + 1))) {
            return null; // `La réunion, sous format hybride, …`: a sentence-initial article, not `La Réunion`
        }
        if (e.kind() == Kind.ACRONYM && !(Words.isAllCaps(surface) || surface.length() >= 4)) {
            return null;
        }
        boolean sentenceInitial = first == 0 || Words.isPunctuation(toks.get(first - 1)) && first == 1;
        if (end - first == 1 && sentenceInitial && e.type() == EntityType.LOCATION
                && dict.commonWords.contains(surface)) {
            return null;
        }
        if (e.ambiguous() && e.type() == EntityType.COUNTRY && e.kind() != Kind.CAPITAL && meetingNamedAfterACity(toks, first, end)) {
            return null; // (h19-lists) `le sommet de Grenade`: the city of that name (locations.tsv), not the state
        }
        if (e.ambiguous() && e.kind() != Kind.CAPITAL && !clearlyNamed(e, toks, first, end, ner)
                && !(e.type() == EntityType.COUNTRY && inListOfStates(toks, first, end))) {
            return null;
        }
        if (e.ambiguous() && e.kind() == Kind.CAPITAL && ner.equals("PER") && end < toks.size()
                && toks.get(end).isCapitalized()) {
            return null; // `Washington Irving`: a name, whatever the capital
        }
        if (e.kind() == Kind.CAPITAL) {
            if (end < toks.size() && toks.get(end).isCapitalized() && !Words.isPunctuation(toks.get(end))
                    && Character.isLetter(toks.get(end).word().charAt(0))) {
                return null; // part of a longer name: `Santiago Cordero`, `Washington Irving`
            }
            if (afterATitle(toks, first)) {
                return null; // `la reine Victoria`, `la princesse héritière Victoria de Suède`: a first name, no capital
            }
            if (actsAsGovernment(toks, first, end)) {
                return candidate(e, s, first, end, startChar, endChar, surface, ner, "rule");
            }
            return null; // the place reading is handled by the location dictionary entry of the same name
        }
        if (e.kind() == Kind.METONYM) {
            if (first > 0 && Set.of("à", "au", "dans", "devant").contains(Words.fold(toks.get(first - 1)))) {
                return null;
            }
            return candidate(e, s, first, end, startChar, endChar, surface, ner, "rule");
        }
        return candidate(e, s, first, end, startChar, endChar, surface, ner, "gazetteer");
    }

    /** Nouns of meetings and texts whose `de` complement names the place they are named after. */
    private static final Set<String> NAMED_AFTER_A_CITY = Set.of("sommet", "conférence", "forum", "réunion", "rencontre",
            "session", "déclaration", "charte", "pacte", "traité", "convention", "protocole", "accords", "appel", "processus");

    /**
     * (h19-lists) A name of a state that is also a city's (`Grenade`, Granada in Spain), bare after `de` and a meeting or
     * text noun (`le sommet de Grenade`, `la déclaration de Grenade`): the meeting is named after the city, so the form is
     * the location entry of the same name; the state takes its article (`le sommet de la Grenade`).
     */
    private boolean meetingNamedAfterACity(List<Token> toks, int first, int end) {
        if (first < 2 || !Set.of("de", "d'").contains(lower(toks.get(first - 1)))
                || !NAMED_AFTER_A_CITY.contains(lower(toks.get(first - 2)))) {
            return false;
        }
        StringBuilder key = new StringBuilder();
        for (int k = first; k < end; k++) {
            key.append(k > first ? " " : "").append(toks.get(k).folded());
        }
        return dict.lookup(key.toString()).stream().anyMatch(x -> x.type() == EntityType.LOCATION);
    }

    /** A lower-case title right before: `la reine Victoria`, `la princesse héritière Victoria` name a person, not a city. */
    private boolean afterATitle(List<Token> toks, int first) {
        return first > 0 && Words.isLowerWord(toks.get(first - 1)) && dict.isTitle(lower(toks.get(first - 1)));
    }

    private Candidate candidate(DictEntry e, Sentence s, int first, int end, int startChar, int endChar,
                                String surface, String ner, String method) {
        return new Candidate(e.type(), e.entityId(), e.canonicalName(), e.countryCode(), s.index(), first, end,
                startChar, endChar, surface, ner, method);
    }

    /**
     * A nationality before a person's name stands for the state: `le Béninois Paul X`, `l'Ivoirienne Awa Y`,
     * `l'américain Donald X`. The article is singular, so `les Européens` (a people) does not pass, and the
     * next word opens a name.
     */
    /** The singular articles before a nationality used as a noun, with their contractions (`du`, `au`). */
    static final Set<String> NATIONALITY_ARTICLES = Set.of("le", "la", "l'", "du", "au");

    private static boolean nationalityBeforeName(List<Token> toks, int first, int end, int startChar) {
        boolean elided = startChar > toks.get(first).start();
        // (h56-entites22) `du Béninois Paul X`, `au Sénégalais Y`: the article contracted with `de` / `à` as well
        boolean article = elided || first > 0 && NATIONALITY_ARTICLES.contains(lower(toks.get(first - 1)));
        if (!article || end >= toks.size()) {
            return false;
        }
        Token next = toks.get(end);
        return next.isCapitalized() && !Words.isPunctuation(next) && Character.isLetter(next.word().charAt(0))
                && !(Words.isAllCaps(next.word()) && next.word().length() <= 4)
                && !NerSpanReader.base(next.ner()).equals("ORG"); // `l'américain Boeing`: a company, not the state
    }

    /**
     * A coordination of demonyms shares its noun, and each stands for its state when the first one would
     * (`les présidents égyptien, tunisien et comorien`) or when the noun is plural and the demonyms singular,
     * one state each (`les situations malienne, burkinabè et guinéenne`).
     */
    private boolean inDemonymCoordination(List<Token> toks, int first, int end) {
        int a = first;
        while (true) {
            if (a >= 2 && Set.of(",", "et", "ou").contains(lower(toks.get(a - 1))) && isLowerDemonym(toks.get(a - 2))) {
                a -= 2;
            } else if (appositionBefore(toks, a) >= 0) {
                a = appositionBefore(toks, a);
            } else if (bracketedNameBefore(toks, a) >= 0) {
                a = bracketedNameBefore(toks, a);
            } else {
                break;
            }
        }
        int b = end;
        while (true) {
            if (b + 1 < toks.size() && Set.of(",", "et", "ou").contains(lower(toks.get(b))) && isLowerDemonym(toks.get(b + 1))) {
                b += 2;
            } else if (appositionAfter(toks, b) >= 0) {
                b = appositionAfter(toks, b);
            } else if (bracketedNameAfter(toks, b) >= 0) {
                b = bracketedNameAfter(toks, b);
            } else {
                break;
            }
        }
        if (a == first && b == end) {
            return false;
        }
        // (h47-presences14) `Les présidents, chilien et ghanéen, ont participé`: the coordination set off between commas
        // still shares the noun right before its opening comma
        int h = a >= 2 && lower(toks.get(a - 1)).equals(",")
                && (b < toks.size() && lower(toks.get(b)).equals(",") || strayCommaAfterPluralStateNoun(toks, a)) ? a - 1 : a;
        if (followsStateNoun(toks, h) || followsMinisterPortfolio(toks, h)) {
            return true; // `les ministres de la Défense malien et nigérien`
        }
        if (h == 0) {
            return false;
        }
        String head = lower(toks.get(h - 1));
        return Words.isLowerWord(toks.get(h - 1)) && (head.endsWith("s") || head.endsWith("x"))
                && !isLowerDemonym(toks.get(h - 1)) && !lower(toks.get(a)).endsWith("s");
    }

    /**
     * (h57-listes3) `Les présidents, russe, chinois et iranien ont participé`: a comma set between a plural state noun
     * and the coordination of demonyms that qualifies it, with no closing comma. Only a plural noun of the state list
     * right before the comma at {@code a - 1}: a singular noun (`le président, français et fier`) is no set of states.
     */
    private boolean strayCommaAfterPluralStateNoun(List<Token> toks, int a) {
        Token noun = toks.get(a - 2);
        String w = lower(noun);
        return Words.isLowerWord(noun) && (w.endsWith("s") || w.endsWith("x")) && dict.stateNouns.contains(w);
    }

    /**
     * `les chefs d'État mozambicain, Ana X, et zimbabwéen, Paul Y`: each demonym of the coordination carries its leader's
     * name in apposition. Before the demonym at {@code a}: `,`/`et` (or `, et`), one to five capitalised words, `,` and
     * a demonym, whose index is returned; -1 when the words before {@code a} are not so.
     */
    private int appositionBefore(List<Token> toks, int a) {
        int k = a - 1;
        if (k < 0 || !Set.of(",", "et", "ou").contains(lower(toks.get(k)))) {
            return -1;
        }
        if (k >= 1 && Set.of("et", "ou").contains(lower(toks.get(k))) && lower(toks.get(k - 1)).equals(",")) {
            k--;
        }
        int names = 0;
        while (k - 1 >= 0 && names < 5 && isNameWord(toks.get(k - 1))) {
            k--;
            names++;
        }
        if (names == 0 || k < 2 || !lower(toks.get(k - 1)).equals(",") || !isLowerDemonym(toks.get(k - 2))) {
            return -1;
        }
        return k - 2;
    }

    /** The mirror of {@link #appositionBefore}: after the demonym ending at {@code b}, the index after the next demonym, or -1. */
    private int appositionAfter(List<Token> toks, int b) {
        if (b >= toks.size() || !lower(toks.get(b)).equals(",")) {
            return -1;
        }
        int k = b + 1;
        int names = 0;
        while (k < toks.size() && names < 5 && isNameWord(toks.get(k))) {
            k++;
            names++;
        }
        if (names == 0 || k >= toks.size() || !Set.of(",", "et", "ou").contains(lower(toks.get(k)))) {
            return -1;
        }
        k++;
        if (k < toks.size() && lower(toks.get(k - 1)).equals(",") && Set.of("et", "ou").contains(lower(toks.get(k)))) {
            k++;
        }
        return k < toks.size() && isLowerDemonym(toks.get(k)) ? k + 1 : -1;
    }

    /** Most tokens inside the brackets of a demonym's holder (`(RDC, Joseph X)`). */
    private static final int MAX_BRACKETED_HOLDER = 8;

    /**
     * (h44-presences11) `les présidents nigérien (A), burkinabè (B) et tchadien (C)`: each demonym carries its holder's
     * name in brackets (a state may come first, `Congolais (RDC, D)`). Before the demonym at {@code a}: `,`/`et`, the
     * previous item's bracket and the demonym before it (capitalised in some lists), whose index is returned; or -1.
     */
    private int bracketedNameBefore(List<Token> toks, int a) {
        int k = a - 1;
        if (k < 0 || !Set.of(",", "et").contains(lower(toks.get(k)))) {
            return -1;
        }
        if (k >= 1 && lower(toks.get(k)).equals("et") && lower(toks.get(k - 1)).equals(",")) {
            k--;
        }
        if (k < 1 || !toks.get(k - 1).word().equals(")")) {
            return -1;
        }
        int open = k - 2;
        while (open >= 0 && k - 1 - open <= MAX_BRACKETED_HOLDER && (isNameWord(toks.get(open)) || toks.get(open).word().equals(","))) {
            open--;
        }
        if (open < 1 || open == k - 2 || !toks.get(open).word().equals("(") || !isDemonymLink(toks.get(open - 1))) {
            return -1;
        }
        return open - 1;
    }

    /** The mirror of {@link #bracketedNameBefore}: after the demonym ending at {@code b}, the index after the next demonym, or -1. */
    private int bracketedNameAfter(List<Token> toks, int b) {
        if (b >= toks.size() || !toks.get(b).word().equals("(")) {
            return -1;
        }
        int k = b + 1;
        while (k < toks.size() && k - b <= MAX_BRACKETED_HOLDER && (isNameWord(toks.get(k)) || toks.get(k).word().equals(","))) {
            k++;
        }
        if (k == b + 1 || k + 1 >= toks.size() || !toks.get(k).word().equals(")") || !Set.of(",", "et").contains(lower(toks.get(k + 1)))) {
            return -1;
        }
        k += 2;
        if (k < toks.size() && lower(toks.get(k - 1)).equals(",") && lower(toks.get(k)).equals("et")) {
            k++;
        }
        return k < toks.size() && isDemonymLink(toks.get(k)) ? k + 1 : -1;
    }

    /**
     * A word linking a bracketed list as its demonym: any one word of letters, since a demonym two states share
     * (`congolais`, `Congolais (RDC, X)`) is no demonym of the dictionary; the brackets and the plural title make the list.
     */
    private static boolean isDemonymLink(Token t) {
        return t.word().chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && Character.isLowerCase(t.word().charAt(t.word().length() - 1));
    }

    private static boolean isNameWord(Token t) {
        return t.isCapitalized() && !Words.isPunctuation(t) && Character.isLetter(t.word().charAt(0));
    }

    private boolean isLowerDemonym(Token t) {
        return Words.isLowerWord(t) && dict.isDemonym(t.folded());
    }

    /**
     * An item of a list of states is a state even when the name could be a town or a first name
     * (`Ghana, Grenade, Guatemala`, `Maurice et Malte`): a list separator on one side, and on the other
     * side of a separator a country name.
     */
    private boolean inListOfStates(List<Token> toks, int first, int end) {
        boolean before = first >= 2 && isListSeparator(toks.get(first - 1)) && countryItemEndingAt(toks, first - 1);
        boolean after = end + 1 < toks.size() && isListSeparator(toks.get(end)) && countryItemStartingAt(toks, end + 1);
        return before || after;
    }

    private static boolean isListSeparator(Token t) {
        return Set.of(",", ";", "et", "/").contains(lower(t));
    }

    private boolean countryItemEndingAt(List<Token> toks, int sep) {
        for (int from = sep - 1; from >= Math.max(0, sep - 5); from--) {
            if (isCountryName(toks, from, sep)) {
                return true;
            }
            if (isListSeparator(toks.get(from))) {
                return false;
            }
        }
        return false;
    }

    private boolean countryItemStartingAt(List<Token> toks, int from) {
        for (int to = from + 1; to <= Math.min(toks.size(), from + 5); to++) {
            if (isCountryName(toks, from, to)) {
                return true;
            }
            if (isListSeparator(toks.get(to - 1))) {
                return false;
            }
        }
        return false;
    }

    private boolean isCountryName(List<Token> toks, int from, int to) {
        String[] folded = new String[toks.size()];
        for (int k = from; k < to; k++) {
            folded[k] = toks.get(k).folded();
        }
        String k0 = folded[from];
        String elided = afterElision(k0);
        for (String head : elided == null ? new String[]{null} : new String[]{null, elided}) {
            for (DictEntry e : dict.lookup(key(toks, folded, from, to, head))) {
                if (e.type() == EntityType.COUNTRY && e.kind() != Kind.DEMONYM && e.kind() != Kind.CAPITAL) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDemonymOnly(List<DictEntry> entries) {
        for (DictEntry e : entries) {
            if (e.kind() != Kind.DEMONYM) {
                return false;
            }
        }
        return true;
    }

    /**
     * `les présidents d'Iran Ebrahim X, de Russie Vladimir Y`: a state name, after `de` or its elision, that
     * nobody uses as a first name, then the name of its leader.
     */
    private static boolean namesStateBeforeItsLeader(List<DictEntry> entries, List<Token> toks, int first, int startChar) {
        boolean afterDe = startChar > toks.get(first).start()
                || first > 0 && Set.of("de", "du", "des", "d'").contains(lower(toks.get(first - 1)));
        if (!afterDe) {
            return false;
        }
        for (DictEntry e : entries) {
            if (e.type() != EntityType.COUNTRY || e.ambiguous() || e.kind() == Kind.DEMONYM) {
                return false;
            }
        }
        return true;
    }

    /** `la ville équatorienne de Cuenca`, `la province nord-ouest chinoise`: the state a place lies in. */
    private boolean followsPlaceNoun(List<Token> toks, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 2); k--) {
            Token t = toks.get(k);
            if (!Words.isLowerWord(t)) {
                return false;
            }
            if (dict.placeNouns.containsWord(t)) {
                return k > 0 && Words.ARTICLES.contains(lower(toks.get(k - 1)));
            }
        }
        return false;
    }

    /**
     * The capitalised style of many outlets, `le Président Sénégalais, Amadou X`, `le Gouvernement Ivoirien`: a
     * capitalised demonym right after a state noun or title (nothing between) is the adjective of that noun, so it
     * stands for the state, a name after it or not (`le Président Français Paul X` → FR, then the person).
     */
    private boolean afterStateNounInCapitalStyle(List<Token> toks, int first, int end) {
        if (first == 0 || end - first != 1) {
            return false;
        }
        Token prev = toks.get(first - 1);
        return dict.stateNouns.contains(prev.word().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> PORTFOLIO_LINKERS = Set.of("de", "des", "du", "d'", "la", "l'", "et");

    /**
     * A demonym after a minister's portfolio qualifies the title (`le ministre de la Santé nigérien`, `la ministre
     * des Affaires étrangères togolaise`, `le ministre de l'Économie et des Finances malien`): walking back over the
     * portfolio's capitalised words, their linkers and a lower-case adjective right after a capitalised word
     * (`étrangères`, `publique`), the `de` that opens it follows `ministre` / `ministère`.
     */
    private boolean followsMinisterPortfolio(List<Token> toks, int first) {
        boolean named = false;
        for (int j = first - 1; j >= Math.max(1, first - 9); j--) {
            Token t = toks.get(j);
            if (Words.isPunctuation(t)) {
                return false;
            }
            String w = Words.fold(t).toLowerCase(java.util.Locale.ROOT);
            if (Set.of("de", "des", "du", "d'").contains(w) && Words.isLowerWord(t)) {
                String head = Words.fold(toks.get(j - 1)).toLowerCase(java.util.Locale.ROOT);
                if (named && (head.endsWith("ministre") || head.endsWith("ministres") || head.equals("ministere")
                        || head.equals("ministeres"))) {
                    return true;
                }
                if (!named) {
                    return false;
                }
                continue;
            }
            if (t.isCapitalized() && Character.isLetter(t.word().charAt(0))) {
                named = true;
                continue;
            }
            if (Words.isLowerWord(t) && PORTFOLIO_LINKERS.contains(w) && named) {
                continue;
            }
            if (Words.isLowerWord(t) && j > 0 && toks.get(j - 1).isCapitalized() && !dict.isDemonym(t.folded())) {
                continue; // `Affaires étrangères`, `Santé publique`
            }
            return false;
        }
        return false;
    }

    /** The capitalised style after a portfolio: `la ministre de la Santé Nigérienne Hadiza X` → NE. */
    private boolean afterPortfolioInCapitalStyle(List<Token> toks, int first, int end) {
        return end - first == 1 && first > 0 && toks.get(first - 1).isCapitalized() && followsMinisterPortfolio(toks, first);
    }

    /** A demonym stands for the state after a state noun: `le gouvernement britannique`, `la ministre sénégalaise`. */
    private boolean followsStateNoun(List<Token> toks, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
            Token t = toks.get(k);
            if (t.word().equals("°") && k > 0 && toks.get(k - 1).word().equalsIgnoreCase("n")) {
                return true; // `le N°1 camerounais` (cut `N` `°` `1`): the press's number one of the state
            }
            if (Words.isPunctuation(t)) {
                return false;
            }
            if (dict.stateNouns.containsWord(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Government reading of a capital (docs/annotation.md § COUNTRY): a capital is the government unless the words make
     * it a place — a preposition of place (`réunis à Paris`, `depuis Londres`), a `de` complement
     * (`le sommet de Madrid`, `la région de Kiev`) or an article. After a noun of position or action
     * (`les critiques de Kiev`, `la délégation de Téhéran`) the `de` complement is the government again.
     */
    private boolean actsAsGovernment(List<Token> toks, int first, int end) {
        if (first > 0) {
            String prev = lower(toks.get(first - 1));
            if (GOVERNMENT_INTRODUCERS.contains(prev)) {
                return true;
            }
            if (dict.governmentVerbs.contains(prev)) {
                return true; // (h28-asie) `X représentera Moscou en personne`: the party represented, a government
            }
            if ((prev.equals("de") || prev.equals("d'")) && first > 1
                    && GOVERNMENT_NOUNS.contains(lower(toks.get(first - 2)))
                    && !(first > 2 && lower(toks.get(first - 2)).equals("gouvernement")
                    && Set.of("de", "d'").contains(lower(toks.get(first - 3))))) {
                // not `le sommet des chefs d'État et de gouvernement de Bangkok`: the meeting's place
                return true;
            }
            if (first > 1 && Words.isLowerWord(toks.get(first - 1)) && dict.isDemonym(TextFolding.fold(prev))
                    && (dict.placeNouns.contains(lower(toks.get(first - 2))) || lower(toks.get(first - 2)).equals("capitale"))) {
                return false; // `la capitale chinoise Pékin`, `la ville américaine Seattle`: the place, named after its noun
            }
            if (prev.equals(",") && first > 2 && Words.isLowerWord(toks.get(first - 2))
                    && dict.isDemonym(toks.get(first - 2).folded())
                    && (dict.placeNouns.contains(lower(toks.get(first - 3))) || lower(toks.get(first - 3)).equals("capitale"))) {
                return false; // `la capitale éthiopienne, Addis-Abeba, a abrité …`: the place, in apposition to its noun
            }
            if ((prev.equals("à") || prev.equals("contre")) && first > 1 && MEASURE_NOUNS.contains(lower(toks.get(first - 2)))) {
                return true; // `imposer des sanctions à Moscou`
            }
            if (PLACE_WORDS.contains(prev) || Words.ARTICLES.contains(prev)) {
                return false;
            }
        }
        String surface = toks.get(first).word();
        if (Words.isAllCaps(surface) && surface.length() > 3) {
            return false; // a dateline: `BRUXELLES, 12 mars (AFP) -`
        }
        if (end < toks.size()) {
            String next = lower(toks.get(end));
            boolean gerund = next.equals("en") && end + 1 < toks.size() && lower(toks.get(end + 1)).matches("\\p{L}{3,}ant");
            if (next.equals("en") && !gerund || next.equals("(") || Character.isDigit(next.charAt(0))
                    || first == 0 && (next.equals("-") || next.equals("–") || next.equals("—"))
                    || first == 0 && next.equals(",") && datelineAfter(toks, end + 1)) {
                return false; // `Doha en 2008`, `Vilnius (Lituanie)`, `Séoul, 21 mai -` (not `a soutenu Moscou en votant`)
            }
        }
        return true;
    }

    private static final Set<String> DATE_WORDS = Set.of("janvier", "février", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre", "lundi", "mardi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "le", "(");

    /**
     * After `Séoul,` at the start of a sentence: a date or an agency makes it a dateline; anything else
     * (`Pékin, invité en observateur, n'a pas signé`) leaves the capital acting.
     */
    private static boolean datelineAfter(List<Token> toks, int k) {
        if (k >= toks.size()) {
            return true;
        }
        String w = lower(toks.get(k));
        return Character.isDigit(w.charAt(0)) || DATE_WORDS.contains(w) || Words.isAllCaps(toks.get(k).word());
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
    }

    private static boolean clearlyNamed(DictEntry e, List<Token> toks, int first, int end, String ner) {
        if (ner.equals("PER")) {
            return e.type() == EntityType.COUNTRY && stateAfterAPersonsName(toks, first);
        }
        if (end < toks.size() && toks.get(end).isCapitalized() && !Words.isPunctuation(toks.get(end))) {
            return false;
        }
        if (first == 0) {
            return false;
        }
        if (end < toks.size() && Set.of("de", "d'", "du", "des", "sur", "pour", "avec", "entre", "ministerielle",
                "pleniere", "annuelle").contains(Words.fold(toks.get(end)))) {
            return false; // `la Réunion de haut niveau`, `réunion sur le climat`: the common noun
        }
        String prev = Words.fold(toks.get(first - 1));
        if (e.type() == EntityType.COUNTRY) {
            return Set.of("la", "le", "les", "l'", "de", "d'", "du", "des", "à", "au", "aux", "en", "ile", "iles",
                    "république", "royaume", "état", "etat").contains(prev);
        }
        return true;
    }

    /**
     * (h55-entites21) `A Patrice Y du Bénin`, `Adama X de la Gambie`: the tagger runs the person on into `du` / `de la`
     * and the state he comes from (the name reader ends the name at the linker); after two capitalised words of the
     * tagger's same person, the state form is the state, as the name reader reads it.
     */
    private static boolean stateAfterAPersonsName(List<Token> toks, int first) {
        int link = Words.stateLinkStart(toks, first);
        if (link < 2) {
            return false; // no link, or no two words of a name before it
        }
        for (int k = link - 2; k < link; k++) {
            Token t = toks.get(k);
            if (!t.isCapitalized() || Words.isPunctuation(t) || !t.ner().endsWith("PER")) {
                return false;
            }
        }
        for (int k = link; k < first; k++) {
            if (!toks.get(k).ner().endsWith("PER")) {
                return false; // the same tagger's person runs on through the linker
            }
        }
        return true;
    }

    /** The folded word after an elided article glued to it (`d'ivoire` → `ivoire`), or null. */
    static String afterElision(String foldedWord) {
        int apos = foldedWord.indexOf('\'');
        if (apos > 0 && apos < foldedWord.length() - 1 && apos <= 7 && Words.ELIDED.contains(foldedWord.substring(0, apos + 1))) {
            return foldedWord.substring(apos + 1);
        }
        return null;
    }

    private static int elisionEnd(Token t) {
        String w = t.word();
        int apos = Math.max(w.indexOf('\''), w.indexOf('’'));
        if (apos > 0 && apos < w.length() - 1 && apos <= 7
                && Words.ELIDED.contains(TextFolding.fold(w.substring(0, apos + 1)))) {
            return t.start() + apos + 1;
        }
        return -1;
    }

    static String nerLabel(List<Token> toks, int first, int end) {
        for (int k = first; k < end; k++) {
            String n = toks.get(k).ner();
            if (!n.isEmpty()) {
                return n.startsWith("I-") || n.startsWith("B-") ? n.substring(2) : n;
            }
        }
        return "";
    }
}
