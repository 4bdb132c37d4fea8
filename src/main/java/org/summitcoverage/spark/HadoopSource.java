package org.summitcoverage.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.summitcoverage.corpus.InputSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Opens corpus files through Hadoop's FileSystem (cached per scheme and authority by Hadoop itself), with the
 * driver's configuration (credentials, file system settings) carried to the executors as a plain map. A
 * {@code file:} URI is read as the local runner reads it ({@link InputSource#LOCAL}): same errors, and no
 * checksum-file lookup (Hadoop's local file system cannot even build that path for a name with a ':').
 */
final class HadoopSource implements InputSource {
    private static final long serialVersionUID = 1L;
    private final HashMap<String, String> conf;
    private transient Configuration configuration;

    HadoopSource(Configuration c) {
        conf = new HashMap<>();
        for (Map.Entry<String, String> e : c) {
            conf.put(e.getKey(), e.getValue());
        }
    }

    @Override
    public InputStream open(String location) throws IOException {
        URI u = URI.create(location);
        if ("file".equals(u.getScheme())) {
            return LOCAL.open(location);
        }
        Path p = new Path(u);
        return p.getFileSystem(configuration()).open(p);
    }

    private Configuration configuration() {
        if (configuration == null) {
            Configuration c = new Configuration(false);
            conf.forEach(c::set);
            configuration = c;
        }
        return configuration;
    }
}
