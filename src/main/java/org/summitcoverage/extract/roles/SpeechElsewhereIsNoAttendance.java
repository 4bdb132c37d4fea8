package org.summitcoverage.extract.roles;

import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * A verb of speaking (`s'exprimer`, `prendre la parole`, `intervenir`) attends the meeting only when the
 * words are said there: `S'exprimant lors d'un point de presse, le porte-parole X a …` speaks elsewhere
 * (docs/annotation.md, a quoted speaker), as does `depuis` + a place (`s'exprimant depuis Lomé`), unless the sentence also
 * places the words at the meeting.
 */
final class SpeechElsewhereIsNoAttendance implements HolderReading {
    private final HolderReading reading;

    SpeechElsewhereIsNoAttendance(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.role() == RoleType.PARTICIPANT && speaking(site)
                && (RoleWords.containsPhrase(site.tokens(), site.words().speechElsewhere) || QuotedSpeakerReading.saidFromAPlace(site))
                && !site.words().placesSpeechAtMeeting(site.tokens())) {
            return List.of();
        }
        if (site.role() == RoleType.PARTICIPANT && deedDoneElsewhere(site)) {
            return List.of();
        }
        if (site.role() == RoleType.PARTICIPANT && speaking(site)
                && ((conveysThanks(site) && !site.words().placesSpeechAtMeeting(site.tokens())) || qualifiesAThing(site))) {
            return List.of();
        }
        return reading.read(site);
    }

    /**
     * A non-reflexive `exprimer` whose object is thanks (`Le gouvernement X a exprimé sa gratitude aux hôtes`,
     * `thanks_nouns`): a message, said nowhere in particular; `s'exprimer` speaks. (r24) Not when the sentence places
     * the words at the meeting, `Lors de la cérémonie d'ouverture, X a exprimé ses condoléances`: said there, it attends.
     * (h62-sweepd) A wish too (`wish_nouns`: `Des États, notamment A, ont exprimé leur souhait d'intégrer l'organisation`).
     */
    private static boolean conveysThanks(CueSite site) {
        if (!expresses(site)) {
            return false;
        }
        for (int o : site.dependents("obj")) {
            String object = site.graph().word(o).toLowerCase(java.util.Locale.ROOT);
            if (site.words().thanksNouns.contains(object) || site.words().wishNouns.contains(object)) {
                return true;
            }
        }
        return false;
    }

    /** A non-reflexive `exprimer` (`s'exprimer` speaks). */
    private static boolean expresses(CueSite site) {
        if (site.cueNode() <= 0 || !site.graph().word(site.cueNode()).toLowerCase(java.util.Locale.ROOT).startsWith("exprim")) {
            return false;
        }
        return site.dependents("expl").isEmpty() && site.dependents("expl:pv").isEmpty()
                && site.dependents("expl:comp").isEmpty() && !site.precededBy("s'") && !site.precededBy("s’")
                && !site.precededBy("se");
    }

    /**
     * `exprimer` as a participle on a thing (`la volonté exprimée par les membres du G7`, `les réserves exprimées par X`):
     * a position reported, said nowhere in particular; not on a person (`le ministre, exprimant …`).
     */
    private static boolean qualifiesAThing(CueSite site) {
        if (!expresses(site)) {
            return false;
        }
        SentenceGraph g = site.graph();
        for (int n : site.governors("acl")) {
            boolean thing = "NOUN".equals(g.pos(n)) && g.mentionAt(g.startOf(n)) == null && !site.words().isTitle(g.word(n))
                    && !site.words().memberNouns.contains(g.word(n)) && !site.words().representingNouns.contains(g.word(n));
            if (thing) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h43-faux10) `Avant le sommet, le ministre X a présenté à Wellington sa demande d'adhésion`: a deed placed right
     * after its participle (`deed_participles`, with its acute `é`: not the adjective `présente`) in a place the article
     * names nowhere else was done there, not at the meeting, whose place an article names again; (h44-faux11) also
     * past time words (`a présenté lundi à Wellington`) and for a several-word place (`à New York`: `DeedPlace`).
     */
    private static boolean deedDoneElsewhere(CueSite site) {
        List<Token> toks = site.tokens();
        int k = site.hit().first();
        String word = toks.get(k).word();
        int at = DeedPlace.pastTimeWords(site.words(), toks, k); // (h44-faux11) `a présenté lundi à Wellington`
        if (!site.words().deedParticiples.contains(word) || !word.matches("(?i).*(é|ée|és|ées)") || at + 1 >= toks.size()) {
            return false;
        }
        String prep = toks.get(at).word().toLowerCase(java.util.Locale.ROOT);
        // (h44-faux11) the whole name, `New York`: its first word alone may open another place (`New Delhi`)
        String place = DeedPlace.capitalisedRun(toks, at + 1);
        if (!prep.equals("à") && !prep.equals("en") || place.isEmpty() || !Character.isUpperCase(place.charAt(0))) {
            return false;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(place) + "(?!\\p{L})")
                .matcher(site.discourse().doc().text());
        int times = 0;
        while (m.find()) {
            times++;
        }
        return times == 1;
    }

    private static boolean speaking(CueSite site) {
        for (int k = site.hit().first(); k < site.hit().end(); k++) {
            if (site.words().speakingCues.containsWord(site.tokens().get(k))) {
                return true;
            }
        }
        return false;
    }
}
