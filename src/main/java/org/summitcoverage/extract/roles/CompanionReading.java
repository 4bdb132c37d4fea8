package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.Words;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with no role cue that gives a companion to the person the previous sentence said attends: `X a pris part
 * à la séance. Il était accompagné du ministre Y.` (a subject pronoun, its auxiliaries, then a marker of
 * `likewise_attendance_markers`): the companions attend too. Nothing when the previous sentence gave no person a
 * role of attendance. So do those who follow or precede him (`follower_markers`: `X est arrivé le premier. Il était
 * suivi par A ; B`), an order of arrival or of speakers.
 * (h63-miss) So do those a sentence adds to that set by a fronted dative (`fronted_addition_openers`) and a verb of
 * addition (`fronted_addition_verbs`): `Macron a convié A et B. À ce gratin s'ajoutent C et D`; the dative is a short
 * phrase naming no one, so the set it takes up is the previous sentence's.
 */
final class CompanionReading {
    /** How far past the marker a person may stand behind a title and its complement (`du secrétaire général de l'ONU, X`). */
    private static final int TITLED_SLACK = 6;
    /** The most auxiliaries between the pronoun and the marker (`a été`). */
    private static final int MAX_AUXILIARIES = 2;
    /** The longest subject made of a title and its complements (`Le ministre des Affaires étrangères du Togo`). */
    private static final int MAX_TITLE_SUBJECT_TOKENS = 10;
    /** The longest adverbial of the meeting inside the marker (`lors de ce sommet`, `à la réunion`). */
    private static final int MAX_INSERT_TOKENS = 4;
    /** The longest fronted dative of a set (`À ces chefs d'État africains`). */
    private static final int MAX_DATIVE_TOKENS = 6;
    /** Words that open such an adverbial. */
    private static final java.util.Set<String> INSERT_OPENERS = java.util.Set.of("lors", "à", "au", "pendant", "durant");

    private final RoleWords words;

    CompanionReading(RoleWords words) {
        this.words = words;
    }

    List<Finding> read(SentenceGraph g, String trigger) {
        List<Token> toks = g.tokens();
        int subjectEnd = subjectEnd(g, toks);
        if (subjectEnd < 0) {
            return List.of();
        }
        int k = subjectEnd;
        while (k < toks.size() && k - subjectEnd < MAX_AUXILIARIES && words.auxiliaries.containsWord(toks.get(k))) {
            k++;
        }
        if (k == subjectEnd) {
            return List.of();
        }
        int from = markerEnd(toks, k);
        if (from < 0) {
            return List.of();
        }
        List<Mention> list = Enumerations.listAfter(g, from, 3);
        if (list.isEmpty()) {
            List<Mention> titled = Enumerations.listAfter(g, from, TITLED_SLACK);
            if (!titled.isEmpty() && titled.get(0).type() == EntityType.PERSON) {
                list = titled;
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Mention m : list) {
            out.add(new Finding(RoleType.PARTICIPANT, m, trigger, Confidence.ENUMERATION, "companion",
                    toks.get(0).word() + " … " + toks.get(k).word() + " " + m.text() + " (previous sentence: " + trigger + ")", null));
        }
        return out;
    }

    /**
     * (h63-miss) Those the sentence adds by a fronted dative to the set the previous sentence said attends (`À ces
     * dirigeants s'ajoutent A et B`); empty when it does not open so. The list must name people: its first item a
     * person or announced by a title (`la Première ministre de la Barbade, A`, `les dirigeants allemand et brésilien`),
     * not things (`À ces difficultés s'ajoutent la dette du Kenya`).
     */
    List<Finding> added(SentenceGraph g, String trigger) {
        List<Token> toks = g.tokens();
        int added = additionEnd(g, toks);
        if (added < 0) {
            return List.of();
        }
        List<Mention> list = Enumerations.listAfter(g, added, TITLED_SLACK);
        if (list.isEmpty() || list.get(0).type() != EntityType.PERSON && !titleBefore(toks, added, list.get(0))) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Mention m : list) {
            out.add(new Finding(RoleType.PARTICIPANT, m, trigger, Confidence.ENUMERATION, "fronted addition",
                    toks.get(0).word() + " … " + toks.get(added - 1).word() + " " + m.text() + " (previous sentence: " + trigger + ")", null));
        }
        return out;
    }

    /** The end of the fronted addition that opens the sentence ({@link #additionEnd}), for the cues inside its verb. */
    int additionEnd(SentenceGraph g) {
        return additionEnd(g, g.tokens());
    }

    /** Whether a title word stands between {@code from} and the first item {@code first}. */
    private boolean titleBefore(List<Token> toks, int from, Mention first) {
        for (int k = from; k < toks.size() && toks.get(k).end() <= first.start(); k++) {
            if (words.isTitle(toks.get(k).word()) || words.isHolderTitle(toks.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a verb of addition after a fronted dative that opens the sentence (`À ces dirigeants s'ajoutent`,
     * `Aux souverains viendront s'ajouter`); -1 when the sentence does not open so, or the dative names someone or
     * runs past {@link #MAX_DATIVE_TOKENS} (then it is no set taken up from the previous sentence).
     */
    private int additionEnd(SentenceGraph g, List<Token> toks) {
        if (toks.size() < 3 || !words.frontedAdditionOpeners.containsWord(toks.get(0))) {
            return -1;
        }
        for (int k = 1; k < Math.min(toks.size(), 1 + MAX_DATIVE_TOKENS); k++) {
            for (List<String> verb : words.frontedAdditionVerbs) {
                int end = RoleWords.phraseEnd(toks, k, verb);
                if (end > 0) {
                    return k > 1 ? end : -1;
                }
            }
            Token t = toks.get(k);
            if (g.mentionAt(t.start()) != null || Words.isPunctuation(t) && !t.word().equals("'") && !t.word().equals("’")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the subject that takes up the previous sentence's person ends: after a subject pronoun (`Il`), or after a
     * title with no name (`Le Chef du gouvernement`, `La ministre sénégalaise`), right before its auxiliary; else -1.
     */
    private int subjectEnd(SentenceGraph g, List<Token> toks) {
        if (toks.isEmpty()) {
            return -1;
        }
        if (words.subjectPronouns.containsWord(toks.get(0))) {
            return 1;
        }
        if (toks.size() < 3 || !words.definiteArticles.containsWord(toks.get(0))
                || !(words.isTitle(toks.get(1).word()) || words.isHolderTitle(toks.get(1).word()))) {
            return -1;
        }
        for (int k = 2; k < Math.min(toks.size(), MAX_TITLE_SUBJECT_TOKENS); k++) {
            Token t = toks.get(k);
            if (words.auxiliaries.containsWord(t)) {
                return k;
            }
            Mention m = g.mentionAt(t.start());
            if (m != null && m.type() == EntityType.PERSON || t.word().equals(",")) {
                return -1; // a named subject is read by the cues, not taken up from the previous sentence
            }
        }
        return -1;
    }

    /**
     * The end of the companion marker at {@code k} (`accompagné du`), also past a short adverbial of the meeting
     * inside it (`est accompagné lors de ce sommet du ministre Y`); -1 when none.
     */
    private int markerEnd(List<Token> toks, int k) {
        for (List<String> marker : words.likewiseAttendanceMarkers) {
            int end = RoleWords.phraseEnd(toks, k, marker);
            if (end > 0) {
                return end;
            }
        }
        for (List<String> marker : words.followerMarkers) {
            // (h39-presences6) `X est arrivé le premier. Il était suivi par A ; B`: those who came next attend too
            int end = RoleWords.phraseEnd(toks, k, marker);
            if (end > 0) {
                return end;
            }
        }
        if (k + 1 >= toks.size() || !INSERT_OPENERS.contains(toks.get(k + 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        for (List<String> marker : words.likewiseAttendanceMarkers) {
            if (marker.size() < 2 || RoleWords.phraseEnd(toks, k, marker.subList(0, 1)) < 0) {
                continue;
            }
            for (int j = k + 2; j < Math.min(toks.size(), k + 2 + MAX_INSERT_TOKENS); j++) {
                int end = RoleWords.phraseEnd(toks, j, marker.subList(1, marker.size()));
                if (end > 0 && words.joinedMeetings.contains(toks.get(j - 1).word().toLowerCase(java.util.Locale.ROOT))) {
                    return end;
                }
            }
        }
        return -1;
    }
}
