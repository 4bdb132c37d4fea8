package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * (h43-votes4) A veto, rejection or vote against a text the sentence calls another one (`other_text_adjectives`: `Moscou
 * avait opposé son veto à un texte similaire`, `une autre résolution, à laquelle la Russie a opposé son veto`) is no
 * role of this meeting's text. Why: real reports of a vote recall the fate of an earlier or rival draft in the same
 * sentence; its opponents refused no text of this meeting (docs/annotation.md: roles of this summit only). Signing
 * stays: a summit signs several texts.
 * The text is the cue's object or oblique complement, its passive subject, or the noun its participle or relative
 * clause qualifies.
 */
final class OtherTextIsNoRole implements HolderReading {
    private final HolderReading reading;

    OtherTextIsNoRole(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.role() != org.summitcoverage.model.RoleType.NON_SIGNATORY || site.cueNode() <= 0) {
            return reading.read(site); // a summit signs several texts (`a aussi signé un autre accord`): signing stays
        }
        return actsOnAnotherText(site) ? List.of() : reading.read(site);
    }

    private static boolean actsOnAnotherText(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> texts = new ArrayList<>(site.dependents("obj"));
        texts.addAll(site.dependents("obl"));
        texts.addAll(site.dependents("nsubj:pass"));
        texts.addAll(site.governors("acl"));
        for (int n : texts) {
            if (site.words().signedTexts.contains(g.word(n)) && qualifiedAsAnother(site, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean qualifiedAsAnother(CueSite site, int text) {
        SentenceGraph g = site.graph();
        List<Integer> qualifiers = new ArrayList<>(g.dependents(text, "amod"));
        qualifiers.addAll(g.dependents(text, "det"));
        return qualifiers.stream().anyMatch(q -> site.words().otherTextAdjectives.contains(g.word(q)));
    }
}
