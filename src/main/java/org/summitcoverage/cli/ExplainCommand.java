package org.summitcoverage.cli;

import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.corpus.CorpusItem;
import org.summitcoverage.corpus.CorpusReader;
import org.summitcoverage.extract.roles.RoleFinding;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.Role;
import org.summitcoverage.nlp.ParsedSentence;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.run.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints an article's cleaned sentences with their entities and, for each role, the trigger and "
                + "the words that licensed it: what to run when a row looks wrong.")
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ARTICLE", description = "A .txt/.html file, or a .jsonl file (with --id).")
    Path article;

    @Option(names = "--id", paramLabel = "ID", description = "For a .jsonl file: the record id to explain (default: the first record).")
    String id;

    @Option(names = "--parse", description = "Also print the dependency parse (UD relations) of every sentence the role readings parsed.")
    boolean parse;

    @Override
    public Integer call() throws IOException {
        CorpusReader reader = new CorpusReader(article, CorpusReader.DEFAULT_MAX_BYTES);
        Iterator<CorpusItem> items = reader.items(reader.files());
        while (items.hasNext()) {
            CorpusItem item = items.next();
            if (id != null && !item.meta().articleId().equals(id)) {
                continue;
            }
            if (item instanceof CorpusItem.Rejected r) {
                System.out.println(r.meta().articleId() + ": " + r.status().label() + ": " + r.reason());
                return ExitCodes.OK;
            }
            ArticleAnalyzer.Detailed d = ArticleAnalyzer.shared().analyzeDetailed(((CorpusItem.Readable) item).article());
            print(d, System.out, parse);
            return ExitCodes.OK;
        }
        System.err.println("no article" + (id == null ? "" : " with id " + id) + " in " + article);
        return ExitCodes.FATAL;
    }

    static void print(ArticleAnalyzer.Detailed d, PrintStream out, boolean withParses) {
        ArticleAnalysis a = d.analysis();
        out.printf("%s  [%s%s]%n", a.articleId(), a.status().label(), a.reason().isEmpty() ? "" : ": " + a.reason());
        if (d.annotated() == null) {
            return;
        }
        for (Sentence s : d.annotated().sentences()) {
            out.printf(Locale.ROOT, "%n[%d] %s%n", s.index(), s.text(a.text()).replace('\n', ' '));
            for (Mention m : a.mentions()) {
                if (m.sentenceIndex() == s.index()) {
                    out.printf(Locale.ROOT, "     %-12s %-38s «%s» %d-%d %s%s%n", m.type(), m.entityId(), m.text(),
                            m.start(), m.end(), m.method(), m.nerLabel().isEmpty() ? "" : " (" + m.nerLabel() + ")");
                }
            }
            ParsedSentence parsed = d.parses().get(s.index());
            if (withParses && parsed != null) {
                for (ParsedSentence.Edge e : parsed.edges()) {
                    out.printf(Locale.ROOT, "     ~ %s(%s-%d, %s-%d)%n", e.relation(),
                            e.governor() == 0 ? "ROOT" : parsed.node(e.governor()).word(), e.governor(),
                            parsed.node(e.dependent()).word(), e.dependent());
                }
            }
            for (RoleFinding f : d.findings()) {
                Role r = f.role();
                if (r.sentenceIndex() == s.index()) {
                    out.printf(Locale.ROOT, "  => %-15s %-30s trigger «%s» conf %.2f  rule %s: %s%s%n", r.role(),
                            r.entityId(), r.trigger(), r.confidence(), f.rule(), f.licence(),
                            r.onBehalfOf().isEmpty() ? "" : "  on behalf of " + r.onBehalfOf());
                }
            }
        }
    }
}
