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

    /**
     * The entities an exception lists after the attendance cue {@code h} (`Tous étaient présents, à l'exception du
     * président X`): they did not attend it; and under a negated cue (`Aucun chef d'État n'a pris part au sommet, à
     * l'exception du président X`) they did.
     */
    static List<Mention> exceptedFrom(SentenceGraph g, List<Hit> hits, Hit h) {
        List<Token> toks = g.tokens();
        List<Mention> out = new ArrayList<>();
        for (Hit e : hits) {
            if (e.kind() == CueKind.EXCEPTION && e.first() > h.first() && h.first() >= 0
                    && g.mentionAt(toks.get(e.first()).start()) == null) {
                out.addAll(Enumerations.listAfter(g, e.end(), 3));
            }
        }
        return out;
    }
}
