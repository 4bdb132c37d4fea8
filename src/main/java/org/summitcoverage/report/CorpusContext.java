package org.summitcoverage.report;

import org.summitcoverage.link.Reprints;

/**
 * What a corpus step may use besides its own state when it makes its tables: the groups of syndicated copies
 * (every article by input position, its id, its date and its report), and the evidence sentences of the roles it
 * names, which the runner reads back from its per-article output rather than every step keeping every sentence.
 */
public record CorpusContext(Reprints reprints, RoleEvidence evidence) {
}
