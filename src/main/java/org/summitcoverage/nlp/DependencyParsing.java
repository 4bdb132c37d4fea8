package org.summitcoverage.nlp;

import edu.stanford.nlp.parser.nndep.CachedRowClassifier;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's French nndep parser, with two changes that leave its output unchanged (checked graph for graph
 * on the evaluation set) and make it about three times faster:
 * <ul>
 *   <li>its scorer is {@link CachedRowClassifier} (float SIMD loops and a bounded row cache instead of an
 *       800 MB table of doubles; no scoring where only a shift can follow);</li>
 *   <li>only the one graph the role rules read is built (enhanced, or enhanced++ if asked), where CoreNLP's
 *       depparse annotator builds five variants of each sentence's graph; the enhanced one by
 *       {@link FrenchEnhancedGraph}.</li>
 * </ul>
 * CoreNLP has no public hook for the scorer, hence the reflection; if an upgrade moves the fields, loading
 * fails loudly rather than silently running slow.
 */
public final class DependencyParsing {
    /** First-layer rows kept (4 KB each): 60k rows ≈ 240 MB at most; a run touches far fewer. */
    static final int MAX_CACHED_ROWS = 60_000;

    private final DependencyParser parser;
    private final CachedRowClassifier scorer;

    /** Loads the parser named by {@code depparse.model} in the French properties. */
    DependencyParsing(Properties french) {
        Properties p = PropertiesUtils.extractPrefixedProperties(french, "depparse.");
        // CoreNLP would precompute its own table of first-layer rows; ours replaces it.
        p.setProperty("numPreComputed", "0");
        this.parser = DependencyParser.loadFromModelFile(p.getProperty("model"), p);
        try {
            Field classifierField = field(DependencyParser.class, "classifier");
            Classifier original = (Classifier) classifierField.get(parser);
            Object config = field(DependencyParser.class, "config").get(parser);
            ParsingSystem system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
            this.scorer = new CachedRowClassifier((edu.stanford.nlp.parser.nndep.Config) config, original, MAX_CACHED_ROWS,
                    parser.getWordID(Config.NULL), parser.getWordID(Config.ROOT), system.getTransitionID("S"));
            dropTrainingState(scorer);
            classifierField.set(parser, scorer);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot install the fast parser scorer on this CoreNLP version", e);
        }
    }

    /** The enhanced++ dependencies of one tagged sentence (tokens with mwt splits and POS tags). */
    public SemanticGraph parse(CoreMap taggedSentence) {
        return parse(taggedSentence, true);
    }

    /**
     * The enhanced (or enhanced++) dependencies of one tagged sentence. The enhanced graph is built by
     * {@link FrenchEnhancedGraph} (the same edges as CoreNLP's, cheaper), CoreNLP's conversion where that leaves a
     * sentence to it; enhanced++ is CoreNLP's.
     */
    public SemanticGraph parse(CoreMap taggedSentence, boolean plusPlus) {
        GrammaticalStructure gs = predict(taggedSentence);
        SemanticGraph ours = plusPlus ? null : FrenchEnhancedGraph.build(gs);
        return ours != null ? ours : coreNlpGraph(gs, plusPlus);
    }

    /** The parser's basic dependencies of one tagged sentence. */
    GrammaticalStructure predict(CoreMap taggedSentence) {
        return parser.predict(taggedSentence);
    }

    /** CoreNLP's own conversion of a parse to its enhanced (or enhanced++) graph. */
    static SemanticGraph coreNlpGraph(GrammaticalStructure gs, boolean plusPlus) {
        return SemanticGraphFactory.makeFromTree(gs, plusPlus ? SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS
                : SemanticGraphFactory.Mode.ENHANCED, GrammaticalStructure.Extras.NONE, null);
    }

    /** Classifier's constructor allocates AdaGrad histories (~75 MB) that inference never reads. */
    private static void dropTrainingState(Classifier c) throws ReflectiveOperationException {
        for (String name : List.of("eg2W1", "eg2W2", "eg2E", "eg2b1", "gradSaved")) {
            field(Classifier.class, name).set(c, null);
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
