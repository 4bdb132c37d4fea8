package org.summitcoverage.extract.roles;

import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;

/**
 * A participle whose passive subject holds the role, never its `par` agent: `Les leaders d'Azerbaïdjan et
 * d'Arménie sont aussi attendus`, `Des représentants de 35 pays sont attendus, à savoir la Turquie, l'Italie…`
 * (`attendu par X` names who waits for them). After an opening `parmi`, the set it qualifies (SetMembersReading).
 */
final class PassiveSubjectReading implements HolderReading {
    private final HolderReading wordOrder = new TokenFallbackReading(false);
    private final HolderReading list = new ColonListReading();
    private final HolderReading setMembers = new SetMembersReading();

    /**
     * `Les dirigeants des pays impliqués dans le conflit qui déchire la Libye sont réunis`: the parser found the
     * participle's subject and it names nobody; the name right before the verb, in its relative clause, is none.
     * A cue that opens on its auxiliary (`sont réunis`) has the participle's subject.
     */
    private static boolean unnamedParsedSubject(CueSite site) {
        SentenceGraph g = site.graph();
        int cue = site.cueNode();
        if (cue <= 0) {
            return false;
        }
        List<Integer> verbs = new ArrayList<>(List.of(cue));
        verbs.addAll(g.governors(cue, "aux"));
        for (int v : verbs) {
            if (!g.dependents(v, "nsubj:pass").isEmpty() || !g.dependents(v, "nsubj").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * `Parmi les nouveaux signataires devant être annoncés figurent X`: the participle qualifies a set of
     * signatories, whose members the signatory noun already gives their role; announced or expected signers are
     * no guests of the meeting.
     */
    static boolean qualifiesSignatories(CueSite site) {
        if (site.role() != RoleType.PARTICIPANT || !CueScope.startsWithParmi(site.tokens())) {
            return false;
        }
        for (int k = 0; k < site.hit().first(); k++) {
            if (site.words().signatoryNouns.containsWord(site.tokens().get(k))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> out = new ArrayList<>();
        boolean frontedSubject = false;
        if (qualifiesSignatories(site)) {
            return out;
        }
        if (site.cueNode() > 0) {
            List<Integer> subjects = new ArrayList<>(site.dependents("nsubj:pass"));
            subjects.addAll(site.dependents("nsubj"));
            // (h31-listes) `Outre A et B, qui …, sont attendus à Lima C et D`: the parser takes the fronted phrase for the
            // subject; what it adds holds through LikewiseExtension, and the subject stands after the verb (word order)
            int closing = FrontedAddition.closingComma(site.graph(), site.words(), site.tokens(), site.hit().first());
            if (closing > 0) {
                int end = site.tokens().get(closing).start();
                frontedSubject = subjects.removeIf(s -> site.graph().startOf(s) >= 0 && site.graph().startOf(s) < end);
            }
            out.addAll(site.phrases(subjects, Confidence.PARSE_SUBJECT, s -> "parse: subject of " + site.cueText()));
        }
        if (out.isEmpty() && site.cueNode() > 0 && CueScope.startsWithParmi(site.graph().tokens())) {
            // `Parmi les personnalités attendues figurent les présidents de X, A, de Y, B`: the set the participle
            // names, whose members the main verb lists
            out.addAll(setMembers.read(site));
        }
        if (out.isEmpty() && (frontedSubject || !unnamedParsedSubject(site))) {
            out.addAll(wordOrder.read(site));
        }
        if (out.isEmpty()) {
            out.addAll(list.read(site));
        }
        return out;
    }
}
