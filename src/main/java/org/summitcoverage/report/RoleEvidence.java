package org.summitcoverage.report;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.summitcoverage.model.ArticleAnalysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The evidence sentences of chosen role assertions, fetched at the end of a run from where the runner put them (the
 * local roles.csv, the Spark job's cached analyses): a corpus step keeps a reference per assertion (article, and the
 * role's position among the article's roles, which is its order in roles.csv) instead of every sentence.
 */
public interface RoleEvidence {
    /** A role assertion: its article and its position among that article's roles. */
    record RoleRef(String articleId, int index) implements java.io.Serializable {
    }

    /** The evidence of each wanted assertion that exists. */
    Map<RoleRef, String> sentences(Set<RoleRef> wanted);

    /** From analyses in memory (tests, and any caller that still holds them). */
    static RoleEvidence of(Iterable<ArticleAnalysis> articles) {
        return wanted -> {
            Map<RoleRef, String> out = new HashMap<>();
            for (ArticleAnalysis a : articles) {
                for (int k = 0; k < a.roles().size(); k++) {
                    RoleRef ref = new RoleRef(a.articleId(), k);
                    if (wanted.contains(ref)) {
                        out.put(ref, a.roles().get(k).evidence());
                    }
                }
            }
            return out;
        };
    }

    /**
     * From a roles.csv written by this run, read once, streaming: an article's roles are consecutive rows in the
     * order of its roles; values lose the formula apostrophe of {@link SpreadsheetCells}.
     */
    static RoleEvidence fromRolesCsv(Path rolesCsv) {
        return wanted -> {
            Map<RoleRef, String> out = new HashMap<>();
            if (wanted.isEmpty()) {
                return out;
            }
            try (Reader in = Files.newBufferedReader(rolesCsv, StandardCharsets.UTF_8);
                 CSVParser p = CsvTable.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String article = null;
                int index = 0;
                for (CSVRecord r : p) {
                    String id = SpreadsheetCells.unescape(r.get("article_id"));
                    index = id.equals(article) ? index + 1 : 0;
                    article = id;
                    RoleRef ref = new RoleRef(id, index);
                    if (wanted.contains(ref)) {
                        out.put(ref, SpreadsheetCells.unescape(r.get("evidence")));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back " + rolesCsv, e);
            }
            return out;
        };
    }
}
