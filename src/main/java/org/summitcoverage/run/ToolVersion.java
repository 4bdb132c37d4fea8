package org.summitcoverage.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The tool's version, written once, in the pom: Maven filters it into {@code version.properties}, and
 * {@code --version}, {@code manifest.json} → {@code tool_version} and {@link PipelineVersion} read it here.
 */
public final class ToolVersion {
    private static final String RESOURCE = "/org/summitcoverage/version.properties";
    private static final String CURRENT = read();

    private ToolVersion() {
    }

    /** The pom's {@code <version>}, e.g. {@code 0.1.0}. */
    public static String current() {
        return CURRENT;
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String v = p.getProperty("version", "").strip();
        // An unfiltered copy (a build that bypassed Maven's resources phase) must not become a version.
        if (v.isEmpty() || v.contains("${")) {
            throw new IllegalStateException(RESOURCE + " holds no version (was it filtered by Maven?): '" + v + "'");
        }
        return v;
    }
}
