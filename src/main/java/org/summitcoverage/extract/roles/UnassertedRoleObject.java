package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.ParsedSentence;

import java.util.ArrayList;
import java.util.List;

/**
 * (h21-passing) Cues whose own clause does not assert a role of the meeting, common in previews and agendas that
 * mention a summit in passing (docs/annotation.md § Negation: negated or hypothetical attendance gives no role):
 * <ul>
 *   <li>an attendance noun that is the subject of a negated status predicate, `la présence du président X n'est pas
 *   acquise`, `sa participation n'a pas encore été confirmée` (`presence_status_predicates`), or of a predicate of
 *   judgement or doubt, `la présence du président français est vitale`, `sa venue reste incertaine`
 *   (`presence_judgement_predicates`): what the writer thinks of a presence, not a presence; and the question `la
 *   participation ou non du roi` (a `ou non` / `ou pas` conjunct on the noun); and (h58-a) the `de` complement of a
 *   noun of need or doubt, `la nécessité de la participation de X` (`presence_need_nouns`);</li>
 *   <li>a chairing verb whose object, or the antecedent of its relative clause, is a commemoration, `X présidera
 *   l'hommage national aux victimes`, `l'hommage qu'il présidera aux Invalides` (`chaired_non_meetings`): the head of
 *   state presides a tribute, not a meeting.</li>
 * </ul>
 * A confirmed presence (`la présence de X est confirmée`) and a chaired session (`présidera la séance`) keep their role.
 */
final class UnassertedRoleObject {
    private UnassertedRoleObject() {
    }

    static boolean unasserted(RoleWords words, SentenceGraph g, Hit h, int cueNode) {
        if (cueNode <= 0) {
            return false;
        }
        if (h.kind() == CueKind.ATTENDANCE) {
            return presenceNotAsserted(words, g, cueNode);
        }
        return h.role() == RoleType.CHAIR && (h.kind() == CueKind.VERB || h.kind() == CueKind.PASSIVE)
                && chairsANonMeeting(words, g, cueNode);
    }

    private static boolean presenceNotAsserted(RoleWords words, SentenceGraph g, int cueNode) {
        for (int c : g.dependents(cueNode, "conj:ou")) {
            String w = TextFolding.fold(g.word(c));
            if (w.equals("non") || w.equals("pas")) {
                return true; // `la participation ou non du roi`: whether he attends
            }
        }
        for (int n : g.governors(cueNode, "nmod:de")) {
            if (words.presenceNeedNouns.contains(g.word(n))) {
                return true; // (h58-a) `la nécessité de la participation de X`: a presence called for, not one that took place
            }
        }
        List<Integer> predicates = new ArrayList<>(g.governors(cueNode, "nsubj"));
        predicates.addAll(g.governors(cueNode, "nsubj:pass"));
        for (int v : predicates) {
            boolean negated = g.dependents(v, "advmod").stream().anyMatch(a -> words.negators.contains(g.word(a)));
            if (negated && words.presenceStatusPredicates.contains(g.word(v))) {
                return true;
            }
            if (!negated && words.presenceJudgementPredicates.contains(g.word(v))) {
                return true;
            }
        }
        return false;
    }

    private static boolean chairsANonMeeting(RoleWords words, SentenceGraph g, int cueNode) {
        for (int o : g.dependents(cueNode, "obj")) {
            if (words.chairedNonMeetings.contains(g.word(o))) {
                return true;
            }
        }
        for (int n : g.governors(cueNode, "acl:relcl")) {
            // `l'hommage qu'il présidera`; the parser may hang the clause on a noun of the tribute's complement,
            // `l'hommage aux victimes des attentats qu'il présidera`: up the `nmod` chain, two steps at most
            int noun = n;
            for (int step = 0; step < 3 && noun > 0; step++) {
                if (words.chairedNonMeetings.contains(g.word(noun))) {
                    return true;
                }
                noun = nmodGovernor(g, noun);
            }
        }
        return false;
    }

    private static int nmodGovernor(SentenceGraph g, int node) {
        for (ParsedSentence.Edge e : g.incoming(node)) {
            if (e.relation().startsWith("nmod")) {
                return e.governor();
            }
        }
        return -1;
    }
}
