package org.summitcoverage.extract.roles;

import org.summitcoverage.model.RoleType;

import java.util.List;

/**
 * `La délégation tunisienne, présidée par la ministre X`, `X a codirigé la délégation`: what is presided over is a
 * delegation, not the meeting, so the verb chairs nothing; {@link DelegationLeaderReading} reads the same cue as
 * leading that delegation.
 */
final class LedDelegationIsNoChair implements HolderReading {
    private final HolderReading reading;

    LedDelegationIsNoChair(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.role() == RoleType.CHAIR && site.cueNode() > 0
                && Delegations.delegationNoun(site.graph(), site.cueNode()) > 0) {
            return List.of();
        }
        return reading.read(site);
    }
}
