package org.summitcoverage.cli;

import org.summitcoverage.run.ToolVersion;
import picocli.CommandLine;

/** {@code --version} of every command line of the project: the pom's version, through {@link ToolVersion}. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"summit-coverage " + ToolVersion.current()};
    }
}
