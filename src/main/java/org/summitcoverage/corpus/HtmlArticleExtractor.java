package org.summitcoverage.corpus;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts the article (title, lead, body paragraphs) and its metadata from a saved news page,
 * without knowing the site's markup.
 *
 * <p>The page is decoded ({@link HtmlCharsetDetector}), stripped of what can never be text
 * ({@link PageCleaner}), cut into text blocks ({@link PageTextBlock}); the element holding the body is
 * found by text and link density ({@link ContentBlockScorer}); furniture left inside it is pruned
 * by generic class, role and phrase hints ({@link FurniturePruner}, {@link FurnitureHints}); the
 * text is assembled by {@link ArticleTextBuilder}; metadata comes from {@link PageMetadataReader}.
 * Stateless and thread-safe.
 */
public final class HtmlArticleExtractor {

    private static final PageMetadataReader METADATA = new PageMetadataReader();

    public HtmlArticleExtractor() {
    }

    /**
     * @param html    the raw bytes of the page, in any charset
     * @param baseUri the address the page was fetched from, to resolve relative links; may be empty
     * @return the article text and metadata; never null, never throws
     */
    public ExtractedPage extract(byte[] html, String baseUri) {
        String base = baseUri == null ? "" : baseUri;
        PageMetadataReader.PageMetadata meta = null;
        try {
            Document doc = Jsoup.parse(HtmlCharsetDetector.decode(html), base);
            meta = METADATA.read(doc, base);
            String text = ArticleTextBuilder.build(doc, meta);
            return new ExtractedPage(text, meta.title(), meta.url(), meta.published(), meta.source());
        } catch (RuntimeException | StackOverflowError e) {
            // Input is whatever a crawler saved; one pathological page must not stop a corpus run.
            return meta == null
                    ? new ExtractedPage("", null, null, null, null)
                    : new ExtractedPage("", meta.title(), meta.url(), meta.published(), meta.source());
        }
    }
}
