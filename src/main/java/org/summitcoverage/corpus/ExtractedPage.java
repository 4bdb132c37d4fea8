package org.summitcoverage.corpus;

/**
 * What {@link HtmlArticleExtractor} keeps of a web page.
 *
 * @param text      the article text: title, then lead and body paragraphs in document order,
 *                  separated by a blank line; NFC-normalised; empty when no body was found
 * @param title     the article title from JSON-LD, {@code og:title}, {@code <h1>} or {@code <title>};
 *                  null when absent
 * @param url       the canonical URL ({@code <link rel="canonical">}, {@code og:url}, JSON-LD), else the
 *                  base URI the page was read from when it is an http(s) address; null when absent
 * @param published the publication date or date-time exactly as the page states it; null when absent
 * @param source    the publication name ({@code og:site_name}, JSON-LD publisher); null when absent
 */
public record ExtractedPage(String text, String title, String url, String published, String source) {
}
