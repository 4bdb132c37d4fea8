package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * `signé par 61 États, à l'exception des États-Unis et du Royaume-Uni`: in a sentence about signing, the
 * entities listed after an exception did not sign. An exception about anything else (attendance) is no
 * refusal; the word inside a name (`Médecins sans frontières`) is no exception.
 */
final class ExceptionReading {
    List<Finding> read(SentenceGraph g, List<Hit> hits) {
        List<Finding> out = new ArrayList<>();
        if (hits.stream().noneMatch(h -> h.role() == RoleType.SIGNATORY)) {
            return out;
        }
        List<Token> toks = g.tokens();
        for (Hit h : hits) {
            if (h.kind() != CueKind.EXCEPTION || g.mentionAt(toks.get(h.first()).start()) != null) {
                continue;
            }
            for (Mention m : Enumerations.listAfter(g, h.end(), 3)) {
                out.add(new Finding(RoleType.NON_SIGNATORY, m, h.text(), Confidence.EXCEPTION, "exception",
                        h.text() + " → " + m.text(), null));
            }
        }
        return out;
    }
}
