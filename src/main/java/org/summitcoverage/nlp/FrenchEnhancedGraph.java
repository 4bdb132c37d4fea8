package org.summitcoverage.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The enhanced graph of a French parse, as CoreNLP's {@code typedDependenciesEnhanced} builds it, with its three
 * costliest steps done directly instead of by semgrex over soft copies of the graph:
 * <ul>
 *   <li>the passive subject correction ({@code nsubj} → {@code nsubj:pass} beside an {@code aux:pass}), which CoreNLP
 *       runs twice on graphs it rebuilds from sorted lists in between (the second run never changes anything);</li>
 *   <li>the case markers in relation names ({@code obl:à}, {@code nmod:de}, {@code obl:lors_de}, {@code advcl:pour}),
 *       seven semgrex patterns each on a fresh soft copy;</li>
 *   <li>the coordinating word in conjunct relations ({@code conj:et}, {@code conj:ou}).</li>
 * </ul>
 * The other steps (referents, conjunct propagation, controlled subjects) are CoreNLP's own methods
 * on the same graph, so their rules are not restated here. Where a sentence has a shape on which the result of
 * CoreNLP's steps would depend on the order semgrex visits matches (two plain case markers on one word, a
 * three-word marker with more fixed parts, non-adjacent marker words, an English passive agent `by`), {@link #build}
 * returns null and the caller takes CoreNLP's path. {@code FrenchEnhancedGraphIT} checks the result edge for edge
 * against CoreNLP's on every cue sentence of the corpora. CoreNLP's {@code correctDependencies} also runs
 * {@code processNames} (off unless the system property {@code UDUseNameRelation} is set) and removes duplicate edges
 * (a parser's tree has none); neither is done here.
 */
final class FrenchEnhancedGraph {
    private static final MethodHandle CASE_MARKED_RELATION;
    private static final MethodHandle ADD_CONJ_INFORMATION;
    private static final MethodHandle CONJ_VALUE;
    private static final MethodHandle ADD_REF;
    private static final MethodHandle COLLAPSE_REFERENT;
    private static final MethodHandle TREAT_CC;
    private static final MethodHandle ADD_EXTRA_NSUBJ;
    private static final MethodHandle CORRECT_SUBJ_PASS;

    static {
        try {
            CASE_MARKED_RELATION = handle("getCaseMarkedRelation", GrammaticalRelation.class, String.class);
            ADD_CONJ_INFORMATION = handle("addConjInformation", SemanticGraph.class);
            CONJ_VALUE = handle("conjValue", IndexedWord.class, SemanticGraph.class);
            ADD_REF = handle("addRef", SemanticGraph.class);
            COLLAPSE_REFERENT = handle("collapseReferent", SemanticGraph.class);
            TREAT_CC = handle("treatCC", SemanticGraph.class);
            ADD_EXTRA_NSUBJ = handle("addExtraNSubj", SemanticGraph.class);
            CORRECT_SUBJ_PASS = handle("correctSubjPass", SemanticGraph.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private FrenchEnhancedGraph() {
    }

    /**
     * The enhanced graph of {@code gs} (a parse of CoreNLP's nndep parser), or null where this conversion leaves the
     * sentence to CoreNLP.
     */
    static SemanticGraph build(GrammaticalStructure gs) {
        if (System.getProperty("UDUseNameRelation") != null) {
            return null; // CoreNLP then rewrites names (processNames), a step this conversion does not restate
        }
        List<TypedDependency> deps = new ArrayList<>(gs.allTypedDependencies());
        boolean rooted = false;
        for (TypedDependency d : deps) {
            rooted |= d.reln() == GrammaticalRelation.ROOT;
        }
        if (!rooted) {
            return null; // CoreNLP's semgrex steps all skip a rootless graph
        }
        markPassiveSubjects(deps);
        Collections.sort(deps);
        SemanticGraph sg = new SemanticGraph(deps);
        if (!addCaseMarkers(sg)) {
            return null;
        }
        try {
            if (!addConjunctions(sg)) {
                ADD_CONJ_INFORMATION.invokeExact(sg);
            }
            ADD_REF.invokeExact(sg);
            COLLAPSE_REFERENT.invokeExact(sg);
            TREAT_CC.invokeExact(sg);
            ADD_EXTRA_NSUBJ.invokeExact(sg);
            if (!correctPassiveSubjects(sg)) {
                CORRECT_SUBJ_PASS.invokeExact(sg);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        List<TypedDependency> out = new ArrayList<>(sg.typedDependencies());
        Collections.sort(out);
        return new SemanticGraph(out);
    }

    /**
     * CoreNLP's {@code correctSubjPass} on the parser's list: a subject beside an {@code aux:pass} becomes passive.
     * Its relations are compared by identity, as CoreNLP does (the parser hands out the grammar's own objects).
     */
    private static void markPassiveSubjects(List<TypedDependency> deps) {
        Map<IndexedWord, Boolean> passive = new HashMap<>();
        for (TypedDependency d : deps) {
            if (d.reln().toString().equals("aux:pass")) {
                passive.put(d.gov(), Boolean.TRUE);
            }
        }
        if (passive.isEmpty()) {
            return;
        }
        for (int i = 0; i < deps.size(); i++) {
            TypedDependency d = deps.get(i);
            GrammaticalRelation passiveReln = passive.containsKey(d.gov()) ? passiveOf(d.reln()) : null;
            if (passiveReln != null) {
                // CoreNLP re-adds the edge as a plain one (not extra), whatever it was
                deps.set(i, new TypedDependency(passiveReln, d.gov(), d.dep()));
            }
        }
    }

    /** The same correction on the finished graph (after controlled subjects); false where CoreNLP's must run. */
    private static boolean correctPassiveSubjects(SemanticGraph sg) {
        List<SemanticGraphEdge> toChange = new ArrayList<>();
        for (SemanticGraphEdge e : sg.edgeIterable()) {
            if (!e.getRelation().toString().equals("aux:pass")) {
                continue;
            }
            for (SemanticGraphEdge s : sg.outgoingEdgeIterable(e.getGovernor())) {
                if (passiveOf(s.getRelation()) != null && !toChange.contains(s)) {
                    toChange.add(s);
                }
            }
        }
        for (SemanticGraphEdge s : toChange) {
            if (sg.getAllEdges(s.getGovernor(), s.getDependent()).size() != 1) {
                return false; // CoreNLP renames the first edge between the two words: its list order decides
            }
        }
        for (SemanticGraphEdge s : toChange) {
            sg.removeEdge(s);
            // not extra, even where the subject came from a controlling verb: as CoreNLP re-adds it
            sg.addEdge(s.getGovernor(), s.getDependent(), passiveOf(s.getRelation()), Double.NEGATIVE_INFINITY, false);
        }
        return true;
    }

    private static GrammaticalRelation passiveOf(GrammaticalRelation r) {
        if (r == UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT) {
            return UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT;
        } else if (r == UniversalEnglishGrammaticalRelations.CLAUSAL_SUBJECT) {
            return UniversalEnglishGrammaticalRelations.CLAUSAL_PASSIVE_SUBJECT;
        } else if (r == UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT) {
            return UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_PASSIVE_SUBJECT;
        } else if (r == UniversalEnglishGrammaticalRelations.CONTROLLING_CLAUSAL_SUBJECT) {
            return UniversalEnglishGrammaticalRelations.CONTROLLING_CLAUSAL_PASSIVE_SUBJECT;
        }
        return null;
    }

    /**
     * CoreNLP's {@code addCaseMarkerInformation}: an {@code nmod}/{@code obl} edge takes the word(s) of its dependent's
     * {@code case} marker, an {@code acl}/{@code advcl} edge those of its {@code case} or {@code mark}. A marker with two
     * {@code fixed} parts wins over one with one part, which wins over a single word (CoreNLP's three rounds of
     * patterns; a renamed edge no longer matches the later rounds). False where the outcome would depend on the order
     * of semgrex's matches or on a rule French text does not reach.
     */
    private static boolean addCaseMarkers(SemanticGraph sg) {
        List<SemanticGraphEdge> renamed = new ArrayList<>();
        List<GrammaticalRelation> relations = new ArrayList<>();
        for (SemanticGraphEdge edge : sg.edgeIterable()) {
            String rel = edge.getRelation().toString();
            boolean nominal = rel.equals("nmod") || rel.equals("obl");
            boolean clausal = rel.equals("acl") || rel.equals("advcl");
            if (!nominal && !clausal) {
                continue;
            }
            IndexedWord mod = edge.getDependent();
            List<IndexedWord> single = new ArrayList<>(1);
            List<IndexedWord> withOnePart = new ArrayList<>(1);
            List<IndexedWord> withTwoParts = new ArrayList<>(1);
            List<IndexedWord> parts = null;
            for (SemanticGraphEdge m : sg.outgoingEdgeIterable(mod)) {
                String mrel = m.getRelation().toString();
                if (!(mrel.equals("case") || (clausal && mrel.equals("mark")))) {
                    continue;
                }
                IndexedWord marker = m.getDependent();
                if (marker.value().equalsIgnoreCase("by")) {
                    return false; // CoreNLP's passive-agent pattern (English)
                }
                List<IndexedWord> fixed = new ArrayList<>(2);
                for (SemanticGraphEdge f : sg.outgoingEdgeIterable(marker)) {
                    if (f.getRelation().toString().equals("fixed")) {
                        fixed.add(f.getDependent());
                    }
                }
                if (fixed.size() > 2) {
                    return false; // several three-word readings: semgrex order decides
                }
                (fixed.size() == 2 ? withTwoParts : fixed.size() == 1 ? withOnePart : single).add(marker);
                if (!fixed.isEmpty()) {
                    parts = fixed;
                }
            }
            List<IndexedWord> markers;
            if (!withTwoParts.isEmpty() || !withOnePart.isEmpty()) {
                if (withTwoParts.size() + withOnePart.size() != 1) {
                    return false;
                }
                markers = new ArrayList<>(3);
                markers.add(withTwoParts.isEmpty() ? withOnePart.get(0) : withTwoParts.get(0));
                markers.addAll(parts);
                Collections.sort(markers);
            } else if (single.size() == 1) {
                markers = single;
            } else if (single.isEmpty()) {
                continue;
            } else {
                return false; // two plain markers: the last match semgrex finds wins
            }
            StringBuilder words = new StringBuilder();
            for (int i = 0; i < markers.size(); i++) {
                if (i > 0) {
                    if (markers.get(i).index() != markers.get(i - 1).index() + 1) {
                        return false; // CoreNLP adds a second edge here
                    }
                    words.append('_');
                }
                words.append(markers.get(i).value());
            }
            renamed.add(edge);
            relations.add(caseMarked(edge.getRelation(), words.toString().toLowerCase()));
        }
        for (int i = 0; i < renamed.size(); i++) {
            sg.updateEdge(renamed.get(i), relations.get(i));
        }
        return true;
    }

    /**
     * CoreNLP's {@code addConjInformation}: where one of a word's {@code conj} dependents has a {@code cc}, every
     * {@code conj} edge of that word is named after the coordinating word ({@code conj:et}). With one {@code cc} among
     * the conjuncts that is the whole rule; with several, which one names an edge depends on the order of semgrex's
     * matches, so this returns false before changing anything and CoreNLP's step runs instead.
     */
    private static boolean addConjunctions(SemanticGraph sg) {
        List<SemanticGraphEdge> renamed = new ArrayList<>();
        List<IndexedWord> coordinators = new ArrayList<>();
        for (IndexedWord gov : sg.vertexSet()) {
            IndexedWord cc = null;
            int firstEdge = renamed.size();
            for (SemanticGraphEdge conj : sg.outgoingEdgeIterable(gov)) {
                if (!conj.getRelation().toString().equals("conj")) {
                    continue;
                }
                renamed.add(conj);
                for (SemanticGraphEdge c : sg.outgoingEdgeIterable(conj.getDependent())) {
                    if (c.getRelation().toString().equals("cc")) {
                        if (cc != null && !cc.equals(c.getDependent())) {
                            return false;
                        }
                        cc = c.getDependent();
                    }
                }
            }
            if (cc == null) {
                renamed.subList(firstEdge, renamed.size()).clear(); // no coordinating word: the edges stay `conj`
            } else {
                for (int i = firstEdge; i < renamed.size(); i++) {
                    coordinators.add(cc);
                }
            }
        }
        try {
            for (int i = 0; i < renamed.size(); i++) {
                SemanticGraphEdge edge = renamed.get(i);
                // CoreNLP's own test: the grammar's `conj` object, or a conjunct after the coordinating word
                if (edge.getRelation() == UniversalEnglishGrammaticalRelations.CONJUNCT
                        || edge.getDependent().index() > coordinators.get(i).index()) {
                    sg.updateEdge(edge, (GrammaticalRelation) CONJ_VALUE.invokeExact(coordinators.get(i), sg));
                }
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return true;
    }

    private static GrammaticalRelation caseMarked(GrammaticalRelation relation, String words) {
        try {
            return (GrammaticalRelation) CASE_MARKED_RELATION.invokeExact(relation, words);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle handle(String name, Class<?>... types) throws ReflectiveOperationException {
        Method m = UniversalEnglishGrammaticalStructure.class.getDeclaredMethod(name, types);
        m.setAccessible(true);
        return MethodHandles.lookup().unreflect(m);
    }
}
