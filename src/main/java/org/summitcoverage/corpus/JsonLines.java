package org.summitcoverage.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of a JSON Lines file as {@link WorkItem}s, read lazily so an archive of any size streams: one
 * item per non-blank line (numbered as an editor shows them, blank lines included), or one item with no line
 * when the file cannot be opened. Each line is decoded on its own by {@link TextDecoder} (an archive that
 * mixes UTF-8 and Latin-1 records keeps both readable); a UTF-8 byte order mark does not cost the first
 * record; a file that starts with a UTF-16 byte order mark is read as UTF-16. A read error part-way ends the file.
 */
public final class JsonLines {
    private JsonLines() {
    }

    public static Iterator<WorkItem> items(CorpusFile f, InputSource source) {
        if (!f.readsAsRecords()) {
            return List.of(WorkItem.wholeFile(f)).iterator();
        }
        try {
            return new LineIterator(f, new BufferedInputStream(source.open(f.location())));
        } catch (IOException | UncheckedIOException | SecurityException | IllegalArgumentException e) {
            return List.of(WorkItem.wholeFile(f)).iterator();
        }
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
        private final InputStream in;
        private final BufferedReader utf16;
        private int lineNumber;
        private WorkItem next;
        private boolean done;

        LineIterator(CorpusFile file, BufferedInputStream in) throws IOException {
            this.file = file;
            this.in = in;
            in.mark(4);
            byte[] head = in.readNBytes(3);
            in.reset();
            this.utf16 = TextDecoder.hasUtf16Bom(head)
                    ? new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_16)) : null;
            if (TextDecoder.hasUtf8Bom(head)) {
                in.skipNBytes(3);
            }
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done) {
                return false;
            }
            try {
                TextDecoder.Decoded line;
                do {
                    line = readLine();
                    lineNumber++;
                } while (line != null && line.text().isBlank());
                if (line != null) {
                    next = WorkItem.jsonLine(file, lineNumber, line.text(), line.note());
                    return true;
                }
            } catch (IOException | UncheckedIOException e) {
                // the records read so far stand; the rest of an unreadable file is lost to both runners alike
            }
            done = true;
            close();
            return false;
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

        /** The next line (without its line end) decoded on its own, or null at the end of the file. */
        private TextDecoder.Decoded readLine() throws IOException {
            if (utf16 != null) {
                String s = utf16.readLine();
                return s == null ? null : new TextDecoder.Decoded(s, "");
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            if (b == -1 && line.size() == 0) {
                return null;
            }
            byte[] bytes = line.toByteArray();
            if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
                bytes = Arrays.copyOf(bytes, bytes.length - 1);
            }
            return TextDecoder.decodeVerbatim(bytes);
        }

        private void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // every line read so far is already an item
            }
        }
    }
}
