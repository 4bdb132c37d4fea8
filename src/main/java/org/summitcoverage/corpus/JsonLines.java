package org.summitcoverage.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of a JSON Lines file as {@link WorkItem}s, read lazily so an archive of any size streams: one
 * item per non-blank line (numbered as an editor shows them, blank lines included), or one item with no line
 * when the file cannot be opened. A read error part-way ends the file.
 */
public final class JsonLines {
    private JsonLines() {
    }

    public static Iterator<WorkItem> items(CorpusFile f, InputSource source) {
        BufferedReader reader;
        try {
            reader = new BufferedReader(new InputStreamReader(source.open(f.location()), StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException | SecurityException | IllegalArgumentException e) {
            return List.of(WorkItem.wholeFile(f)).iterator();
        }
        return new LineIterator(f, reader);
    }

    /** How many items {@link #items} will yield for {@code f}. */
    public static long count(CorpusFile f, InputSource source) {
        long n = 0;
        Iterator<WorkItem> it = items(f, source);
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    private static final class LineIterator implements Iterator<WorkItem> {
        private final CorpusFile file;
        private final BufferedReader reader;
        private int lineNumber;
        private WorkItem next;
        private boolean done;

        LineIterator(CorpusFile file, BufferedReader reader) {
            this.file = file;
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done) {
                return false;
            }
            String line = nextNonBlank();
            if (line == null) {
                done = true;
                close();
                return false;
            }
            next = WorkItem.jsonLine(file, lineNumber, line);
            return true;
        }

        @Override
        public WorkItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            WorkItem w = next;
            next = null;
            return w;
        }

        private String nextNonBlank() {
            try {
                String line;
                do {
                    line = reader.readLine();
                    lineNumber++;
                } while (line != null && line.isBlank());
                return line;
            } catch (IOException | UncheckedIOException e) {
                return null;
            }
        }

        private void close() {
            try {
                reader.close();
            } catch (IOException ignored) {
                // every line read so far is already an item
            }
        }
    }
}
