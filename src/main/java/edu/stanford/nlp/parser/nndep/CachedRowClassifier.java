package edu.stanford.nlp.parser.nndep;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A scoring-only replacement for the French parser's {@link Classifier}, same weights, same decisions.
 *
 * <p>It lives in CoreNLP's package because {@code computeScores} is package-private: overriding it is the
 * one narrow seam through which {@link DependencyParser} can be made fast without re-implementing the
 * transition system or the conversion to enhanced dependencies.
 *
 * <p>Why it is faster. The French model has a 1,000-unit hidden layer and 105 transitions, so each
 * transition costs ~150k multiply-adds. CoreNLP does them in {@code double} with a dot-product loop the JIT
 * cannot vectorise, over an 800 MB table of precomputed first-layer rows. Here everything is {@code float}
 * in loops the JIT turns into SIMD (row sums and an axpy over the transposed output matrix), and first-layer
 * rows are computed on first use and kept up to a bound, so the table holds only what the corpus needs.
 */
public final class CachedRowClassifier extends Classifier {
    private final int hiddenSize;
    private final int embeddingSize;
    private final int labels;
    /** Labels rounded up to a whole number of SIMD lanes, so the inner loop has no scalar tail. */
    private final int paddedLabels;
    private final float[] bias;
    /** W1 transposed: one hidden-sized row per input dimension, so a feature row is a sum of axpys. */
    private final float[][] inputByHidden;
    /** W2 transposed: one label-sized row per hidden unit, so the scores are a sum of axpys. */
    private final float[][] hiddenByLabel;
    private final float[][] embeddings;
    private final AtomicReferenceArray<float[]> rows;
    private final AtomicInteger cachedRows = new AtomicInteger();
    private final int maxCachedRows;

    /** Word ids of the parser's padding token and of its root: what the first word features hold off the sentence. */
    private final int nullWord;
    private final int rootWord;
    /** Scores that leave only the shift to choose: the shift's 0, every other transition's -infinity. */
    private final double[] shiftOnly;

    /**
     * @param nullWord   the parser's word id for {@link Config#NULL}
     * @param rootWord   the parser's word id for {@link Config#ROOT}
     * @param shift      the index of the shift among the parser's transitions
     */
    public CachedRowClassifier(Config config, Classifier original, int maxCachedRows, int nullWord, int rootWord, int shift) {
        super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(), List.of());
        float[][] w1 = original.getW1();
        float[][] w2 = original.getW2();
        this.embeddings = original.getE();
        this.bias = original.getb1();
        this.hiddenSize = w1.length;
        this.embeddingSize = embeddings[0].length;
        this.labels = w2.length;
        this.inputByHidden = transpose(w1, w1.length);
        this.paddedLabels = (labels + 15) / 16 * 16;
        this.hiddenByLabel = transpose(w2, paddedLabels);
        this.rows = new AtomicReferenceArray<>(embeddings.length * Config.numTokens);
        this.maxCachedRows = maxCachedRows;
        int h = hiddenSize;
        int p = paddedLabels;
        int l = labels;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(h, p, l));
        this.nullWord = nullWord;
        this.rootWord = rootWord;
        this.shiftOnly = new double[labels];
        java.util.Arrays.fill(shiftOnly, Double.NEGATIVE_INFINITY);
        shiftOnly[shift] = 0;
    }

    /**
     * Per-thread buffers: a parse calls this twice per word, and fresh arrays made it the parser's main
     * allocation (~5 KB a call), work for the collector that two threads then wait on.
     */
    private final ThreadLocal<Scratch> scratch;

    private record Scratch(float[] hidden, float[] scores, double[] out) {
        Scratch(int hiddenSize, int paddedLabels, int labels) {
            this(new float[hiddenSize], new float[paddedLabels], new double[labels]);
        }
    }

    /**
     * The scores of every transition. The array returned is this thread's buffer, overwritten by the next
     * call: {@code DependencyParser.predictInner}, the one caller at inference, reads it before scoring again.
     */
    @Override
    double[] computeScores(int[] features) {
        if (onlyShiftApplies(features)) {
            return shiftOnly;
        }
        Scratch buffers = scratch.get();
        float[] hidden = buffers.hidden();
        java.util.Arrays.fill(hidden, 0f);
        int pos = 0;
        // Four rows per pass: a quarter of the loads and stores of the running sum.
        for (; pos + 3 < features.length; pos += 4) {
            float[] r0 = row(features[pos], pos);
            float[] r1 = row(features[pos + 1], pos + 1);
            float[] r2 = row(features[pos + 2], pos + 2);
            float[] r3 = row(features[pos + 3], pos + 3);
            for (int i = 0; i < hiddenSize; i++) {
                hidden[i] += (r0[i] + r1[i]) + (r2[i] + r3[i]);
            }
        }
        for (; pos < features.length; pos++) {
            float[] r = row(features[pos], pos);
            for (int i = 0; i < hiddenSize; i++) {
                hidden[i] += r[i];
            }
        }
        for (int i = 0; i < hiddenSize; i++) {
            float v = hidden[i] + bias[i];
            hidden[i] = v * v * v;
        }
        float[] scores = buffers.scores();
        java.util.Arrays.fill(scores, 0f);
        int i = 0;
        for (; i + 3 < hiddenSize; i += 4) {
            float c0 = hidden[i];
            float c1 = hidden[i + 1];
            float c2 = hidden[i + 2];
            float c3 = hidden[i + 3];
            float[] w0 = hiddenByLabel[i];
            float[] w1 = hiddenByLabel[i + 1];
            float[] w2 = hiddenByLabel[i + 2];
            float[] w3 = hiddenByLabel[i + 3];
            for (int k = 0; k < paddedLabels; k++) {
                scores[k] += (c0 * w0[k] + c1 * w1[k]) + (c2 * w2[k] + c3 * w3[k]);
            }
        }
        for (; i < hiddenSize; i++) {
            float c = hidden[i];
            float[] w = hiddenByLabel[i];
            for (int k = 0; k < paddedLabels; k++) {
                scores[k] += c * w[k];
            }
        }
        double[] out = buffers.out();
        for (int k = 0; k < labels; k++) {
            out[k] = scores[k];
        }
        return out;
    }

    /**
     * Whether the arc-standard system can only shift: fewer than two words above the root on the stack and
     * words left in the buffer ({@code ArcStandard.canApply} with its single root, the only setting it has).
     * The caller picks the best applicable transition, so scoring the others would change nothing; a
     * quarter to a third of a French sentence's transitions are such. The first word features are the
     * stack's third, second and first words, then the buffer's first three ({@code getFeatureArray}).
     */
    private boolean onlyShiftApplies(int[] features) {
        int secondOnStack = features[1];
        int firstInBuffer = features[3];
        return (secondOnStack == nullWord || secondOnStack == rootWord) && firstInBuffer != nullWord;
    }

    /** The first-layer contribution of token {@code token} in feature slot {@code pos}. */
    private float[] row(int token, int pos) {
        int key = token * Config.numTokens + pos;
        float[] row = rows.get(key);
        if (row != null) {
            return row;
        }
        row = new float[hiddenSize];
        float[] e = embeddings[token];
        int offset = pos * embeddingSize;
        for (int k = 0; k < embeddingSize; k++) {
            float ek = e[k];
            float[] w = inputByHidden[offset + k];
            for (int i = 0; i < hiddenSize; i++) {
                row[i] += w[i] * ek;
            }
        }
        // Racing threads compute the same values; the bound keeps a huge corpus from filling the heap.
        if (cachedRows.get() < maxCachedRows && rows.compareAndSet(key, null, row)) {
            cachedRows.incrementAndGet();
        }
        return row;
    }

    public int cachedRows() {
        return cachedRows.get();
    }

    private static float[][] transpose(float[][] m, int width) {
        float[][] t = new float[m[0].length][width];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[r].length; c++) {
                t[c][r] = m[r][c];
            }
        }
        return t;
    }
}
