package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;
import org.summitcoverage.dict.TextFolding;

import java.util.ArrayList;
import java.util.List;

/**
 * A meeting held on the sidelines of the summit says both sides were there: `X s'est entretenu en marge du sommet
 * avec Y`, `En marge des travaux, X a rencontré Y`, `X et Y ont échangé en marge de la conférence`; and going home at its
 * end says one was there: `X a regagné Lomé au terme du sommet`. The verb (`sidelines` cues) holds no role unless its
 * clause is placed `en marge de`, `au terme de`, `à l'issue de`, `lors de` (`sideline_markers`) the meeting (`joined_meetings`,
 * or an event), or `pour la photo de famille`, or has the meeting as its purpose (`ont rencontré Y à Pékin pour le 25e
 * sommet`): then its subject, its object and its `avec` partner attend (not a place gone to). `X a rencontré Y à
 * Paris` is no role.
 */
final class SidelinesReading implements ParsedReading {
    /** How far the meeting's noun may stand after `en marge de` (`en marge du 40e sommet ordinaire`). */
    private static final int MEETING_WINDOW = 5;
    /** How many governors up from `marge` the cue may stand (`en marge du sommet` on the verb or on its object). */
    private static final int ATTACHMENT_DEPTH = 3;

    private final SubjectReading subjects = new SubjectReading();

    @Override
    public List<Finding> readParsed(CueSite site) {
        if (!placedOnTheSidelines(site)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(subjects.readParsed(site));
        String verb = site.graph().tokens().get(site.hit().first()).folded();
        if (site.words().homingStems.entries().stream().anyMatch(verb::startsWith)) {
            for (int o : site.dependents("obj")) {
                if (site.words().officeNouns.contains(site.graph().word(o))) {
                    return List.of(); // `X quittera le poste à l'issue du sommet`: leaving an office, not the meeting's city
                }
                for (Mention m : site.graph().entitiesInPhrase(o)) {
                    if (m.type() != EntityType.LOCATION && !site.words().isCityName(m.text())) {
                        return List.of(); // `Le Niger a quitté la CEDEAO à l'issue du sommet`: leaving a body, not a city
                    }
                }
            }
            if (out.isEmpty()) {
                out.addAll(site.phrases(site.dependents("nsubj:pass"), Confidence.PARSE_SUBJECT, n -> "went home: " + site.cueText()));
            }
            return out; // `X a quitté Addis-Abeba à l'issue du sommet`: who leaves attended, not what is left
        }
        List<Integer> partners = new ArrayList<>(site.dependents("obj"));
        if (out.isEmpty()) {
            partners.addAll(site.dependents("nsubj:pass")); // `s'est entretenu` parsed as a passive: its own subject
        }
        partners.addAll(avecPartners(site));
        partners.addAll(site.dependents("obl:agent"));
        for (Finding f : site.phrases(partners, Confidence.NOUN_RULE, n -> "on the sidelines: " + site.cueText())) {
            Mention m = f.mention();
            if (m.type() != EntityType.LOCATION && !(m.type() == EntityType.COUNTRY && site.words().isCityName(m.text()))) {
                out.add(f); // `a regagné Lomé au terme du sommet`: the place gone to attends nothing
            }
        }
        return out;
    }

    /**
     * The nouns an `avec` introduces in the cue's clause: on the verb, or where the parser hangs them, on the meeting
     * (`en marge du sommet avec son homologue Y`) or on an adverbial (`a eu un entretien avec le ministre Y`).
     */
    private static List<Integer> avecPartners(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> out = new ArrayList<>();
        for (Token t : g.tokens()) {
            int avec = t.folded().equals("avec") ? g.nodeAt(t.start()) : -1;
            if (avec <= 0) {
                continue;
            }
            for (int noun : g.governors(avec, "case")) {
                if (attachedTo(g, noun, site.cueNode())) {
                    out.add(noun);
                }
            }
        }
        return out;
    }

    /** `en marge de` (`sideline_markers`) + the meeting, attached to the cue (directly, or through its complement). */
    private static boolean placedOnTheSidelines(CueSite site) {
        SentenceGraph g = site.graph();
        List<Token> toks = g.tokens();
        for (int k = 0; k < toks.size(); k++) {
            for (List<String> marker : site.words().sidelineMarkers) {
                int end = RoleWords.phraseEnd(toks, k, marker);
                String last = end > 0 ? marker.get(marker.size() - 1).strip() : "";
                boolean photo = last.equals("photo");
                boolean purpose = last.equals("pour");
                if (end < 0 || end >= toks.size() || !(photo ? familyPhoto(toks, end)
                        : purpose ? meetingAsPurpose(site, toks, end) : namesTheMeeting(site, toks, end))) {
                    continue;
                }
                int head = g.nodeAt(toks.get(end - 1).start());
                if (head > 0 && attachedTo(g, head, site.cueNode())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** `pour la photo de famille`, `sur la photo de groupe`: the meeting's own photo. */
    private static boolean familyPhoto(List<Token> toks, int from) {
        return from + 1 < toks.size() && toks.get(from).folded().equals("de")
                && (toks.get(from + 1).folded().equals("famille") || toks.get(from + 1).folded().equals("groupe"));
    }

    /**
     * `pour le 25e sommet`, `pour leur sommet annuel`: the meeting itself, right after its determiner, is what they met
     * for (not `pour préparer le sommet`, a purpose that is no attendance).
     */
    private static boolean meetingAsPurpose(CueSite site, List<Token> toks, int from) {
        return PURPOSE_DETERMINERS.contains(toks.get(from).folded()) && meetingWithin(site, toks, from);
    }

    private static final java.util.Set<String> PURPOSE_DETERMINERS = java.util.Set.of("le", "la", "l'", "leur", "son", "sa", "ce", "cette");

    private static boolean namesTheMeeting(CueSite site, List<Token> toks, int from) {
        String de = toks.get(from).folded();
        if (!de.equals("de") && !de.equals("du") && !de.equals("des") && !de.equals("d'")) {
            return false;
        }
        return meetingWithin(site, toks, from);
    }

    /** A meeting's noun or event within a few tokens after {@code from}, not an earlier one, before a comma or a stop. */
    private static boolean meetingWithin(CueSite site, List<Token> toks, int from) {
        for (int j = from + 1; j < toks.size() && j <= from + MEETING_WINDOW; j++) {
            Mention m = site.graph().mentionAt(toks.get(j).start());
            if (site.words().earlierMeetingAdjectives.containsWord(toks.get(j))) {
                return false; // `lors du précédent sommet`: another meeting
            }
            if (site.words().joinedMeetings.containsWord(toks.get(j)) || m != null && m.type() == EntityType.EVENT) {
                // `lors du sommet précédent`: another meeting
                return j + 1 >= toks.size() || !site.words().earlierMeetingAdjectives.containsWord(toks.get(j + 1));
            }
            if (toks.get(j).word().equals(",") || toks.get(j).word().equals(".")) {
                return false;
            }
        }
        return false;
    }

    private static boolean attachedTo(SentenceGraph g, int node, int cue) {
        List<Integer> level = List.of(node);
        for (int d = 0; d < ATTACHMENT_DEPTH && !level.isEmpty(); d++) {
            List<Integer> up = new ArrayList<>();
            for (int n : level) {
                for (var e : g.incoming(n)) {
                    if (e.governor() == cue) {
                        return true;
                    }
                    if (e.governor() > 0 && !e.relation().startsWith("conj") && !e.relation().equals("root")) {
                        up.add(e.governor());
                    }
                }
            }
            level = up;
        }
        return false;
    }
}
