package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * (h30-marges) A clause passive of signing with an `entre` complement names the parties that signed: `Trois accords ont
 * été signés lundi à Dakar entre le Sénégal et la Gambie` (the parties of a bilateral text are its signatories, as the
 * press writes up the agreements of a state visit or of a summit's margins). Only the clause passive (`ont été signés`,
 * `seront paraphés`, a passive subject or a passive auxiliary): a bare participle on its noun (`l'accord signé entre A et
 * B`) most often recalls an earlier text. The verbs are those whose folded form opens on `between_parties_signing_stems`;
 * a negated signing (`n'a été signé entre A et B`) names no party. (h31-signature) The `entre` complement of the signed
 * text as the passive subject names them too (`Une déclaration commune entre A et B a été signée`).
 */
final class SignedBetweenParties implements HolderReading {
    private final HolderReading reading;

    SignedBetweenParties(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> out = new ArrayList<>(reading.read(site));
        int cue = site.cueNode();
        if (cue <= 0 || site.role() != RoleType.SIGNATORY || !signs(site) || !clausePassive(site)) {
            return out;
        }
        Set<String> held = new HashSet<>();
        out.forEach(f -> held.add(f.mention().entityId()));
        List<Integer> parties = new ArrayList<>(site.dependents("obl:entre"));
        for (int subject : site.dependents("nsubj:pass")) {
            if (site.words().signedTexts.contains(site.graph().word(subject))) {
                // (h31-signature) `Une déclaration commune entre A et B a été signée`: the parties of the text signed
                parties.addAll(site.graph().dependents(subject, "nmod:entre"));
            }
        }
        for (Finding f : site.phrases(parties, Confidence.PARSE_AGENT,
                n -> "passive " + site.cueText() + " entre " + site.graph().word(n))) {
            if (held.add(f.mention().entityId())) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean signs(CueSite site) {
        String verb = TextFolding.fold(site.graph().word(site.cueNode()));
        return site.words().betweenPartiesSigningStems.entries().stream().anyMatch(verb::startsWith);
    }

    /** `ont été signés`, `seront paraphés`: a passive subject or a passive auxiliary on the cue. */
    private static boolean clausePassive(CueSite site) {
        return !site.dependents("nsubj:pass").isEmpty() || !site.dependents("aux:pass").isEmpty();
    }
}
