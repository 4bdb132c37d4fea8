package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * `L'Assemblée générale a adopté la résolution par 120 voix contre 14`: an assembly that adopts a text is the
 * meeting where its members vote, not one more signatory; the members who voted for it are. A body whose name
 * opens on an assembly word (`dict/role_words.tsv` → `assembly_heads`) is dropped from what the reading signs.
 */
final class AssemblyIsTheMeeting implements HolderReading {
    private final HolderReading reading;

    AssemblyIsTheMeeting(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : reading.read(site)) {
            if (!isAssembly(site.words(), f.mention())) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static boolean isAssembly(RoleWords words, Mention m) {
        if (m.type() != EntityType.ORGANIZATION) {
            return false;
        }
        String first = m.text().split("[\\s'’]+")[0];
        return words.assemblyHeads.contains(first);
    }
}
