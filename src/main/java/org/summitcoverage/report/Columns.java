package org.summitcoverage.report;

import java.util.List;

/** The column lists of the output contract (docs/output.md): public, changed only by appending, with a changelog entry. */
public final class Columns {
    private Columns() {
    }

    public static final List<String> ARTICLES = List.of("article_id", "source_path", "url", "title", "published",
            "source", "language", "status", "reason", "chars", "sentences", "tokens", "entities", "roles", "sha256");
    public static final List<String> ENTITIES = List.of("article_id", "entity_id", "type", "canonical_name",
            "country_code", "mentions", "first_start");
    public static final List<String> MENTIONS = List.of("article_id", "entity_id", "type", "text", "sentence_index",
            "start", "end", "ner_label", "method");
    public static final List<String> ROLES = List.of("article_id", "role", "entity_id", "type", "canonical_name",
            "event_id", "on_behalf_of", "trigger", "sentence_index", "evidence", "confidence");
    public static final List<String> SUMMARY = List.of("entity_id", "type", "canonical_name", "country_code",
            "articles", "mentions", "signatory", "non_signatory", "chair", "host", "delegation_head", "participant");
    /** changes.csv of `--compare` (issue 6): what appeared or disappeared since the compared run. */
    public static final List<String> CHANGES = List.of("change", "kind", "entity_id", "type", "canonical_name", "role",
            "event_id", "articles");
}
