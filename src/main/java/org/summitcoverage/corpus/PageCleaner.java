package org.summitcoverage.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what can never be article text before any scoring: code, media, form controls, hidden
 * elements, consent banners and the page-level navigation, header, footer and asides.
 */
final class PageCleaner {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "iframe", "frame", "frameset", "svg", "math", "canvas",
            "object", "embed", "applet", "button", "input", "select", "textarea", "option", "optgroup", "datalist",
            "label", "link", "meta", "base", "dialog", "audio", "video", "source", "track", "map", "area",
            "picture", "img", "figcaption", "head", "title");

    /** AMP components that carry article text; every other amp-* is an ad, a widget or a menu. */
    private static final Set<String> AMP_TEXT_COMPONENTS = Set.of(
            "amp-live-list", "amp-accordion", "amp-fit-text", "amp-selector", "amp-layout", "amp-script");

    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "search", "complementary", "contentinfo", "dialog", "alertdialog", "menu", "menubar");

    /**
     * Whole class names that hide an element (CSS frameworks, screen-reader helpers). Only whole
     * names: Drupal's "field-label-hidden" hides a label, not the field it sits on.
     */
    private static final Set<String> HIDING_CLASSES = Set.of(
            "hidden", "hide", "is-hidden", "u-hidden", "d-none", "invisible", "sr-only", "visually-hidden",
            "visuallyhidden", "screen-reader-text", "screen-reader-only", "element-invisible", "element-hidden",
            "a11y-hidden", "offscreen", "hidden-print");

    private PageCleaner() {
    }

    static void clean(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return;
        }
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, body);
        comments.forEach(Node::remove);

        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body || e.parent() == null) {
                continue;
            }
            String name = e.normalName();
            if (NEVER_TEXT.contains(name)
                    || (name.startsWith("amp-") && !AMP_TEXT_COMPONENTS.contains(name))
                    || (name.equals("ins") && e.hasClass("adsbygoogle"))
                    || (name.equals("figure") && e.text().length() < 400)) {
                e.remove();
            }
        }

        int bodyChars = body.text().length();
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body || e.parent() == null || !attachedTo(e, body)) {
                continue;
            }
            if (isFurnitureElement(e) && !holdsArticle(e, bodyChars)) {
                e.remove();
            }
        }
    }

    private static boolean isFurnitureElement(Element e) {
        String name = e.normalName();
        if (isHidden(e)) {
            return true;
        }
        if (name.equals("nav") || name.equals("aside") || name.equals("footer") || name.equals("form")) {
            return true;
        }
        if (FURNITURE_ROLES.contains(e.attr("role").trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if ((name.equals("header") || e.attr("role").equalsIgnoreCase("banner"))
                && e.closest("article, main, [role=main]") == null
                && e.selectFirst("h1, h2, [itemprop=headline]") == null) {
            return true;
        }
        return FurnitureHints.isOverlay(e);
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").trim().equalsIgnoreCase("true")) {
            return true;
        }
        for (String c : e.classNames()) {
            if (HIDING_CLASSES.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /**
     * A class name or tag can be misleading ("has-sidebar" on the wrapper of everything, an
     * ASP.NET form around the whole page): never drop what holds the title, the schema.org article
     * body or most of the page text.
     */
    private static boolean holdsArticle(Element e, int bodyChars) {
        if (e.selectFirst("h1, main, [itemprop~=(?i)articleBody]") != null) {
            return true;
        }
        return bodyChars > 0 && e.text().length() > bodyChars / 2;
    }

    private static boolean attachedTo(Element e, Element root) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }
}
