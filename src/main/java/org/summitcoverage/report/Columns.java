package org.summitcoverage.report;

import java.util.List;

/** The column lists of the output contract (docs/output.md): public, changed only by appending, with a changelog entry. */
public final class Columns {
    private Columns() {
    }

    public static final List<String> ARTICLES = List.of("article_id", "source_path", "url", "title", "published",
            "source", "language", "status", "reason", "chars", "sentences", "tokens", "entities", "roles", "sha256",
            "duplicate_of");
    public static final List<String> ENTITIES = List.of("article_id", "entity_id", "type", "canonical_name",
            "country_code", "mentions", "first_start");
    public static final List<String> MENTIONS = List.of("article_id", "entity_id", "type", "text", "sentence_index",
            "start", "end", "ner_label", "method");
    public static final List<String> ROLES = List.of("article_id", "role", "entity_id", "type", "canonical_name",
            "event_id", "on_behalf_of", "trigger", "sentence_index", "evidence", "confidence",
            "rule");
    public static final List<String> SUMMARY = List.of("entity_id", "type", "canonical_name", "country_code",
            "articles", "mentions", "signatory", "non_signatory", "chair", "host", "delegation_head", "participant",
            "reports");
    /** changes.csv of `--compare` (issue 6): what appeared or disappeared since the compared run. */
    public static final List<String> CHANGES = List.of("change", "kind", "entity_id", "type", "canonical_name", "role",
            "event_id", "articles", "reports", "conflict");
    /** events.csv (issue 18): one row per meeting of the corpus, however many names the articles give it. */
    public static final List<String> EVENTS = List.of("event_id", "canonical_name", "names", "place", "country_code",
            "start_date", "articles", "reports");
    /** event_roles.csv (issue 18): one row per (event, role, entity), with its support and any contradiction. */
    public static final List<String> EVENT_ROLES = List.of("event_id", "role", "entity_id", "type", "canonical_name",
            "reports", "articles", "first_published", "evidence_article_id", "evidence", "conflict");
    /** event_articles.csv (issue 18): which article's event (entities.csv, roles.csv → event_id) is which event. */
    public static final List<String> EVENT_ARTICLES = List.of("event_id", "article_id", "local_event_id",
            "local_name");
}
