package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.model.RoleType;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

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
        for (int v : clauses) {
            out.addAll(listingClauseOverTheSigners(site, v));
        }
        return out;
    }

    /**
     * `61 pays ont signé la déclaration, mais A et B n'y figuraient pas`: a listing verb (`figurer`) whose clitic `y`
     * (`list_clitics`) takes up the signatories, in a clause coordinated with the signature; its own negation makes a
     * refusal. The parser often leaves that verb without a subject (it hangs A and B on the signed text), so the names
     * right before its clitics are read when it has none.
     */
    private static List<Finding> listingClauseOverTheSigners(CueSite site, int v) {
        SentenceGraph g = site.graph();
        RoleWords words = site.words();
        List<Integer> modifiers = new ArrayList<>(g.dependents(v, "advmod"));
        modifiers.addAll(g.dependents(v, "expl"));
        modifiers.addAll(g.dependents(v, "obl"));
        if (!words.listingVerbs.contains(g.word(v)) || modifiers.stream().noneMatch(a -> words.listClitics.contains(g.word(a)))) {
            return List.of();
        }
        boolean negated = modifiers.stream().anyMatch(a -> words.negators.contains(g.word(a)));
        CueSite asRead = site.withRole(negated ? RoleType.NON_SIGNATORY : RoleType.SIGNATORY);
        List<Integer> subjects = g.dependents(v, "nsubj");
        if (!subjects.isEmpty()) {
            return asRead.phrases(subjects, Confidence.PARSE_SUBJECT, n -> "parse: " + site.cueText() + " … " + g.word(n) + " y figure");
        }
        Mention before = mentionEndingBefore(g, cliticsStart(g, v));
        if (before == null || !SentenceGraph.canHoldRole(before)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Mention m : Enumerations.coordination(g, before)) {
            out.add(asRead.finding(m, Confidence.TOKEN_RULE, "tokens: subject before a listing verb over the signatories",
                    site.cueText() + " … " + m.text() + " " + g.word(v)));
        }
        return out;
    }

    /** The token index where the verb's negation and clitics begin (`n'y figuraient`), or the verb's own. */
    private static int cliticsStart(SentenceGraph g, int v) {
        List<Token> toks = g.tokens();
        int k = g.tokenIndexAt(g.startOf(v));
        while (k > 0 && CLITICS_BEFORE_VERB.contains(toks.get(k - 1).folded())) {
            k--;
        }
        return k;
    }

    /** The mention that ends on the token right before {@code k}. */
    private static Mention mentionEndingBefore(SentenceGraph g, int k) {
        if (k <= 0) {
            return null;
        }
        Token last = g.tokens().get(k - 1);
        for (Mention m : g.mentions()) {
            if (m.end() == last.end()) {
                return m;
            }
        }
        return null;
    }

    /** Negation and clitics that may stand between a subject and its verb (`n'y`, `ne les`). */
    private static final java.util.Set<String> CLITICS_BEFORE_VERB = java.util.Set.of("n'", "ne", "y", "en");
}
