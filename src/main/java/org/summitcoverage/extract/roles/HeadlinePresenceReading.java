package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.Words;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A headline tells presence without a verb: `Sommet des BRICS : X à Kazan`, `X à Tachkent pour le sommet de l'OCS`,
 * `A et B au 5e sommet de l'ASEM`, `Sommet de l'AES : A, B et C réunis à Niamey`. In a heading line (no final
 * stop) that names the meeting, a part that opens (at the line's start or after its colon) on a list of people (or,
 * naming none, of states), each with only articles and titles before it, and goes on at once with `à` + a place
 * and then ends (or goes on with `pour`, a comma or a colon), with `au` / `à la` + the meeting, or with a participle
 * of gathering (`headline_presence_participles`), attends. A part that opens on anything else (`Sans X à Kazan`,
 * `les entreprises du Ghana à Accra`) or a line that names no meeting (`X à Kigali : l'IA au cœur de l'avenir`) gives
 * nothing. No cue word and no parse.
 */
final class HeadlinePresenceReading {

    private final RoleWords words;

    HeadlinePresenceReading(RoleWords words) {
        this.words = words;
    }

    List<SentenceFinding> read(AnnotatedText doc, List<Mention> mentions) {
        List<SentenceFinding> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            List<Mention> inSentence = mentions.stream().filter(m -> m.sentenceIndex() == s.index()).toList();
            String evidence = doc.text().substring(s.start(), s.end());
            if (!toks.isEmpty() && toks.get(toks.size() - 1).word().equals(".")) {
                for (Mention m : hereForTheMeeting(toks, inSentence)) {
                    out.add(new SentenceFinding(new Finding(RoleType.PARTICIPANT, m, "être à", Confidence.TOKEN_RULE,
                            "copula presence", m.text() + " … à … pour", null), s.index(), evidence));
                }
                for (Mention m : setPlacedForTheMeeting(toks, inSentence)) {
                    out.add(new SentenceFinding(new Finding(RoleType.PARTICIPANT, m, "être à", Confidence.TOKEN_RULE,
                            "set placed for the meeting", "parmi … qui … à … pour … " + m.text(), null), s.index(), evidence));
                }
            }
            if (toks.isEmpty() || isStop(toks.get(toks.size() - 1).word())) {
                continue; // a heading has no final stop
            }
            boolean signed = false;
            for (int start = 0; start < toks.size(); start++) {
                if (start > 0 && !toks.get(start - 1).word().equals(":") && !toks.get(start - 1).word().equals(",")) {
                    continue;
                }
                List<Finding> nouns = roleNounAt(toks, start, inSentence);
                if (nouns.isEmpty() && signed) {
                    nouns = ellipticRefusalAt(toks, start, inSentence);
                }
                for (Finding f : nouns) {
                    signed |= f.role() == RoleType.SIGNATORY;
                    out.add(new SentenceFinding(f, s.index(), evidence));
                }
                if (start > 0 && !toks.get(start - 1).word().equals(":") || !namesMeeting(toks, inSentence)) {
                    continue;
                }
                for (Mention m : presentAt(toks, start, inSentence)) {
                    out.add(new SentenceFinding(new Finding(RoleType.PARTICIPANT, m, "headline", Confidence.TOKEN_RULE, "headline presence",
                            evidence, null), s.index(), evidence));
                }
            }
        }
        return out;
    }

    /** The forms of `être` that place the subject: `X sera à Rabat`, `X est à Rabat`. */
    private static final java.util.Set<String> PLACING_COPULAS = java.util.Set.of("est", "sera", "sont", "seront", "était", "étaient");
    /** The forms of `se trouver` and `se rendre` after `se` (and an auxiliary) that place the subject too. */
    private static final java.util.Set<String> PLACING_REFLEXIVES = java.util.Set.of("trouve", "trouvent", "trouvait", "trouvaient",
            "trouvera", "trouveront", "rend", "rendent", "rendait", "rendaient", "rendra", "rendront", "rendu", "rendue", "rendus", "rendues");

    /**
     * The token after the verb that places the subject at {@code k}: a form of `être` (`X est à Rabat`), or `se trouver`,
     * `se rendre` (`X se trouve à Rabat`, `X s'est rendu à Rabat`); -1 when there is none.
     */
    private static int placingVerbEnd(List<Token> toks, int k) {
        if (PLACING_COPULAS.contains(toks.get(k).word())) {
            return k + 1;
        }
        String w = toks.get(k).folded().replace('’', '\'');
        if (!w.equals("se") && !w.equals("s'")) {
            return -1;
        }
        int j = k + 1;
        if (j < toks.size() && PLACING_COPULAS.contains(toks.get(j).word())) {
            j++; // `s'est rendu`
        }
        return j < toks.size() && PLACING_REFLEXIVES.contains(toks.get(j).folded()) ? j + 1 : -1;
    }

    /** The words of a date between the place and `pour`: `à Libreville le 2 mars pour le sommet`. */
    private static final java.util.regex.Pattern DATE_WORD = java.util.regex.Pattern.compile(
            "\\d{1,4}|1er|le|dès|depuis|ce|cette|matin|soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin"
            + "|juillet|août|septembre|octobre|novembre|décembre");
    private static final int MAX_DATE_WORDS = 5;

    /**
     * `Le président X sera, bel et bien, à Libreville le 2 mars pour le sommet`, `X est à Rabat pour la conférence`:
     * a sentence opening on people (titles before them), then a form of `être`, adverbs or commas, `à` + a place (or,
     * (h58-cand), `au`, `aux`, `en` + a state: `A et B sont en Afrique du Sud pour le sommet`), a date at most, and
     * `pour` + the meeting: they attend. Not `pour une visite`, nor with anything else between
     * (`n'est pas`, `était à Paris la semaine dernière pour …`), nor `pour la conférence de presse` (`side_event_phrases`).
     */
    private List<Mention> hereForTheMeeting(List<Token> toks, List<Mention> inSentence) {
        List<Mention> listed = new ArrayList<>();
        int k = listEnd(toks, 0, inSentence, listed, false);
        List<Mention> people = listed.stream().filter(m -> m.type() == EntityType.PERSON).toList();
        if (people.isEmpty()) {
            // (h58-cand) `Les dirigeants du Brésil et de l'Inde sont à Johannesburg pour le sommet`: the states named as such
            people = listed.stream().filter(m -> m.type() == EntityType.COUNTRY && Character.isUpperCase(m.text().charAt(0))).toList();
        }
        if (people.isEmpty() || listed.stream().anyMatch(m -> m.type() != EntityType.PERSON && m.type() != EntityType.COUNTRY)
                || k >= toks.size()) {
            return List.of();
        }
        return placedForTheMeetingEnd(toks, k, inSentence, true) > 0 ? people : List.of();
    }

    /**
     * From the placing verb at {@code k}: adverbs or commas, `à` + a place (with {@code anyPlacePreposition}, `au`, `aux`,
     * `en` + a state too), a date at most, `pour` + the meeting. The index after the meeting's noun, or -1.
     */
    private int placedForTheMeetingEnd(List<Token> toks, int k, List<Mention> inSentence, boolean anyPlacePreposition) {
        k = placingVerbEnd(toks, k);
        if (k < 0) {
            return -1;
        }
        while (k < toks.size() && (toks.get(k).word().equals(",") || ClauseReading.isAdverb(toks, k)
                || List.of("bel", "et", "bien", "déjà", "aussi", "également", "lui", "elle", "eux", "elles", "donc", "ainsi").contains(toks.get(k).word()))) {
            k++;
        }
        if (k + 1 >= toks.size() || !(toks.get(k).word().equals("à")
                || anyPlacePreposition && PLACE_PREPOSITIONS.contains(toks.get(k).folded()))) {
            return -1;
        }
        Mention place = mentionStartingAt(inSentence, toks.get(k + 1).start());
        if (place == null || place.type() != EntityType.LOCATION && place.type() != EntityType.COUNTRY) {
            return -1; // a city, or a city-state (`à Djibouti`, `à Singapour`)
        }
        k++;
        while (k < toks.size() && toks.get(k).start() < place.end()) {
            k++;
        }
        int dates = 0;
        while (k < toks.size() && dates < MAX_DATE_WORDS && DATE_WORD.matcher(toks.get(k).word()).matches()) {
            k++;
            dates++;
        }
        if (k + 1 >= toks.size() || !toks.get(k).word().equals("pour")) {
            return -1;
        }
        k++;
        while (k < toks.size() && (words.definiteArticles.containsWord(toks.get(k))
                || toks.get(k).word().equals("ce") || toks.get(k).word().equals("cette"))) {
            k++;
        }
        for (List<String> p : words.sideEventPhrases) {
            if (RoleWords.phraseEnd(toks, k, p) > 0) {
                return -1; // `pour la conférence de presse`, `pour le dîner`: a side event
            }
        }
        return meetingAt(toks, k, inSentence) ? k + 1 : -1;
    }

    /** `au Mexique`, `aux Émirats`, `en Éthiopie`: the prepositions that place in a state. */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("a", "au", "aux", "en");
    /** How many words the set's noun phrase may take between `Parmi` and `qui` (`les chefs d'État africains`). */
    private static final int MAX_SET_WORDS = 6;
    /** How many words after the meeting's noun its complement may take before the listing verb (`de l'ASEAN`). */
    private static final int MAX_MEETING_COMPLEMENT = 6;

    /**
     * (h46-presences13) `Parmi les dirigeants qui seront à Lima pour le sommet figurent A et B`, `Parmi les chefs d'État qui
     * sont au Mexique pour le conclave figurent ceux du Chili, A ; du Ghana, B`: the relative has no cue word, but being at
     * a place for the meeting is attending it (as `X sera à Rabat pour le sommet`); the set it defines is of attendees, and
     * the members the listing verb names attend. A state that only says whose the next named leader is gives no row.
     */
    List<Mention> setPlacedForTheMeeting(List<Token> toks, List<Mention> inSentence) {
        if (toks.size() < 8 || !toks.get(0).folded().equals("parmi")) {
            return List.of();
        }
        int qui = -1;
        for (int k = 1; k < Math.min(toks.size(), MAX_SET_WORDS + 2); k++) {
            if (toks.get(k).folded().equals("qui")) {
                qui = k;
                break;
            }
            if (Words.isPunctuation(toks.get(k)) || mentionStartingAt(inSentence, toks.get(k).start()) != null) {
                return List.of(); // the set is a common noun phrase: no name, no comma before its relative
            }
        }
        if (qui < 2) {
            return List.of();
        }
        int end = placedForTheMeetingEnd(toks, qui + 1, inSentence, true);
        if (end < 0) {
            return List.of();
        }
        for (int v = end; v < Math.min(toks.size(), end + MAX_MEETING_COMPLEMENT); v++) {
            if (words.listingVerbs.containsWord(toks.get(v))) {
                SentenceGraph g = SentenceGraph.unparsed(toks, inSentence, words);
                return Enumerations.listAfter(g, v + 1, 4).stream()
                        .filter(m -> !Enumerations.qualifiesTheNextPerson(g, m)).toList();
            }
            if (Words.isPunctuation(toks.get(v)) && !toks.get(v).word().equals("'")) {
                return List.of();
            }
        }
        return List.of();
    }

    private static boolean isStop(String w) {
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals("…");
    }

    private boolean namesMeeting(List<Token> toks, List<Mention> inSentence) {
        if (inSentence.stream().anyMatch(m -> m.type() == EntityType.EVENT)) {
            return true;
        }
        return toks.stream().anyMatch(t -> words.meetingNouns.containsWord(t));
    }

    /**
     * `l'Espagne hôte`, `la Norvège coprésidente`, `le Maroc parmi les signataires`, `le Sénégal signataire de la
     * déclaration`: a part that is a list of holders and a role noun right after it (`headline_role_nouns`: the role
     * is the noun's cue role), or `parmi les` and the noun, that ends the part; a chair's or host's noun may also take
     * the meeting as complement (`hôte du sommet`), a signatory's any complement. Not `hôte de la prochaine édition`,
     * `président de l'UA`, `hôte en 2027`.
     */
    private List<Finding> roleNounAt(List<Token> toks, int start, List<Mention> inSentence) {
        List<Mention> listed = new ArrayList<>();
        int k = listEnd(toks, start, inSentence, listed, true);
        if (listed.isEmpty() || k >= toks.size()
                || listed.stream().anyMatch(m -> m.type() != EntityType.PERSON && m.type() != EntityType.COUNTRY)) {
            return List.of();
        }
        if (k + 2 < toks.size() && toks.get(k).folded().equals("parmi") && toks.get(k + 1).word().equals("les")) {
            k += 2;
        }
        boolean negated = k + 1 < toks.size() && toks.get(k).folded().equals("non");
        if (negated) {
            k++; // `le Mali non signataire`
        }
        RoleType role = words.headlineRoleNouns.get(toks.get(k).folded());
        if (role == null || negated && role != RoleType.SIGNATORY) {
            return List.of();
        }
        if (negated) {
            role = RoleType.NON_SIGNATORY;
        }
        int after = k + 1;
        boolean ends = after >= toks.size() || toks.get(after).word().equals(",") || toks.get(after).word().equals(":");
        if (!ends) {
            String de = toks.get(after).folded();
            boolean complement = de.equals("de") || de.equals("du") || de.equals("des") || de.equals("d'");
            if (!complement) {
                return List.of();
            }
            if (role == RoleType.CHAIR || role == RoleType.HOST) {
                int j = after + 1;
                while (j < toks.size() && words.definiteArticles.containsWord(toks.get(j))) {
                    j++;
                }
                if (!meetingAt(toks, j, inSentence)) {
                    return List.of();
                }
            }
        }
        List<Mention> people = listed.stream().filter(m -> m.type() == EntityType.PERSON).toList();
        List<Mention> holders = !people.isEmpty() ? people
                : listed.stream().filter(m -> Character.isUpperCase(m.text().charAt(0))).toList();
        List<Finding> out = new ArrayList<>();
        for (Mention m : holders) {
            out.add(new Finding(role, m, toks.get(k).word(), Confidence.TOKEN_RULE, "headline role noun",
                    m.text() + " " + toks.get(k).word(), null));
        }
        return out;
    }

    /**
     * `le Sénégal signataire, la Gambie non`: after a signatory part of the heading, a part that is a list of holders
     * and a bare negation (`elliptic_negations`) ending it refused.
     */
    private List<Finding> ellipticRefusalAt(List<Token> toks, int start, List<Mention> inSentence) {
        List<Mention> listed = new ArrayList<>();
        int k = listEnd(toks, start, inSentence, listed, true);
        if (listed.isEmpty() || k >= toks.size() || !words.ellipticNegations.containsWord(toks.get(k))
                || listed.stream().anyMatch(m -> m.type() != EntityType.PERSON && m.type() != EntityType.COUNTRY)) {
            return List.of();
        }
        if (k + 1 < toks.size() && !toks.get(k + 1).word().equals(",") && !toks.get(k + 1).word().equals(":")) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Mention m : listed) {
            if (Character.isUpperCase(m.text().charAt(0))) {
                out.add(new Finding(RoleType.NON_SIGNATORY, m, toks.get(k).word(), Confidence.TOKEN_RULE, "headline role noun",
                        m.text() + " " + toks.get(k).word(), null));
            }
        }
        return out;
    }

    /**
     * Reads a list of holders (articles, titles, commas and `et` between) from {@code start}; returns where it ends.
     * With {@code stopAtRoleNoun}, a role noun that is also a title (`présidente`) ends the list: it tells the role.
     */
    private int listEnd(List<Token> toks, int start, List<Mention> inSentence, List<Mention> listed, boolean stopAtRoleNoun) {
        int k = start;
        while (k < toks.size()) {
            Token t = toks.get(k);
            Mention m = mentionStartingAt(inSentence, t.start());
            if (m != null) {
                listed.add(m);
                while (k < toks.size() && toks.get(k).start() < m.end()) {
                    k++;
                }
                continue;
            }
            String w = t.word();
            boolean roleNoun = stopAtRoleNoun && words.headlineRoleNouns.containsKey(TextFolding.fold(w));
            if (!roleNoun && (w.equals(",") || w.equals("et") || words.definiteArticles.contains(w)
                    || words.isHolderTitle(w.toLowerCase(java.util.Locale.ROOT))
                    // `le président congolais X`: a demonym two states share names no state, still part of the title
                    || k > start && words.sharedDemonyms.contains(w))) {
                k++;
                continue;
            }
            // `le chef de l'État X`: a title's `de` complement that is a title or state noun itself
            int j = k + 1;
            while (j < toks.size() && words.definiteArticles.containsWord(toks.get(j))) {
                j++;
            }
            if (!roleNoun && k > start && (w.equals("de") || w.equals("du")) && j < toks.size() && j > k + (w.equals("de") ? 1 : 0)
                    && mentionStartingAt(inSentence, toks.get(j).start()) == null
                    && words.isHolderTitle(toks.get(k - 1).word().toLowerCase(java.util.Locale.ROOT))
                    && words.isHolderTitle(toks.get(j).word().toLowerCase(java.util.Locale.ROOT))) {
                k = j + 1;
                continue;
            }
            // (h58-cand) `Les dirigeants du Brésil et de l'Inde sont à …`: a title's `de` + state, and the states coordinated
            // after it, name whose leaders they are
            Mention state = j < toks.size() ? mentionStartingAt(inSentence, toks.get(j).start()) : null;
            if (!roleNoun && titledSince(toks, start, k) && Enumerations.isDeForm(t) && state != null && state.type() == EntityType.COUNTRY) {
                k = j;
                continue;
            }
            break;
        }
        return k;
    }

    /** Whether a holder title stands among the tokens from {@code start} to before {@code end}. */
    private boolean titledSince(List<Token> toks, int start, int end) {
        for (int i = start; i < end; i++) {
            if (words.isHolderTitle(toks.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The holders of the part starting at token {@code start} when it tells their presence; else none. */
    private List<Mention> presentAt(List<Token> toks, int start, List<Mention> inSentence) {
        List<Mention> listed = new ArrayList<>();
        int k = listEnd(toks, start, inSentence, listed, false);
        if (listed.isEmpty() || k >= toks.size() || !presenceFollows(toks, k, inSentence)
                || listed.stream().anyMatch(m -> m.type() != EntityType.PERSON && m.type() != EntityType.COUNTRY)) {
            return List.of();
        }
        List<Mention> people = listed.stream().filter(m -> m.type() == EntityType.PERSON).toList();
        if (!people.isEmpty()) {
            return people;
        }
        // a state named as such, not a demonym before a title (`le président ghanéen`)
        return listed.stream().filter(m -> m.type() == EntityType.COUNTRY && Character.isUpperCase(m.text().charAt(0))).toList();
    }

    /** After the list: `à` + a place and the part's end, `au` + the meeting, or a participle of gathering. */
    private boolean presenceFollows(List<Token> toks, int k, List<Mention> inSentence) {
        String w = toks.get(k).folded();
        if (words.headlinePresenceParticiples.containsWord(toks.get(k))) {
            return true;
        }
        int next = k + 1;
        if (w.equals("a") && next < toks.size() && (toks.get(next).word().equalsIgnoreCase("la") || toks.get(next).word().equalsIgnoreCase("l'"))) {
            next++;
            return meetingAt(toks, next, inSentence);
        }
        if (w.equals("au") || w.equals("aux")) {
            return meetingAt(toks, next, inSentence);
        }
        if (!w.equals("a") || next >= toks.size()) {
            return false;
        }
        Mention place = mentionStartingAt(inSentence, toks.get(next).start());
        if (place == null || place.type() != EntityType.LOCATION && place.type() != EntityType.COUNTRY) {
            return false;
        }
        int after = next;
        while (after < toks.size() && toks.get(after).start() < place.end()) {
            after++;
        }
        if (after >= toks.size()) {
            return true;
        }
        String a = toks.get(after).folded();
        return a.equals(":") || a.equals(",") || a.equals("pour");
    }

    private boolean meetingAt(List<Token> toks, int k, List<Mention> inSentence) {
        if (k >= toks.size()) {
            return false;
        }
        Mention m = mentionStartingAt(inSentence, toks.get(k).start());
        if (m != null) {
            return m.type() == EntityType.EVENT;
        }
        // `au 5e sommet de …`: an ordinal before the meeting noun
        int j = k;
        if (j < toks.size() && toks.get(j).word().matches("\\d+(e|er|ème|eme)?|[IVXLC]+(e|ème)?")) {
            j++;
        }
        return j < toks.size() && (words.meetingNouns.containsWord(toks.get(j))
                || mentionStartingAt(inSentence, toks.get(j).start()) != null && mentionStartingAt(inSentence, toks.get(j).start()).type() == EntityType.EVENT);
    }

    private static Mention mentionStartingAt(List<Mention> inSentence, int offset) {
        for (Mention m : inSentence) {
            if (m.start() == offset) {
                return m;
            }
        }
        return null;
    }
}
