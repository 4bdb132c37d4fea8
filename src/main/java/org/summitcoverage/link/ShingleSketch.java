package org.summitcoverage.link;

import org.summitcoverage.dict.TextFolding;

/**
 * The MinHash sketch of a text (Broder 1997): the set of its 5-word shingles (folded words) summarised by the
 * minimum of each of {@link #K} independent hash functions over it, so that the share of positions where two
 * sketches agree estimates the Jaccard similarity of the two shingle sets. Each minimum keeps its lowest 16 bits
 * only (b-bit minwise hashing, Li and König 2010): two unrelated minima then agree by chance once in 65,536,
 * which does not matter at the thresholds used, and a sketch costs 128 bytes. Each shingle is hashed once; the
 * {@link #K} functions are multiply-add permutations of that hash, a few nanoseconds each.
 */
public final class ShingleSketch {
    /** Hash functions; also {@link #BANDS} × {@link #ROWS} for the LSH index. */
    public static final int K = 64;
    public static final int BANDS = 32;
    public static final int ROWS = 2;
    static final int SHINGLE_WORDS = 5;
    /** The hash functions: x ↦ a·x + b over 64 bits (a odd), applied to a well-mixed hash of the shingle. */
    private static final long[] A = seeds(0x2545F4914F6CDD1DL, true);
    private static final long[] B = seeds(0x9E3779B97F4A7C15L, false);

    private ShingleSketch() {
    }

    /** A text's sketch and the number of its shingles (0 for a text without a word). */
    public record Sketch(char[] values, int shingles) {
    }

    public static Sketch of(String text) {
        long[] words = wordHashes(TextFolding.fold(text));
        int n = words.length;
        if (n == 0) {
            return new Sketch(new char[K], 0);
        }
        int shingles = Math.max(1, n - SHINGLE_WORDS + 1);
        long[] min = new long[K];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (int s = 0; s < shingles; s++) {
            long h = 0;
            for (int w = s; w < Math.min(n, s + SHINGLE_WORDS); w++) {
                h = h * 0x9E3779B97F4A7C15L + words[w];
            }
            h = mix(h);
            for (int k = 0; k < K; k++) {
                long v = (A[k] * h + B[k]) >>> 1;
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        char[] values = new char[K];
        for (int k = 0; k < K; k++) {
            values[k] = (char) (min[k] >>> 32);
        }
        return new Sketch(values, shingles);
    }

    /** Positions where two sketches agree, out of {@link #K}. */
    static int agreeing(char[] a, int aFrom, char[] b, int bFrom) {
        int same = 0;
        for (int k = 0; k < K; k++) {
            if (a[aFrom + k] == b[bFrom + k]) {
                same++;
            }
        }
        return same;
    }

    /** The hash of each word (a run of letters or digits) of a folded text. */
    private static long[] wordHashes(String folded) {
        long[] out = new long[Math.max(16, folded.length() / 5)];
        int n = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                h = (inWord ? h : 0xCBF29CE484222325L) ^ c;
                h *= 0x100000001B3L;
                inWord = true;
            } else if (inWord) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = mix(h);
                inWord = false;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** MurmurHash3's 64-bit finaliser: every input bit moves every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    private static long[] seeds(long start, boolean odd) {
        long[] s = new long[K];
        long x = start;
        for (int k = 0; k < K; k++) {
            x += 0x9E3779B97F4A7C15L;
            s[k] = odd ? mix(x) | 1 : mix(x);
        }
        return s;
    }
}
