package org.summitcoverage.corpus;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads url, title, publication date and publication name from the page head: canonical link,
 * Open Graph / {@code article:} meta tags and schema.org JSON-LD, with plain HTML fallbacks.
 */
final class PageMetadataReader {

    record PageMetadata(String url, String title, String published, String source, String description) {
    }

    /** News types first: a page often also describes its video or breadcrumb as other nodes. */
    private static final List<String> ARTICLE_TYPES = List.of(
            "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "liveblogposting",
            "article", "blogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle");
    private static final Set<String> PUBLISHER_TYPES = Set.of(
            "newsmediaorganization", "organization", "corporation", "website");

    private static final List<String> DATE_META_KEYS = List.of(
            "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
            "publishdate", "publish-date", "publish_date", "dc.date.issued", "dc.date", "dcterms.created",
            "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "og:published_time",
            "published_time");

    /** Pages in the wild carry sloppy JSON-LD: comments, trailing commas, raw newlines in strings. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    PageMetadata read(Document doc, String baseUri) {
        Map<String, String> meta = metaTags(doc);
        List<JsonNode> nodes = jsonLdNodes(doc);
        JsonNode article = pickArticle(nodes);

        String url = canonicalLink(doc);
        if (url == null) {
            url = meta.get("og:url");
        }
        if (url == null && article != null) {
            url = jsonUrl(article);
        }
        if (url == null && baseUri != null && baseUri.matches("(?i)^https?://.+")) {
            url = baseUri.trim();
        }

        String source = meta.get("og:site_name");
        if (source == null && article != null) {
            source = publisherName(article.get("publisher"), nodes);
        }
        if (source == null) {
            source = firstPublisherNode(nodes);
        }
        if (source == null) {
            source = microdata(doc, "[itemprop=publisher] [itemprop=name]");
        }
        if (source == null) {
            source = meta.get("application-name");
        }

        String title = article != null ? text(article.get("headline")) : null;
        if (title == null) {
            title = meta.get("og:title");
        }
        if (title == null) {
            title = meta.get("twitter:title");
        }
        if (title == null) {
            // Only inside an article scope: themes also mark the site name in the header as a headline.
            title = microdata(doc, "[itemtype~=(?i)(Article|BlogPosting|CreativeWork|Report)] [itemprop=headline]");
        }
        if (title == null) {
            title = titleFromHeadings(doc);
        }
        title = stripSiteName(title, source, url);

        String published = article != null ? text(article.get("datePublished")) : null;
        for (int i = 0; published == null && i < DATE_META_KEYS.size(); i++) {
            published = meta.get(DATE_META_KEYS.get(i));
        }
        if (published == null) {
            // Microdata puts the machine-readable date in whichever attribute the tag allows.
            for (Element e : doc.select("[itemprop=datePublished], time[pubdate]")) {
                for (String attr : new String[] {"content", "datetime", "title"}) {
                    if (published == null && !e.attr(attr).isBlank()) {
                        published = e.attr(attr).trim();
                    }
                }
            }
        }
        if (published == null && article != null) {
            published = text(article.get("dateCreated"));
        }

        String description = meta.get("og:description");
        if (description == null) {
            description = meta.get("description");
        }
        if (description == null && article != null) {
            description = text(article.get("description"));
        }
        return new PageMetadata(clean(url), clean(title), clean(published), clean(source), clean(description));
    }

    /**
     * Without meta tags, {@code <title>} usually reads "Site: Headline" or "Headline | Site": the
     * longest heading it contains is the headline; failing that the whole {@code <title>}, and the
     * first {@code <h1>} only when the page has no {@code <title>}.
     */
    private static String titleFromHeadings(Document doc) {
        String pageTitle = doc.title().trim();
        String squashedTitle = squash(pageTitle);
        String best = null;
        if (!squashedTitle.isEmpty() && doc.body() != null) {
            for (Element h : doc.body().select("h1, h2, h3")) {
                String s = squash(h.text());
                boolean longer = best == null || s.length() > squash(best).length();
                if (s.length() >= 8 && squashedTitle.contains(s) && longer) {
                    best = h.text();
                }
            }
        }
        if (best != null) {
            return best;
        }
        if (!pageTitle.isEmpty()) {
            return pageTitle;
        }
        Element h1 = doc.selectFirst("h1");
        return h1 != null && !h1.text().isBlank() ? h1.text() : null;
    }

    /** schema.org microdata: the value sits in {@code content} on meta tags, else in the text. */
    private static String microdata(Document doc, String selector) {
        for (Element e : doc.select(selector)) {
            String v = e.hasAttr("content") ? e.attr("content").trim() : e.text().trim();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").trim();
            if (content.isEmpty()) {
                continue;
            }
            for (String keyAttr : new String[] {"property", "name", "itemprop"}) {
                String key = m.attr(keyAttr).trim().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key, content);
                }
            }
        }
        return meta;
    }

    private static String canonicalLink(Document doc) {
        for (Element link : doc.select("link[href]")) {
            boolean canonical = false;
            for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                canonical |= rel.equals("canonical");
            }
            if (!canonical) {
                continue;
            }
            String abs = link.absUrl("href");
            String href = abs.isEmpty() ? link.attr("href").trim() : abs;
            if (!href.isEmpty()) {
                return href;
            }
        }
        return null;
    }

    private static List<JsonNode> jsonLdNodes(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select("script[type]")) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            String json = script.data().trim()
                    .replaceFirst("^<!--", "").replaceFirst("-->$", "")
                    .replaceFirst("^/\\*\\s*<!\\[CDATA\\[\\s*\\*/", "").replaceFirst("/\\*\\s*]]>\\s*\\*/$", "")
                    .trim();
            try {
                collect(JSON.readTree(json), out, 0);
            } catch (Exception e) {
                // A broken JSON-LD block is common and must not cost the rest of the metadata.
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
            collect(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static JsonNode pickArticle(List<JsonNode> nodes) {
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (JsonNode n : nodes) {
            for (String type : types(n)) {
                int rank = ARTICLE_TYPES.indexOf(type);
                if (rank >= 0 && rank < bestRank) {
                    best = n;
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    private static List<String> types(JsonNode n) {
        List<String> out = new ArrayList<>();
        JsonNode t = n.get("@type");
        if (t != null && t.isArray()) {
            t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
        } else if (t != null && t.isTextual()) {
            out.add(t.asText().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String jsonUrl(JsonNode article) {
        String url = text(article.get("url"));
        if (url != null) {
            return url;
        }
        JsonNode main = article.get("mainEntityOfPage");
        if (main == null) {
            return null;
        }
        if (main.isTextual()) {
            return text(main);
        }
        String id = text(main.get("@id"));
        return id != null && id.startsWith("http") ? id : text(main.get("url"));
    }

    private static String publisherName(JsonNode publisher, List<JsonNode> nodes) {
        if (publisher == null) {
            return null;
        }
        if (publisher.isArray()) {
            return publisher.isEmpty() ? null : publisherName(publisher.get(0), nodes);
        }
        if (publisher.isTextual()) {
            return text(publisher);
        }
        String name = text(publisher.get("name"));
        if (name != null) {
            return name;
        }
        String ref = text(publisher.get("@id"));
        if (ref != null) {
            for (JsonNode n : nodes) {
                if (ref.equals(text(n.get("@id"))) && text(n.get("name")) != null) {
                    return text(n.get("name"));
                }
            }
        }
        return null;
    }

    private static String firstPublisherNode(List<JsonNode> nodes) {
        for (JsonNode n : nodes) {
            for (String type : types(n)) {
                if (PUBLISHER_TYPES.contains(type) && text(n.get("name")) != null) {
                    return text(n.get("name"));
                }
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (!n.isValueNode()) {
            return null;
        }
        String s = n.asText().trim();
        return s.isEmpty() ? null : s;
    }

    /** Drops a trailing " | Le Journal" when that part names the site rather than the article. */
    static String stripSiteName(String title, String source, String url) {
        if (title == null) {
            return null;
        }
        String t = title.trim();
        String host = hostOf(url);
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " · "}) {
            int i = t.lastIndexOf(sep);
            if (i <= 0) {
                continue;
            }
            String tail = squash(t.substring(i + sep.length()));
            if (tail.isEmpty()) {
                continue;
            }
            boolean namesSite = (source != null && tail.equals(squash(source)))
                    || (host != null && tail.length() >= 4 && host.contains(tail));
            if (namesSite) {
                return t.substring(0, i).trim();
            }
        }
        return t;
    }

    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim().replace(" ", "%20")).getHost();
            return host == null ? null : squash(host);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String squash(String s) {
        String noAccents = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        // JSON-LD and meta values are sometimes entity-escaped twice by their CMS.
        String unescaped = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
        String out = PageTextNormalizer.collapse(unescaped);
        return out.isEmpty() ? null : out;
    }
}
