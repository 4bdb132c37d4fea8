package org.summitcoverage.link;

import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.Status;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Syndicated copies: the same dispatch under another headline, with other furniture or a trimmed ending. Each
 * analysed article leaves its {@link ShingleSketch} (128 bytes), its id and its {@code published} value here, in
 * input order; {@link #reprints()} then finds the copies with locality-sensitive hashing, in time linear in the corpus:
 * the 64 values of a sketch are cut into 32 bands of 2, and for each band in turn an article is compared with the
 * first article that had the same band (one open-addressing table of the corpus's size, rebuilt per band), never
 * with all the others. Two articles are copies when their sketches estimate a Jaccard similarity of their shingle
 * sets of at least {@link #SAME_DISPATCH}, or when the shorter is at least {@link #CONTAINED} contained in the
 * longer (a trimmed copy) with a similarity of at least {@link #TRIMMED}. Copies are grouped transitively; each
 * group's report is its earliest article ({@code published}, then input order).
 *
 * <p>Recall: a pair of articles with similarity J shares a band with probability 1 − (1 − J²)³²: 0.9999 at J = 0.5,
 * 0.95 at J = 0.3; the estimate of J from 64 values is within ±0.06 (one standard deviation) at J = 0.5, and the
 * thresholds sit well above the similarity of two articles written apart on one meeting (below 0.1 in the
 * evaluation set). Memory: about 180 bytes per article (sketch, id and date references), for both runners; the
 * Spark job merges the partitions' indexes in input order on the driver, so both give the same groups.
 */
public final class ReprintIndex implements Serializable {
    private static final long serialVersionUID = 1L;
    static final double SAME_DISPATCH = 0.45;
    static final double CONTAINED = 0.7;
    static final double TRIMMED = 0.25;

    private final List<String> ids = new ArrayList<>();
    private final List<String> published = new ArrayList<>();
    /** Shingles per article; -1 for an article that was not analysed (it is nobody's copy). */
    private int[] shingles = new int[64];
    private char[] sketches = new char[64 * ShingleSketch.K];

    public void add(ArticleAnalysis a) {
        boolean analysed = a.status() == Status.OK && !a.text().isBlank();
        add(a.articleId(), a.meta().published(), analysed ? ShingleSketch.of(a.text()) : null);
    }

    /** One article: its id, {@code published} value and sketch (null when it was not analysed). */
    public void add(String id, String publishedValue, ShingleSketch.Sketch sketch) {
        int i = ids.size();
        ensure(i + 1);
        ids.add(id);
        published.add(publishedValue == null ? "" : publishedValue);
        shingles[i] = sketch == null ? -1 : sketch.shingles();
        if (sketch != null) {
            System.arraycopy(sketch.values(), 0, sketches, i * ShingleSketch.K, ShingleSketch.K);
        }
    }

    public int size() {
        return ids.size();
    }

    /** Appends a later stretch of the input. */
    public void absorbLater(ReprintIndex later) {
        int base = size();
        ensure(base + later.size());
        ids.addAll(later.ids);
        published.addAll(later.published);
        System.arraycopy(later.shingles, 0, shingles, base, later.size());
        System.arraycopy(later.sketches, 0, sketches, base * ShingleSketch.K, later.size() * ShingleSketch.K);
    }

    private void ensure(int n) {
        if (n > shingles.length) {
            int cap = Math.max(n, shingles.length * 2);
            shingles = Arrays.copyOf(shingles, cap);
            sketches = Arrays.copyOf(sketches, cap * ShingleSketch.K);
        }
    }

    /** The groups of copies of the whole corpus. */
    public Reprints reprints() {
        int n = size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        BandTable table = new BandTable(n);
        for (int band = 0; band < ShingleSketch.BANDS; band++) {
            table.clear();
            for (int i = 0; i < n; i++) {
                if (shingles[i] < 0) {
                    continue;
                }
                int first = table.putIfAbsent(bandKey(i, band), i);
                if (first >= 0 && find(parent, first) != find(parent, i) && copies(first, i)) {
                    union(parent, first, i);
                }
            }
        }
        long[] when = Reprints.days(published);
        int[] report = new int[n];
        int[] best = new int[n];
        Arrays.fill(best, -1);
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (best[r] < 0 || when[i] < when[best[r]]) {
                best[r] = i;
            }
        }
        for (int i = 0; i < n; i++) {
            report[i] = best[find(parent, i)];
        }
        return new Reprints(List.copyOf(ids), List.copyOf(published), when, report);
    }

    /** The band's values with the band number: 2 × 16 bits, exact, no second hashing. */
    private long bandKey(int article, int band) {
        int at = article * ShingleSketch.K + band * ShingleSketch.ROWS;
        long key = band;
        for (int r = 0; r < ShingleSketch.ROWS; r++) {
            key = key << 16 | sketches[at + r];
        }
        return key;
    }

    /** True when the sketches of two articles say one is a copy of the other. */
    private boolean copies(int a, int b) {
        double j = ShingleSketch.agreeing(sketches, a * ShingleSketch.K, sketches, b * ShingleSketch.K)
                / (double) ShingleSketch.K;
        if (j >= SAME_DISPATCH) {
            return true;
        }
        if (j < TRIMMED) {
            return false;
        }
        // |A ∩ B| = J (|A| + |B|) / (1 + J): the share of the shorter text found in the longer one
        double common = j * (shingles[a] + shingles[b]) / (1 + j);
        return common / Math.min(shingles[a], shingles[b]) >= CONTAINED;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Band value → first article with it: open addressing over two primitive arrays, reused band after band. */
    private static final class BandTable {
        private final long[] keys;
        private final int[] values;
        private final int mask;

        BandTable(int articles) {
            int cap = Integer.highestOneBit(Math.max(4, articles * 2 - 1)) << 1;
            keys = new long[cap];
            values = new int[cap];
            mask = cap - 1;
        }

        void clear() {
            Arrays.fill(values, -1);
        }

        /** The article stored under {@code key}, or -1 after storing {@code article} there. */
        int putIfAbsent(long key, int article) {
            int slot = (int) ShingleSketch.mix(key) & mask;
            while (values[slot] >= 0) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = article;
            return -1;
        }
    }
}
