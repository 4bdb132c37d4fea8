package org.summitcoverage.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The CoreNLP French models, built once per JVM and shared by every thread (StanfordCoreNLP.annotate
 * is safe to call concurrently; CoreNLP's own -threads option does just that).
 *
 * <p>Several pipelines instead of CoreNLP's default one: every sentence is tokenized and split; the CRF
 * name tagger (which does not use POS tags) reads only the sentences a {@link NameTaggingGate} selects; and
 * mwt+pos+depparse run only on the sentences that carry a role cue. That is where the speed of the whole run
 * comes from: tokenize+ssplit+ner alone ran 2.7 times faster than with mwt and pos on French news, with the
 * same mentions save where mwt split a word (`au Moyen-Orient`).
 * mwt itself runs only as far as a cue sentence's contractions need it ({@link #tagging}).
 * The parser itself is {@link DependencyParsing}, CoreNLP's nndep with a faster scorer.
 */
public final class FrenchModels {
    private static final String FRENCH_PROPERTIES = "StanfordCoreNLP-french.properties";

    private final StanfordCoreNLP splitPipeline;
    private final StanfordCoreNLP namePipeline;
    private final Lazy<StanfordCoreNLP> taggingPipeline;
    /** What the parser reads, by {@link Contractions} need and with or without CoreNLP's tagger: see {@link #tagging}. */
    private final java.util.Map<String, Lazy<StanfordCoreNLP>> taggingVariants = new java.util.concurrent.ConcurrentHashMap<>();
    private final Lazy<opennlp.tools.postag.POSModel> openNlpPos;
    private final Lazy<StanfordCoreNLP> fullReferencePipeline;
    private final Lazy<DependencyParsing> dependencyParsing;
    private final Lazy<StanfordCoreNLP> referencePipeline;
    private final long loadMillis;

    /** Set as soon as this JVM starts building the models; never reset. */
    private static volatile boolean loadStarted;

    private static final class Holder {
        static final FrenchModels INSTANCE = new FrenchModels();
    }

    /** The shared instance; the first call loads the models (a few seconds) and logs the time taken. */
    public static FrenchModels shared() {
        return Holder.INSTANCE;
    }

    /**
     * Whether this JVM has begun loading the French models (through {@link #shared()}). Reading it loads
     * nothing: the unit test tier checks it after every test to prove that it never loads a model.
     */
    public static boolean loadStarted() {
        return loadStarted;
    }

    private FrenchModels() {
        loadStarted = true;
        long t0 = System.nanoTime();
        Properties split = frenchProperties();
        split.setProperty("annotators", "tokenize,ssplit");
        this.splitPipeline = new StanfordCoreNLP(split);
        Properties names = frenchProperties();
        names.setProperty("annotators", "ner");
        names.setProperty("enforceRequirements", "false");
        // Mentions are built by our own extractors from the token labels.
        names.setProperty("ner.buildEntityMentions", "false");
        this.namePipeline = new StanfordCoreNLP(names);
        this.taggingPipeline = new Lazy<>(() -> {
            Properties p = frenchProperties();
            p.setProperty("annotators", "tokenize,ssplit,mwt,pos");
            p.setProperty("ssplit.isOneSentence", "true");
            return new StanfordCoreNLP(p);
        });
        this.dependencyParsing = new Lazy<>(() -> new DependencyParsing(frenchProperties()));
        this.openNlpPos = new Lazy<>(FrenchModels::loadOpenNlpPos);
        this.fullReferencePipeline = new Lazy<>(() -> {
            Properties p = frenchProperties();
            p.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner,depparse");
            return new StanfordCoreNLP(p);
        });
        this.referencePipeline = new Lazy<>(() -> {
            Properties p = frenchProperties();
            p.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner");
            return new StanfordCoreNLP(p);
        });
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
        System.err.printf("summit-coverage: CoreNLP French NER model loaded in %.1f s%n", loadMillis / 1000.0);
    }

    static Properties frenchProperties() {
        Properties p = new Properties();
        try (InputStream in = FrenchModels.class.getClassLoader().getResourceAsStream(FRENCH_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(FRENCH_PROPERTIES + " not on the classpath: is the "
                        + "stanford-corenlp models-french jar a dependency?");
            }
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The CRF otherwise learns lower-case words from the documents it sees, so its output would
        // depend on document order and thread count (CoreNLP issues #669, #414).
        p.setProperty("ner.maxAdditionalKnownLCWords", "0");
        p.setProperty("maxAdditionalKnownLCWords", "0");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        // The cleaned text separates paragraphs (and the title) by a blank line: never one sentence across them.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    /** tokenize and ssplit: the sentences and tokens of a whole text. */
    public StanfordCoreNLP splitPipeline() {
        return splitPipeline;
    }

    /** The CRF name tagger alone, run on an annotation that holds only the sentences that need it. */
    public StanfordCoreNLP namePipeline() {
        return namePipeline;
    }

    /** tokenize, ssplit (one sentence), mwt and pos: what the dependency parser reads. */
    public StanfordCoreNLP taggingPipeline() {
        return taggingPipeline.get();
    }

    /**
     * tokenize and ssplit (one sentence), then mwt as far as the sentence needs it, then CoreNLP's tagger if
     * {@code withTagger}. CoreNLP's mwt runs a whole second maxent tagger over every sentence, only to tell
     * the article `des` from `de les`; the other contractions come from a fixed table. So a sentence without
     * `des` gets the table alone, and one without any contraction no mwt at all: same tokens, half the tagging.
     */
    public StanfordCoreNLP tagging(Contractions.Need need, boolean withTagger) {
        if (need == Contractions.Need.STATISTICAL && withTagger) {
            return taggingPipeline();
        }
        return taggingVariants.computeIfAbsent(need + "|" + withTagger, k -> new Lazy<>(() -> {
            Properties p = frenchProperties();
            String mwt = switch (need) {
                case NONE -> "";
                case TABLE, STATISTICAL -> ",mwt";
            };
            p.setProperty("annotators", "tokenize,ssplit" + mwt + (withTagger ? ",pos" : ""));
            p.setProperty("ssplit.isOneSentence", "true");
            if (need == Contractions.Need.TABLE) {
                // without a tagger model, MWTAnnotator splits by its dictionary only
                p.setProperty("mwt.pos.model", "");
                p.setProperty("mwt.statisticalMappingFile", "");
            }
            return new StanfordCoreNLP(p);
        })).get();
    }

    /** Apache OpenNLP's French UD part-of-speech model (perceptron, UPOS tags): the optional fast tagger. */
    public opennlp.tools.postag.POSModel openNlpPosModel() {
        return openNlpPos.get();
    }

    private static opennlp.tools.postag.POSModel loadOpenNlpPos() {
        String name = "/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin";
        try (InputStream in = FrenchModels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " not on the classpath: is opennlp-models-pos-fr a dependency?");
            }
            return new opennlp.tools.postag.POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CoreNLP's whole French pipeline with its own depparse: what a user runs to get names and relations. */
    public StanfordCoreNLP fullReferencePipeline() {
        return fullReferencePipeline.get();
    }

    public DependencyParsing dependencyParsing() {
        return dependencyParsing.get();
    }

    /** CoreNLP's default French tokenize+ssplit+mwt+pos+ner, the baseline the benchmark compares against. */
    public StanfordCoreNLP referencePipeline() {
        return referencePipeline.get();
    }

    public long loadMillis() {
        return loadMillis;
    }

    /** Thread-safe lazy value; the parser is only loaded when a run needs it. */
    static final class Lazy<T> {
        private final Supplier<T> supplier;
        private volatile T value;

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        value = v = supplier.get();
                    }
                }
            }
            return v;
        }
    }
}
