package org.summitcoverage.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a {@link CorpusFile#location()}: the local disk here, a Hadoop file system in the Spark job. */
@FunctionalInterface
public interface InputSource extends Serializable {
    InputStream open(String location) throws IOException;

    default byte[] readAll(String location) throws IOException {
        try (InputStream in = open(location)) {
            return in.readAllBytes();
        }
    }

    /** {@code file:} URIs through java.nio: the errors a user sees are the local file system's. */
    InputSource LOCAL = location -> Files.newInputStream(Path.of(URI.create(location)));
}
