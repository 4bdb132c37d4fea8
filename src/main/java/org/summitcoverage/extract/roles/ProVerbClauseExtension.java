package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;

/**
 * A clause coordinated with a signature that takes it up with the pro-verb `faire` and a clitic object: `Le Brésil n'a
 * pas signé, mais la Turquie l'a fait` (the Turkish signature), `La Corée a signé, tandis que le Japon ne l'a pas fait`
 * (a refusal). The clause's own negation says which: the act `l'` stands for is the signing of the cue, whatever the
 * polarity of the first clause. Only after a signing verb (`signer`, `adopter`), not a refusal (`a refusé de signer,
 * mais X l'a fait` could take up either act).
 */
final class ProVerbClauseExtension implements HolderReading {
    private final HolderReading reading;

    ProVerbClauseExtension(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> out = new ArrayList<>(reading.read(site));
        if (site.cueNode() <= 0 || site.hit().role() != RoleType.SIGNATORY || site.hit().kind() != CueKind.VERB) {
            return out;
        }
        SentenceGraph g = site.graph();
        List<Integer> clauses = new ArrayList<>(site.dependents("conj"));
        clauses.addAll(site.dependents("advcl")); // `…, tandis que le Japon ne l'a pas fait`
        for (int v : clauses) {
            if (!site.words().faireForms.contains(g.word(v))
                    || g.dependents(v, "obj").stream().noneMatch(o -> site.words().objectClitics.contains(g.word(o)))) {
                continue;
            }
            boolean negated = g.dependents(v, "advmod").stream().anyMatch(a -> site.words().negators.contains(g.word(a)));
            RoleType role = negated ? RoleType.NON_SIGNATORY : RoleType.SIGNATORY;
            for (Finding f : site.phrases(g.dependents(v, "nsubj"), Confidence.PARSE_SUBJECT,
                    n -> "parse: " + site.cueText() + " … " + g.word(n) + " l'a fait")) {
                out.add(new Finding(role, f.mention(), f.trigger(), f.confidence(), f.rule(), f.licence(), null));
            }
        }
        return out;
    }
}
