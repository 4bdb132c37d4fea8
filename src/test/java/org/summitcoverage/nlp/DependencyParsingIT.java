package org.summitcoverage.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.CachedRowClassifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accelerated parser must be CoreNLP's parser, only faster: on real sentences it gives the same
 * enhanced++ edges as CoreNLP's own depparse annotator.
 */
class DependencyParsingIT {
    private static final List<String> ARTICLES = List.of("sommet-paris-ia-maroc.txt", "cedeao-abuja-sanctions.txt",
            "g7-kananaskis-communique.txt", "sommet-otan-vilnius-ukraine.txt", "traite-plastique-geneve-vote.txt");

    @Test
    void sameEdgesAsCoreNlpsDepparseAnnotator() throws Exception {
        FrenchModels models = FrenchModels.shared();
        Properties p = FrenchModels.frenchProperties();
        p.setProperty("annotators", "tokenize,ssplit,mwt,pos,depparse");
        p.setProperty("ssplit.isOneSentence", "true");
        // CoreNLP's own parser, with its own scorer and precomputed table (properties unlike ours, so that
        // CoreNLP's parser cache does not hand back the accelerated instance)
        StanfordCoreNLP reference = new StanfordCoreNLP(p);
        try {
            compare(models, reference);
        } finally {
            StanfordCoreNLP.clearAnnotatorPool(); // lets the 800 MB table go
        }
    }

    private static void compare(FrenchModels models, StanfordCoreNLP reference) throws Exception {
        assertFalse(scorerOf(reference) instanceof CachedRowClassifier, "the reference must be CoreNLP's own scorer");

        List<String> sentences = new ArrayList<>();
        for (String name : ARTICLES) {
            Annotation doc = new Annotation(CoreNlpAnnotator.forTagger(
                    Files.readString(Path.of("src/test/resources/eval/corpus", name))));
            models.splitPipeline().annotate(doc);
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                sentences.add(s.get(CoreAnnotations.TextAnnotation.class));
            }
        }
        assertTrue(sentences.size() > 80, "too few sentences: " + sentences.size());
        for (String sentence : sentences) {
            Annotation expected = new Annotation(sentence);
            reference.annotate(expected);
            Annotation actual = new Annotation(sentence);
            models.taggingPipeline().annotate(actual);
            List<CoreMap> e = expected.get(CoreAnnotations.SentencesAnnotation.class);
            List<CoreMap> a = actual.get(CoreAnnotations.SentencesAnnotation.class);
            assertEquals(e.size(), a.size());
            for (int i = 0; i < e.size(); i++) {
                assertEquals(edges(e.get(i).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)),
                        edges(models.dependencyParsing().parse(a.get(i))), sentence);
                // the graph the analysis reads by default (graph=enhanced)
                assertEquals(edges(e.get(i).get(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class)),
                        edges(models.dependencyParsing().parse(a.get(i), false)), sentence);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object scorerOf(StanfordCoreNLP pipeline) throws ReflectiveOperationException {
        for (Annotator a : (List<Annotator>) field(AnnotationPipeline.class, "annotators").get(pipeline)) {
            if (a instanceof DependencyParseAnnotator) {
                Object parser = field(DependencyParseAnnotator.class, "parser").get(a);
                return field(DependencyParser.class, "classifier").get(parser);
            }
        }
        throw new AssertionError("no depparse annotator");
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** Edges by token index: copy nodes of the enhanced graph collapse onto their word, as our reader sees them. */
    private static TreeSet<String> edges(SemanticGraph g) {
        TreeSet<String> out = new TreeSet<>();
        for (SemanticGraphEdge e : g.edgeIterable()) {
            out.add(e.getGovernor().index() + " " + e.getRelation() + " " + e.getDependent().index());
        }
        g.getRoots().forEach(r -> out.add("0 root " + r.index()));
        return out;
    }
}
