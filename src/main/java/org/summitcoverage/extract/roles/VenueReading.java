package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * `se tiendra en Turquie`, `aura lieu au Kenya`: the country where the meeting is held hosts it. The country may
 * come after the dates (`se tient du 3 au 5 mai en Ouganda`) or after the building (`se déroule au centre de
 * conférences de X, au Sénégal`); any other first place ends the search (`se tiendra au siège de …`, one
 * place is enough). A generic country named after a comma or colon is that country (`se tiendra dans un pays
 * d'Afrique de l'Ouest, le Ghana`: `generic_country_nouns`).
 */
final class VenueReading implements HolderReading {
    /** Most tokens before a verb of opening or closing searched for the meeting it is said of. */
    private static final int SUBJECT_WINDOW = 20;

    /**
     * A meeting (its noun, its talks or its name) in the words before the cue: `Le forum des mers s'est achevé samedi au
     * Panama`, `La conférence, qui s'ouvre lundi au Brésil, …`.
     */
    private static boolean meetingBefore(CueSite site) {
        List<Token> toks = site.tokens();
        int first = site.hit().first();
        for (int k = Math.max(0, first - SUBJECT_WINDOW); k < first; k++) {
            Token t = toks.get(k);
            Mention m = site.graph().mentionAt(t.start());
            if (site.words().meetingNouns.containsWord(t) || site.words().joinedMeetings.containsWord(t)
                    || m != null && m.type() == EntityType.EVENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h33-relais) The meeting noun nearest before the cue is a meeting of a body none of the article's events is named
     * after (`Une réunion du G7 aura lieu à Rome, en Italie`, in an article on the COP): another meeting's place, no host
     * of this one. A meeting noun inside an event's name (`le sommet du G7` tagged as the event) is the article's own.
     */
    private static boolean otherBodysMeetingBefore(CueSite site) {
        List<Token> toks = site.tokens();
        int first = site.hit().first();
        for (int k = first - 1; k >= Math.max(0, first - SUBJECT_WINDOW); k--) {
            if (site.words().meetingNouns.containsWord(toks.get(k))) {
                if (AnotherMeetingNoun.at(site.words(), toks, k)) {
                    return true; // `Une autre réunion se tiendra au Ghana en mars`
                }
                return site.discourse() != null && OtherBodysMeeting.at(site.words(), toks, k, site.graph()::mentionAt,
                        site.discourse().allMentions());
            }
        }
        return false;
    }

    /**
     * The country of a place phrase that opens the sentence and runs up to the cue's `se` (`En Moldavie s'ouvre …`, `Au
     * Kenya se tiendra …`, `À Nairobi, au Kenya, se tient …`): the last country it names, else null. A city alone names
     * no host here, as after the verb (`se tient à Malabo`).
     */
    private static Mention frontedCountry(CueSite site) {
        List<Token> toks = site.tokens();
        int first = site.hit().first();
        if (first < 2 || !isPlacePreposition(toks.get(0).folded())) {
            return null;
        }
        Mention country = null;
        for (int k = 1; k < first; k++) {
            Token t = toks.get(k);
            String w = t.folded().replace('’', '\'');
            Mention m = site.graph().mentionAt(t.start());
            if (m != null && (m.type() == EntityType.COUNTRY || m.type() == EntityType.LOCATION)) {
                country = m.type() == EntityType.COUNTRY ? m : country;
                while (k + 1 < first && toks.get(k + 1).end() <= m.end()) {
                    k++; // the place's other words
                }
            } else if (!w.equals(",") && !isPlacePreposition(w) && !w.equals("se") && !w.equals("s'")) {
                return null; // `En 2019, …`, `En marge du sommet, …`: no place phrase
            }
        }
        return country;
    }

    /** A meeting (its noun or its name) after the cue, before the sentence ends: the inverted subject of a fronted place. */
    private static boolean meetingAfter(CueSite site) {
        List<Token> toks = site.tokens();
        for (int k = site.hit().end(); k < Math.min(toks.size(), site.hit().end() + SUBJECT_WINDOW); k++) {
            Token t = toks.get(k);
            if (t.word().equals(".") || t.word().equals(";")) {
                return false;
            }
            Mention m = site.graph().mentionAt(t.start());
            if (site.words().meetingNouns.containsWord(t) || m != null && m.type() == EntityType.EVENT) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Token> toks = site.tokens();
        Hit h = site.hit();
        if (!CueScope.isVenueForm(site.words(), toks, h)) {
            return List.of();
        }
        for (List<String> habit : site.words().habitualMarkers) {
            for (int k = Math.max(0, h.first() - 3); k < Math.min(toks.size(), h.end() + 2); k++) {
                if (RoleWords.phraseEnd(toks, k, habit) > 0) {
                    return List.of(); // `ces sommets se tiennent alternativement en France et en Afrique`: the series' habit
                }
            }
        }
        if (happeningSubject(site)) {
            return List.of(); // `les troubles qui ont eu lieu en France`: what took place there is no meeting
        }
        if (otherBodysMeetingBefore(site)) {
            return List.of(); // `Une réunion du G7 aura lieu à Rome, en Italie` in an article on another summit
        }
        Mention fronted = frontedCountry(site);
        if (fronted != null && meetingAfter(site)) {
            // `En Moldavie s'ouvre jeudi le sommet de la CPE`: the place opens the sentence, the meeting is the inverted subject
            return List.of(new Finding(RoleType.HOST, fronted, toks.get(0).word() + " " + fronted.text() + " " + h.text(),
                    Confidence.NOUN_RULE, "venue", toks.get(0).word() + " " + fronted.text() + " … " + h.text(), null));
        }
        if (site.words().meetingSubjectVenueVerbs.containsWord(toks.get(h.end() - 1)) && !meetingBefore(site)) {
            return List.of(); // `Le président s'est ouvert en Chine sur ses projets`: only a meeting opens or closes somewhere
        }
        boolean skipped = false;
        boolean inDates = false;
        for (int k = h.end(); k < Math.min(toks.size(), h.end() + (skipped ? WINDOW : NEAR)); k++) {
            String w = toks.get(k).folded();
            if ((w.equals("dans") || w.equals("en")) && k + 2 < toks.size()
                    && site.words().genericCountryNouns.containsWord(toks.get(k + 2))) {
                // `se tiendra dans un pays d'Afrique de l'Ouest, le Ghana`: the country the generic one is named as
                Mention named = countryNamedAfter(site, k + 3);
                return named == null ? List.of() : List.of(new Finding(RoleType.HOST, named, h.text() + " " + toks.get(k).word(),
                        Confidence.NOUN_RULE, "venue", h.text() + " " + toks.get(k).word() + " … " + toks.get(k + 2).word() + ", " + named.text(), null));
            }
            Mention region = w.equals("dans") ? countryOfARegion(site, k + 1) : null;
            if (region != null) {
                // `organisée dans le sud de l'Espagne`: a part of the country places the meeting in it
                return List.of(new Finding(RoleType.HOST, region, h.text() + " dans", Confidence.NOUN_RULE, "venue",
                        h.text() + " dans … " + region.text(), null));
            }
            if (isPlacePreposition(w)) {
                // `à` only introduces a country for islands and city-states (`à Chypre`, `à Singapour`):
                // the mention must then be a COUNTRY, which the check below already requires
                if (k + 1 < toks.size() && site.words().pavilionNouns.containsWord(toks.get(k + 1))) {
                    break; // (h19-side) `seront organisés au Pavillon Sénégal`, `au stand du Maroc`: a state's pavilion, not its soil
                }
                if (k + 1 < toks.size()) {
                    Mention m = site.graph().mentionAt(toks.get(k + 1).start());
                    if (m == null && k + 2 < toks.size()) {
                        m = site.graph().mentionAt(toks.get(k + 2).start());
                    }
                    if (m != null && m.type() == EntityType.COUNTRY) {
                        return List.of(new Finding(RoleType.HOST, m, h.text() + " " + toks.get(k).word(), Confidence.NOUN_RULE,
                                "venue", h.text() + " " + toks.get(k).word() + " " + m.text(), null));
                    }
                    if (m != null && m.type() == EntityType.LOCATION) {
                        Mention country = countryRightAfter(site, m);
                        if (country != null) {
                            return List.of(new Finding(RoleType.HOST, country, h.text() + " " + toks.get(k).word(),
                                    Confidence.NOUN_RULE, "venue", h.text() + " … " + m.text() + ", " + country.text(), null));
                        }
                    }
                    String next = toks.get(k + 1).word();
                    if (m == null && w.equals("au") && TextFolding.fold(next).equals("cours")) {
                        skipped = true; // `se tiendra au cours du premier trimestre 2026 à Nairobi, au Kenya`: a time, not a place
                        inDates = false;
                        k++;
                        continue;
                    }
                    if (m == null && (Character.isDigit(next.charAt(0)) || site.words().isSiteNoun(next))) {
                        skipped = true;
                        inDates = Character.isDigit(next.charAt(0));
                        k++;
                        continue;
                    }
                }
                break;
            }
            if (w.equals(".") || w.equals(";")) {
                break;
            }
            if (TOPIC_PREPOSITIONS.contains(w) && k + 1 < toks.size() && !isAmount(toks.get(k + 1).word())) {
                break; // `se réunissent sur la crise en RDC`: the country of the topic, not of the meeting (`sur deux jours` goes on)
            }
            // past dates or a building, go on only to the country that completes them, not into another phrase
            boolean commaBeforePlace = w.equals(",") && k + 1 < toks.size()
                    && isPlacePreposition(toks.get(k + 1).folded());
            if (skipped && w.equals(",") && !commaBeforePlace
                    || inDates && !Character.isDigit(w.charAt(0)) && !site.words().dateWords.contains(w)) {
                break;
            }
        }
        return List.of();
    }

    /** The country in apposition after the first comma or colon past {@code from} (`un pays côtier, le Ghana`), else null. */
    private static Mention countryNamedAfter(CueSite site, int from) {
        List<Token> toks = site.tokens();
        for (int j = from; j < Math.min(toks.size() - 1, from + 8); j++) {
            String w = toks.get(j).word();
            if (w.equals(".") || w.equals(";")) {
                return null;
            }
            if (w.equals(",") || w.equals(":")) {
                int n = j + 1;
                if (n + 1 < toks.size() && ARTICLES.contains(toks.get(n).folded())) {
                    n++;
                }
                Mention m = site.graph().mentionAt(toks.get(n).start());
                return m != null && m.type() == EntityType.COUNTRY ? m : null;
            }
        }
        return null;
    }

    private static final List<String> ARTICLES = List.of("le", "la", "l'", "l’", "les");

    /** The country after `le sud de`, `le nord du`, `l'est de la` from token {@code k}, else null. */
    private static Mention countryOfARegion(CueSite site, int k) {
        List<Token> toks = site.tokens();
        if (k + 3 >= toks.size() || !ARTICLES.contains(toks.get(k).folded())
                || !COMPASS.contains(toks.get(k + 1).folded())) {
            return null;
        }
        String of = toks.get(k + 2).folded().replace('’', '\'');
        if (!of.equals("de") && !of.equals("du") && !of.equals("d'") && !of.equals("des")) {
            return null;
        }
        for (int j = k + 3; j <= Math.min(k + 4, toks.size() - 1); j++) {
            Mention m = site.graph().mentionAt(toks.get(j).start());
            if (m != null) {
                return m.type() == EntityType.COUNTRY ? m : null;
            }
        }
        return null;
    }

    /** The parts of a country a meeting is placed in (folded). */
    private static final java.util.Set<String> COMPASS = java.util.Set.of("nord", "sud", "est", "ouest", "centre",
            "nord-est", "nord-ouest", "sud-est", "sud-ouest", "extreme-nord", "extreme-sud");

    /** `au centre de conférences de X, au Sénégal`: the country that places the town or building just named. */
    private static Mention countryRightAfter(CueSite site, Mention place) {
        List<Token> toks = site.tokens();
        int j = site.graph().tokenIndexAt(place.end() - 1) + 1;
        if (j > 0 && j < toks.size() && toks.get(j).word().equals(",")) {
            j++;
        }
        if (j <= 0 || j + 1 >= toks.size() || !COUNTRY_PREPOSITIONS.contains(toks.get(j).folded())) {
            return null;
        }
        Mention m = site.graph().mentionAt(toks.get(j + 1).start());
        return m != null && m.type() == EntityType.COUNTRY ? m : null;
    }

    /** What introduces the country after a town or building (`à` only for islands, never after a place). */
    private static final List<String> COUNTRY_PREPOSITIONS = List.of("en", "au", "aux");

    /** Words reached after the verb for the place itself. */
    private static final int NEAR = 6;

    /** Prepositions that open what a meeting is about or for, whose places are not the meeting's. */
    private static final java.util.Set<String> TOPIC_PREPOSITIONS = java.util.Set.of("sur", "pour", "contre", "autour",
            "concernant", "consacre", "consacree", "consacres", "consacrees");

    /** `sur deux jours`, `sur 3 jours`: a duration, not a topic. */
    private static boolean isAmount(String word) {
        return Character.isDigit(word.charAt(0)) || AMOUNT_WORDS.contains(TextFolding.fold(word));
    }

    private static final java.util.Set<String> AMOUNT_WORDS = java.util.Set.of("un", "une", "deux", "trois", "quatre",
            "cinq", "six", "sept", "huit", "dix", "plusieurs", "quelques");
    /** Past dates or a building: enough for a date range or a building's name before the country. */
    private static final int WINDOW = 14;

    /** `en`, `au`, `aux`, `à` (folded): what introduces the place. */
    private static boolean isPlacePreposition(String folded) {
        return folded.equals("en") || folded.equals("au") || folded.equals("aux") || folded.equals("a");
    }

    /**
     * (h46-faux13) The subject of the verb of taking place, right before it (`Les élections ont eu lieu au Mali`) or the
     * antecedent of its `qui` (`les troubles qui ont eu lieu en France`), is a noun under a determiner that names no
     * meeting (`meeting_nouns`, a joined meeting word, `proceedings_nouns`) nor a happening a country holds
     * (`held_happening_nouns`: `la visite`, `la cérémonie de signature`): riots, elections or attacks took place there,
     * and the country hosts nothing. A pronoun, a name or an event as the subject still places the meeting.
     */
    private static boolean happeningSubject(CueSite site) {
        List<Token> toks = site.tokens();
        if (!CueScope.isPronominalOrLieu(toks, site.hit())
                || !site.words().takingPlaceWords.containsWord(toks.get(site.hit().end() - 1))) {
            // only verbs of taking place (`avoir lieu`, `se tenir`, `se dérouler`: `taking_place_words`); people meet
            // (`Les ministres se réunissent en Colombie`), and a bare participle on its noun has its own test
            return false;
        }
        int k = site.hit().first() - 1;
        while (k >= 0 && (toks.get(k).word().equalsIgnoreCase("se") || toks.get(k).word().equalsIgnoreCase("s'")
                || toks.get(k).word().equals("s’"))) {
            k--;
        }
        if (k >= 0 && toks.get(k).word().equalsIgnoreCase("qui")) {
            k--;
        }
        if (k < 1) {
            return false;
        }
        Token noun = toks.get(k);
        String w = noun.word();
        String det = toks.get(k - 1).folded().replace('’', '\'');
        if (!w.matches("\\p{Ll}[\\p{L}-]+") || !site.words().subjectDeterminers.contains(det)) {
            return false;
        }
        for (int j = Math.max(0, k - 4); j < k; j++) {
            if (site.words().meetingNouns.containsWord(toks.get(j)) || site.words().joinedMeetings.containsWord(toks.get(j))) {
                return false; // the noun is a complement of the meeting (`Le dernier sommet de la série se tiendra en Égypte`)
            }
        }
        Mention m = site.graph().mentionAt(noun.start());
        return m == null && !site.words().meetingNouns.contains(w) && !site.words().joinedMeetings.contains(w)
                && !site.words().proceedingsNouns.contains(w) && !site.words().heldHappeningNouns.contains(w);
    }
}
