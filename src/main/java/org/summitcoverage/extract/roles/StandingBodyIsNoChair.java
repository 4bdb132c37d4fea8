package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import java.util.List;

/**
 * `X préside l'Union africaine`, `Y, qui préside la CEDEAO`: chairing a standing body is no role of the summit
 * (docs/annotation.md § Roles); the verb chairs the meeting only when its object is the meeting or its work
 * (`préside la séance`, `a présidé les travaux du sommet`) or when it has none (`la réunion présidée par X`).
 */
final class StandingBodyIsNoChair implements HolderReading {
    private final HolderReading reading;

    StandingBodyIsNoChair(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.cueNode() > 0 && site.role() == RoleType.CHAIR) {
            SentenceGraph g = site.graph();
            for (int o : site.dependents("obj")) {
                Mention m = g.mentionAt(g.startOf(o));
                if (site.words().standingBodies.contains(g.word(o)) || m != null && m.type() == EntityType.ORGANIZATION) {
                    return List.of();
                }
            }
        }
        return reading.read(site);
    }
}
