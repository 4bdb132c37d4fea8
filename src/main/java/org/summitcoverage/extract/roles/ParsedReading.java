package org.summitcoverage.extract.roles;

import java.util.List;

/** A reading of the parse around the cue: where the parser has no node for the cue, it finds nothing. */
interface ParsedReading extends HolderReading {
    @Override
    default List<Finding> read(CueSite site) {
        return site.cueNode() > 0 ? readParsed(site) : List.of();
    }

    List<Finding> readParsed(CueSite site);
}
