package org.summitcoverage;

import org.summitcoverage.clean.CleanText;
import org.summitcoverage.clean.FurnitureCleaner;
import org.summitcoverage.corpus.LanguageDetector;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.extract.EntityExtractor;
import org.summitcoverage.extract.roles.RoleCueLexicon;
import org.summitcoverage.extract.roles.RoleExtractor;
import org.summitcoverage.extract.roles.RoleFinding;
import org.summitcoverage.extract.roles.RoleWords;
import org.summitcoverage.model.Article;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.Role;
import org.summitcoverage.model.StageTimes;
import org.summitcoverage.model.Status;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Annotator;
import org.summitcoverage.nlp.ParsedSentence;
import org.summitcoverage.nlp.CoreNlpAnnotator;
import org.summitcoverage.nlp.FrenchModels;
import org.summitcoverage.nlp.ParseSettings;
import org.summitcoverage.extract.UnknownNameGate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one per-article function of the project: {@code Article → ArticleAnalysis}, pure apart from the
 * shared read-only models, so that every runner gives an article the same rows. The local runner, the tests, {@code eval}, {@code explain} and a
 * distributed job all call it; the whole flow reads top to bottom in {@link #analyze}.
 */
public final class ArticleAnalyzer {
    private final FurnitureCleaner cleaner;
    private final LanguageDetector languages;
    private final Annotator annotator;
    private final EntityExtractor entities;
    private final RoleExtractor roles;

    public ArticleAnalyzer(FurnitureCleaner cleaner, LanguageDetector languages, Annotator annotator,
                           Dictionaries dict, RoleCueLexicon cues, RoleWords roleWords, boolean parseRoleSentences) {
        this(cleaner, languages, annotator, dict, cues, roleWords, parseRoleSentences, false);
    }

    /** @param clauseOnly parse only the part of a cue sentence around its cues ({@link ParseSettings#clauseOnly()}) */
    public ArticleAnalyzer(FurnitureCleaner cleaner, LanguageDetector languages, Annotator annotator,
                           Dictionaries dict, RoleCueLexicon cues, RoleWords roleWords, boolean parseRoleSentences,
                           boolean clauseOnly) {
        this.cleaner = cleaner;
        this.languages = languages;
        this.annotator = annotator;
        this.entities = new EntityExtractor(dict);
        this.roles = new RoleExtractor(cues, roleWords, parseRoleSentences, clauseOnly);
    }

    /** An analyzer on the shared models whose cue sentences reach the parser as {@code settings} say (`bench`). */
    public static ArticleAnalyzer withSettings(ParseSettings settings) {
        return new ArticleAnalyzer(new FurnitureCleaner(), LanguageDetector.shared(),
                new CoreNlpAnnotator(FrenchModels.shared(), new UnknownNameGate(Dictionaries.shared()), settings),
                Dictionaries.shared(), RoleCueLexicon.shared(), RoleWords.load(Dictionaries.shared()), true,
                settings.clauseOnly());
    }

    /** The analyzer on the shared models: what every command uses. Loads them on first use. */
    public static ArticleAnalyzer shared() {
        return Shared.INSTANCE;
    }

    /** The same analyzer without dependency parsing: token rules only for roles (`analyze --fast`). */
    public static ArticleAnalyzer sharedFast() {
        return SharedFast.INSTANCE;
    }

    private static final class Shared {
        static final ArticleAnalyzer INSTANCE = withSettings(ParseSettings.configured());
    }

    private static final class SharedFast {
        static final ArticleAnalyzer INSTANCE = new ArticleAnalyzer(new FurnitureCleaner(), LanguageDetector.shared(),
                new CoreNlpAnnotator(FrenchModels.shared(), new UnknownNameGate(Dictionaries.shared())), Dictionaries.shared(), RoleCueLexicon.shared(),
                RoleWords.load(Dictionaries.shared()), false);
    }

    /** Everything the analysis of one article produced, with the role explanations for `explain`. */
    public record Detailed(ArticleAnalysis analysis, AnnotatedText annotated, List<RoleFinding> findings,
                           Map<Integer, ParsedSentence> parses) {
    }

    public ArticleAnalysis analyze(Article article) {
        return analyzeDetailed(article).analysis();
    }

    public Detailed analyzeDetailed(Article article) {
        ArticleMeta meta = article.meta();
        try {
            long t0 = System.nanoTime();
            CleanText clean = cleaner.clean(article.rawText());
            if (clean.isEmpty()) {
                return notAnalysed(meta, Status.SKIPPED, "no article text after removing site furniture", "");
            }
            if (meta.title() == null && clean.firstLineTitle() != null) {
                meta = meta.withMetadata(null, clean.firstLineTitle(), null, null);
            }
            long t1 = System.nanoTime();
            LanguageDetector.Guess language = languages.detect(clean.text());
            if (!language.isFrench()) {
                return notAnalysed(meta, Status.SKIPPED, String.format(java.util.Locale.ROOT,
                        "not French: detected language %s (confidence %.2f)", language.language(), language.confidence()),
                        language.language());
            }
            long t2 = System.nanoTime();
            AnnotatedText annotated = annotator.annotate(clean.text());
            long t3 = System.nanoTime();
            EntityExtractor.Result found = entities.extract(annotated);
            long[] parseNanos = {0};
            Map<Integer, ParsedSentence> parses = new TreeMap<>();
            List<RoleFinding> findings = roles.extract(annotated, found.mentions(), found.entities(), s -> {
                long p0 = System.nanoTime();
                try {
                    ParsedSentence parse = annotator.parse(annotated, s);
                    parses.put(s.index(), parse);
                    return parse;
                } finally {
                    parseNanos[0] += System.nanoTime() - p0;
                }
            });
            long t4 = System.nanoTime();
            List<Role> roleRows = new ArrayList<>(findings.size());
            for (RoleFinding f : findings) {
                roleRows.add(f.role());
            }
            StageTimes times = new StageTimes(t1 - t0, t2 - t1, t3 - t2, parseNanos[0], t4 - t3 - parseNanos[0]);
            ArticleAnalysis analysis = new ArticleAnalysis(meta, Status.OK, article.note(), language.language(), clean.text(),
                    annotated.sentences().size(), annotated.tokenCount(), found.entities(), found.mentions(), roleRows,
                    times);
            return new Detailed(analysis, annotated, findings, parses);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // One article's failure must not cost the run: it becomes an `error` row with the cause.
            return notAnalysed(meta, Status.ERROR, "analysis failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + thrownAt(e), "");
        }
    }

    /** ` (at Class.method:line)`: where it was thrown, so a report of a rare failure can be traced without the run. */
    private static String thrownAt(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length == 0) {
            return "";
        }
        StackTraceElement at = trace[0];
        for (StackTraceElement t : trace) {
            if (!t.getClassName().startsWith("java.")) { // past `Objects.checkIndex` to the caller that indexed
                at = t;
                break;
            }
        }
        String cls = at.getClassName();
        return " (at " + cls.substring(cls.lastIndexOf('.') + 1) + "." + at.getMethodName() + ":" + at.getLineNumber() + ")";
    }

    private static Detailed notAnalysed(ArticleMeta meta, Status status, String reason, String language) {
        return new Detailed(ArticleAnalysis.notAnalysed(meta, status, reason, language), null, List.of(), Map.of());
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
