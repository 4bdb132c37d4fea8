package org.summitcoverage.extract.roles;

import org.summitcoverage.model.RoleType;
import java.util.List;

/**
 * `X préside l'Union africaine`, `Y préside la Commission`: chairing a standing body (`standing_bodies`) is no role
 * of the summit (docs/annotation.md § Roles), as for the noun (`PresidencyReading`). A body named by an acronym
 * is not read so: `préside le G20` in an article on the G20's summit chairs it.
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
                if (site.words().standingBodies.contains(g.word(o))) {
                    return List.of();
                }
            }
        }
        return reading.read(site);
    }
}
