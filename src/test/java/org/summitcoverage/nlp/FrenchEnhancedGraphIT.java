package org.summitcoverage.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;
import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.Prerequisites;
import org.summitcoverage.clean.FurnitureCleaner;
import org.summitcoverage.corpus.CorpusItem;
import org.summitcoverage.corpus.CorpusReader;
import org.summitcoverage.corpus.LanguageDetector;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.extract.UnknownNameGate;
import org.summitcoverage.extract.roles.RoleCueLexicon;
import org.summitcoverage.extract.roles.RoleWords;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our enhanced graph ({@link FrenchEnhancedGraph}) is CoreNLP's, edge for edge and in the same order, on every
 * sentence the analysis parses: the cue sentences of the realdev corpus and of the evaluation set, found by running
 * the analysis itself with an annotator that checks each sentence before parsing it.
 */
class FrenchEnhancedGraphIT {

    @Test
    void sameGraphAsCoreNlpOnEveryCueSentenceOfTheEvaluationSet() throws Exception {
        Checked c = checkCorpus(Path.of("src/test/resources/eval/corpus"));
        assertTrue(c.sentences > 300, "too few cue sentences: " + c.sentences);
        assertTrue(c.ours > c.sentences * 0.9, "our conversion took only " + c.ours + " of " + c.sentences);
    }

    @Test
    void sameGraphAsCoreNlpOnEveryCueSentenceOfRealdev() throws Exception {
        Path realdev = Prerequisites.shared("realdev/corpus");
        Prerequisites.require(Files.isDirectory(realdev), "the realdev corpus (" + realdev + ")",
                "set -D" + Prerequisites.SHARED_PROPERTY + "=DIR to the shared folder");
        Checked c = checkCorpus(realdev);
        assertTrue(c.sentences > 300, "too few cue sentences: " + c.sentences);
        assertTrue(c.ours > c.sentences * 0.9, "our conversion took only " + c.ours + " of " + c.sentences);
    }

    /** Cue sentences seen, and how many of them our conversion built (the rest it left to CoreNLP). */
    private static final class Checked {
        int sentences;
        int ours;
    }

    private static Checked checkCorpus(Path corpus) throws Exception {
        FrenchModels models = FrenchModels.shared();
        CoreNlpAnnotator real = new CoreNlpAnnotator(models, new UnknownNameGate(Dictionaries.shared()), ParseSettings.DEFAULT);
        Checked checked = new Checked();
        Annotator checking = new Annotator() {
            @Override
            public AnnotatedText annotate(String text) {
                return real.annotate(text);
            }

            @Override
            public ParsedSentence parse(AnnotatedText doc, Sentence sentence) {
                for (CoreMap s : real.tagged(doc, sentence).get(CoreAnnotations.SentencesAnnotation.class)) {
                    String text = s.get(CoreAnnotations.TextAnnotation.class);
                    // two parses, so that neither conversion can see what the other did to the words
                    GrammaticalStructure forCoreNlp = models.dependencyParsing().predict(s);
                    GrammaticalStructure forOurs = models.dependencyParsing().predict(s);
                    SemanticGraph expected = DependencyParsing.coreNlpGraph(forCoreNlp, false);
                    SemanticGraph actual = FrenchEnhancedGraph.build(forOurs);
                    checked.sentences++;
                    if (actual != null) {
                        checked.ours++;
                        assertEquals(edges(expected), edges(actual), text);
                    }
                    assertEquals(edges(expected), edges(models.dependencyParsing().parse(s, false)), text);
                }
                return real.parse(doc, sentence);
            }
        };
        ArticleAnalyzer analyzer = new ArticleAnalyzer(new FurnitureCleaner(), LanguageDetector.shared(), checking,
                Dictionaries.shared(), RoleCueLexicon.shared(), RoleWords.load(Dictionaries.shared()), true);
        CorpusReader reader = new CorpusReader(corpus, CorpusReader.DEFAULT_MAX_BYTES);
        Iterator<CorpusItem> it = reader.items(reader.files());
        while (it.hasNext()) {
            if (it.next() instanceof CorpusItem.Readable r) {
                analyzer.analyze(r.article());
            }
        }
        System.out.printf("%s: %d cue sentences, %d by our conversion, %d left to CoreNLP's%n", corpus,
                checked.sentences, checked.ours, checked.sentences - checked.ours);
        return checked;
    }

    /**
     * Every edge in the order the graph hands them out (the order the role rules read them in), with what a
     * reader can see of it: the two words (index and copy), the relation's name, whether it is an extra edge;
     * then the roots.
     */
    private static List<String> edges(SemanticGraph g) {
        List<String> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.edgeIterable()) {
            out.add(e.getGovernor().index() + "." + e.getGovernor().copyCount() + " " + e.getRelation() + " "
                    + e.getDependent().index() + "." + e.getDependent().copyCount() + (e.isExtra() ? " extra" : ""));
        }
        g.getRoots().forEach(r -> out.add("root " + r.index() + "." + r.copyCount()));
        return out;
    }
}
