package org.summitcoverage.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** {@link Annotator} on the shared CoreNLP French models. Stateless: safe to share between threads. */
public final class CoreNlpAnnotator implements Annotator {
    private final FrenchModels models;
    private final NameTaggingGate gate;
    private final ParseSettings settings;
    /** OpenNLP's tagger keeps per-call state: one per thread, on the shared model. */
    private final ThreadLocal<opennlp.tools.postag.POSTaggerME> openNlpTagger;

    public CoreNlpAnnotator(FrenchModels models, NameTaggingGate gate) {
        this(models, gate, ParseSettings.DEFAULT);
    }

    public CoreNlpAnnotator(FrenchModels models, NameTaggingGate gate, ParseSettings settings) {
        this.models = models;
        this.gate = gate;
        this.settings = settings;
        this.openNlpTagger = ThreadLocal.withInitial(() -> new opennlp.tools.postag.POSTaggerME(models.openNlpPosModel(),
                opennlp.tools.postag.POSTagFormat.UD));
    }

    public ParseSettings settings() {
        return settings;
    }

    @Override
    public AnnotatedText annotate(String text) {
        Annotation doc = new Annotation(forTagger(text));
        models.splitPipeline().annotate(doc);
        tagNames(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                int start = t.beginPosition();
                int end = t.endPosition();
                String ner = t.ner();
                ner = ner == null || ner.equals("O") ? "" : ner;
                if (!tokens.isEmpty()) {
                    Token prev = tokens.get(tokens.size() - 1);
                    // Without the mwt annotator the tokenizer leaves a contraction in pieces (`du` → `d`, `u`):
                    // put the word back together, its offsets are the word's.
                    if (prev.end() == start && Contractions.isContraction(text.substring(prev.start(), end))) {
                        tokens.set(tokens.size() - 1, new Token(prev.index(), text.substring(prev.start(), end), prev.start(),
                                end, prev.ner().isEmpty() ? ner : prev.ner()));
                        continue;
                    }
                }
                tokens.add(new Token(tokens.size(), text.substring(start, end), start, end, ner));
            }
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), tokens.get(0).start(),
                        tokens.get(tokens.size() - 1).end(), tokens));
            }
        }
        return new AnnotatedText(text, sentences);
    }

    /**
     * The CRF reads the gated sentences only; it tags each sentence on its own, so the labels are the same. With
     * a name margin it reads only the stretches around the words the gate flags (see {@link #stretchesToTag}).
     */
    private void tagNames(Annotation doc) {
        List<CoreMap> selected = new ArrayList<>();
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> words = new ArrayList<>(labels.size());
            for (CoreLabel t : labels) {
                words.add(new Token(words.size(), t.word(), t.beginPosition(), t.endPosition(), ""));
            }
            BitSet flagged = gate.wordsToTag(words);
            if (flagged.isEmpty()) {
                continue;
            }
            if (settings.nameMargin() == 0) {
                selected.add(s);
                tokens.addAll(labels);
                continue;
            }
            for (int[] stretch : stretchesToTag(flagged, labels.size(), settings.nameMargin())) {
                List<CoreLabel> part = labels.subList(stretch[0], stretch[1]);
                CoreMap piece = new ArrayCoreMap();
                piece.set(CoreAnnotations.TokensAnnotation.class, part);
                selected.add(piece);
                tokens.addAll(part);
            }
        }
        if (selected.isEmpty()) {
            return;
        }
        Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, selected);
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        models.namePipeline().annotate(part);
    }

    /**
     * The stretches [from, to) of a sentence of {@code size} words that hold every flagged word with
     * {@code margin} words either side, overlapping ones joined, so no flagged word sits near a cut. The CRF's features look five words away and its labels one back, so a margin well beyond
     * that gives each flagged word the label the whole sentence would.
     */
    static List<int[]> stretchesToTag(BitSet flagged, int size, int margin) {
        List<int[]> out = new ArrayList<>();
        for (int i = flagged.nextSetBit(0); i >= 0; i = flagged.nextSetBit(i + 1)) {
            int from = Math.max(0, i - margin);
            int to = Math.min(size, i + margin + 1);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = to;
            } else {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    @Override
    public ParsedSentence parse(AnnotatedText doc, Sentence sentence) {
        Annotation ann = tagged(doc, sentence);
        List<ParsedSentence.Node> nodes = new ArrayList<>();
        List<ParsedSentence.Edge> edges = new ArrayList<>();
        int offset = 0;
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (CoreLabel t : labels) {
                nodes.add(new ParsedSentence.Node(offset + t.index(), t.word(), t.tag() == null ? "" : t.tag(),
                        sentence.start() + t.beginPosition(), sentence.start() + t.endPosition()));
            }
            SemanticGraph graph = models.dependencyParsing().parse(s, settings.plusPlus());
            if (graph != null) {
                for (IndexedWord root : graph.getRoots()) {
                    edges.add(new ParsedSentence.Edge(0, offset + root.index(), "root"));
                }
                for (SemanticGraphEdge e : graph.edgeIterable()) {
                    edges.add(new ParsedSentence.Edge(offset + e.getGovernor().index(),
                            offset + e.getDependent().index(), e.getRelation().toString()));
                }
            }
            offset += labels.size();
        }
        return new ParsedSentence(nodes, edges);
    }

    /** The words of a cue sentence as the parser reads them: its text for the parser, split, mwt and tagged. */
    Annotation tagged(AnnotatedText doc, Sentence sentence) {
        String sentenceText = forParser(doc.text().substring(sentence.start(), sentence.end()));
        Annotation ann = new Annotation(sentenceText);
        Contractions.Need need = settings.mwtWhereNeeded() ? Contractions.need(sentence.tokens()) : Contractions.Need.STATISTICAL;
        boolean coreNlpTagger = settings.tagger() == ParseSettings.Tagger.CORENLP;
        models.tagging(need, coreNlpTagger).annotate(ann);
        if (!coreNlpTagger) {
            tagWithOpenNlp(ann);
        }
        return ann;
    }

    /** The OpenNLP tags (UPOS, the tag set the French nndep model reads) on the words after mwt. */
    private void tagWithOpenNlp(Annotation ann) {
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            String[] words = new String[labels.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = labels.get(i).word();
            }
            String[] tags = openNlpTagger.get().tag(words);
            for (int i = 0; i < words.length; i++) {
                labels.get(i).setTag(tags[i]);
            }
        }
    }

    /**
     * A discourse insert between an auxiliary and its participle, without commas: `a pour sa part rappelé`, `s'est
     * de son côté abstenue`, `a quant à lui signé`. It says nothing about who did what, but the parser reads it as
     * a complement and hangs the participle on it, losing the verb's subject.
     */
    private static final java.util.regex.Pattern DISCOURSE_INSERT = java.util.regex.Pattern.compile(
            "(?<=\\b(?:a|ont|avait|avaient|aura|auront|aurait|auraient|est|sont|était|étaient|sera|seront|serait|seraient)\\s)"
                    + "(?:pour (?:sa|leur|ma|notre|votre) part|de (?:son|leur|mon|notre|votre) côté|quant à (?:lui|elle|eux|elles)"
                    + "|à (?:son|leur) tour)(?=\\s+\\p{L})");

    /**
     * A stressed pronoun between commas right after an auxiliary or a copula (`était, lui, bien présent`, `a, elle
     * aussi, pris part`): with it the parser loses the predicate (it hangs `présent` on `lui`).
     */
    private static final java.util.regex.Pattern STRESSED_INSERT = java.util.regex.Pattern.compile(
            "(?<=\\b(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|sera|seront))"
                    + ", (?:lui|elle|eux|elles)(?: aussi| également| non plus| de même)?,(?= \\p{L})");

    /**
     * A concessive adverb between a verb and its object's article (`représentera malgré tout le Chili`, `signera quand
     * même la charte`): the parser takes `malgré` for a preposition over the object and loses it.
     */
    private static final java.util.regex.Pattern CONCESSIVE_INSERT = java.util.regex.Pattern.compile(
            "(?<=\\p{L}\\s)(?:malgré tout|quand même|tout de même)(?=\\s+(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs)\\b)");

    /**
     * (h30-misses) A fixed manner adverbial between a passive participle and its `par` agent (`a été remplacé au pied levé
     * par sa vice-présidente X`, `représenté au dernier moment par Y`): the parser reads `levé` as a participle of its own
     * and hangs the agent on it, so the verb loses who stood in.
     */
    private static final java.util.regex.Pattern MANNER_IDIOM = java.util.regex.Pattern.compile(
            "(?<=\\p{L}\\s)(?:au pied levé|au dernier moment|à la dernière minute|en dernière minute|in extremis)(?=\\s+par\\b)");

    /**
     * (h31-signature) The side of a signing said before its `par` agent (`Les accords ont été signés, côté algérien par le
     * ministre X et son homologue Y`, `et, du côté ivoirien, par Z`): the parser hangs the agents on `côté` as its complement
     * and the participle loses them; the side's demonym says no more than the agent's title does.
     */
    private static final java.util.regex.Pattern SIDE_BEFORE_AGENT = java.util.regex.Pattern.compile(
            "(?<=[\\s,])(?:du )?côté \\p{Ll}[\\p{L}-]*,?(?=\\s+par\\b)");

    /**
     * A clause of its own between two dashes (`le vice-président cubain – X avait d'abord été annoncé –, se sont
     * exprimés`, `Alors que – et c'est une première – les deux dirigeants étaient présents`): a remark on the side, with
     * a finite auxiliary or copula; the parser takes its verb for the sentence's and loses the main one. Dashes around a
     * bare name (`le président du Ghana – X – a signé`) hold no such verb and stay.
     */
    private static final java.util.regex.Pattern DASHED_CLAUSE = java.util.regex.Pattern.compile(
            "(?<=\\s)[–—]\\s(?:[^–—.;:]{0,80}?\\s)?(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront|c'est|c’est)"
                    + "\\s[^–—.;:]{0,80}?[–—-](?=[\\s,])");

    /**
     * Whether the characters from {@code start} to {@code end} of {@code text} lie in a {@link #DASHED_CLAUSE}: a name
     * said on the side (`– X avait d'abord été annoncé –`) holds no role of the sentence around it.
     */
    public static boolean inDashedClause(String text, int start, int end) {
        if (text.indexOf('–') < 0 && text.indexOf('—') < 0) {
            return false; // the clause opens on one of these dashes
        }
        java.util.regex.Matcher m = DASHED_CLAUSE.matcher(text);
        while (m.find()) {
            if (m.start() <= start && end <= m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #DISCOURSE_INSERT}s, {@link #STRESSED_INSERT}s, {@link #CONCESSIVE_INSERT}s, {@link #NEITHER_INSERT}s,
     * {@link #MANNER_IDIOM}s, {@link #SIDE_BEFORE_AGENT}s and {@link #DASHED_CLAUSE}s blanked out, so the parser sees `a rappelé`, `était bien présent`, `représentera le Chili`,
     * `n'a pas signé`; the length stays, and offsets with it.
     */
    static String withoutDiscourseInserts(String text) {
        String t = text;
        t = blanked(t, DISCOURSE_INSERT, " part", " côté", "quant à ", " tour");
        t = blanked(t, STRESSED_INSERT, ", lui", ", elle", ", eux");
        t = blanked(t, CONCESSIVE_INSERT, "malgré tout", "quand même", "tout de même");
        t = blanked(t, NEITHER_INSERT, "non plus");
        t = blanked(t, MANNER_IDIOM, "pied levé", "dernier moment", "dernière minute", "in extremis");
        t = blanked(t, SIDE_BEFORE_AGENT, "côté");
        return blanked(t, DASHED_CLAUSE, "–", "—");
    }

    /**
     * `non plus` after the `pas` of a negated compound verb (`n'a pas non plus signé`): with it the parser hangs the
     * participle on the auxiliary as a clause of its own and the verb loses its subject; the negation stays.
     */
    private static final java.util.regex.Pattern NEITHER_INSERT = java.util.regex.Pattern.compile(
            "(?<=\\bpas\\s)non plus(?=\\s+\\p{L})");

    /**
     * {@code insert}'s matches blanked. {@code needles} are literal pieces every match holds (one of them at least):
     * without any of them the pattern cannot match, and its look-behinds, tried at every character of every cue
     * sentence, are not run at all.
     */
    private static String blanked(String text, java.util.regex.Pattern insert, String... needles) {
        boolean possible = false;
        for (String needle : needles) {
            possible |= text.contains(needle);
        }
        if (!possible) {
            return text;
        }
        java.util.regex.Matcher m = insert.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        } while (m.find());
        return sb.toString();
    }

    /** Elided conjunctions the French tokenizer leaves glued to the next word, and same-length stand-ins. */
    private static final java.util.regex.Pattern GLUED_CONJUNCTION = java.util.regex.Pattern.compile(
            "\\b([Ll]orsqu|[Pp]uisqu)'(?=\\p{L})");

    /**
     * What the parser sees: {@link #forTagger}, without the discourse inserts of {@link #withoutDiscourseInserts},
     * and `lorsqu'il` / `puisqu'elle` written `quand  il` /
     * `comme  elle`. CoreNLP's French tokenizer keeps `lorsqu'il` as one word, which the parser then takes
     * for the subject of the clause and so misses the main verb's; the stand-ins have the same length, so
     * offsets still match the text.
     */
    static String forParser(String text) {
        String t = withoutDiscourseInserts(forTagger(text));
        java.util.regex.Matcher m = GLUED_CONJUNCTION.matcher(t);
        if (!m.find()) {
            return t;
        }
        StringBuilder sb = new StringBuilder(t);
        do {
            boolean upper = Character.isUpperCase(m.group(1).charAt(0));
            String standIn = m.group(1).toLowerCase(java.util.Locale.ROOT).equals("lorsqu") ? "quand  " : "comme  ";
            if (upper) {
                standIn = Character.toUpperCase(standIn.charAt(0)) + standIn.substring(1);
            }
            sb.replace(m.start(), m.end(), standIn);
        } while (m.find());
        return sb.toString();
    }

    /**
     * The text the tagger sees: same length as the cleaned text, so offsets are shared, but with the
     * typographic apostrophe and the non-breaking spaces French typography puts before ":;?!" and inside
     * « » turned into their plain forms, which the models were trained on.
     */
    static String forTagger(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u2019', '\u2018', '\u02BC' -> c[i] = '\'';
                case '\u00A0', '\u202F', '\u2009', '\u2007' -> c[i] = ' ';
                default -> { }
            }
        }
        blankHonorificDots(c);
        blankInitialismDotsInASentence(c);
        return new String(c);
    }

    /**
     * (h22-minis) `sous la présidence de SEM. Taib X`, `SE. M. Hussein Y`: the honorific `Son Excellence (Monsieur)`
     * abbreviated in capitals with a dot, which the splitter takes for a sentence end, cutting the name from its cue.
     * The dot is blanked at the same length. `SEM.` before any capitalised word; `SE.` only before a further honorific
     * (`M.`, `Mme`), since `SE` also closes a company's name (`Siemens SE.`).
     */
    private static final java.util.regex.Pattern HONORIFIC_DOT =
            java.util.regex.Pattern.compile("(?<![\\p{L}.])(SEM|SE)\\.(?=\\s+(\\p{Lu}[\\p{L}.]*))");
    private static final java.util.Set<String> HONORIFICS_AFTER_SE = java.util.Set.of("M.", "Mme", "Mr", "Madame", "Monsieur");

    /**
     * (h30-securite) `arrivé à Washington, D.C., pour prendre part à la signature`, `à Washington D.C. jeudi`: an
     * initialism in capitals with dots (`D.C.`, `U.S.`) whose last dot a comma, a semicolon, a colon, a closing bracket
     * or a word in lower case follows ends no sentence; the splitter takes it for one and cuts the subject from its
     * cue. That last dot is blanked at the same length.
     */
    private static final java.util.regex.Pattern INITIALISM_IN_A_SENTENCE =
            java.util.regex.Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.){2,}(?=\\s*[,;:)]|\\s+\\p{Ll})");

    private static void blankInitialismDotsInASentence(char[] c) {
        java.util.regex.Matcher m = INITIALISM_IN_A_SENTENCE.matcher(java.nio.CharBuffer.wrap(c));
        while (m.find()) {
            c[m.end() - 1] = ' ';
        }
    }

    private static void blankHonorificDots(char[] c) {
        java.util.regex.Matcher m = HONORIFIC_DOT.matcher(java.nio.CharBuffer.wrap(c));
        while (m.find()) {
            if (m.group(1).equals("SEM") || HONORIFICS_AFTER_SE.contains(m.group(2))) {
                c[m.end(1)] = ' ';
            }
        }
    }
}
