package org.summitcoverage.corpus;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One paragraph-like run of text as a reader sees it: the inline content between two block
 * boundaries, with how much of it is link text. Scoring and filtering work on these rather than
 * on {@code <p>} elements because many pages put text straight into divs, cells or
 * {@code <br>}-separated runs.
 */
final class PageTextBlock {

    /** The innermost block-level element holding the text. */
    final Element owner;
    final String text;
    /** Letters and digits in the text; punctuation and spaces say nothing about content. */
    final int chars;
    final int linkChars;
    /** 1 to 6 inside a heading, else 0. */
    final int headingLevel;
    final boolean listItem;
    final boolean tableCell;
    /** True when several blocks share the owner, i.e. the text sat directly in a container. */
    boolean sharedOwner;

    private PageTextBlock(Element owner, String text, int chars, int linkChars, int headingLevel, boolean listItem,
            boolean tableCell) {
        this.owner = owner;
        this.text = text;
        this.chars = chars;
        this.linkChars = linkChars;
        this.headingLevel = headingLevel;
        this.listItem = listItem;
        this.tableCell = tableCell;
    }

    double linkDensity() {
        return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
    }

    boolean isHeading() {
        return headingLevel > 0;
    }

    /** A whole paragraph of prose: long, hardly linked, ending like a sentence. */
    boolean isFullParagraph() {
        return chars >= 80 && linkDensity() <= 0.1 && endsLikeSentence();
    }

    /** Ends like a sentence rather than a label or a menu item. */
    boolean endsLikeSentence() {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?…»\")”:;".indexOf(last) >= 0;
    }

    @Override
    public String toString() {
        return (headingLevel > 0 ? "h" + headingLevel + " " : "") + owner.tagName() + " ld="
                + String.format(Locale.ROOT, "%.2f", linkDensity()) + " " + text;
    }

    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "option",
            "noscript", "iframe", "video", "audio", "canvas", "img", "picture");

    static boolean isBlock(Element e) {
        String name = e.normalName();
        // Custom elements (amp-live-list items, web components) lay out as blocks in practice.
        return BLOCK_TAGS.contains(name) || name.indexOf('-') > 0;
    }

    /** Splits the subtree of {@code root} into blocks, in document order. */
    static List<PageTextBlock> split(Element root) {
        Builder b = new Builder();
        NodeTraversor.traverse(b, root);
        b.flush();
        Map<Element, Integer> perOwner = new IdentityHashMap<>();
        for (PageTextBlock t : b.out) {
            perOwner.merge(t.owner, 1, Integer::sum);
        }
        for (PageTextBlock t : b.out) {
            t.sharedOwner = perOwner.get(t.owner) > 1;
        }
        return b.out;
    }

    private static final class Builder implements NodeVisitor {
        final List<PageTextBlock> out = new ArrayList<>();
        final List<Element> blockStack = new ArrayList<>();
        final StringBuilder buf = new StringBuilder();
        int chars;
        int linkChars;
        int linkDepth;
        int headingLevel;
        int listDepth;
        int cellDepth;
        Element owner;
        /** A {@code <br>} just seen with nothing but whitespace after it: a second one ends the paragraph. */
        boolean afterBr;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode tn) {
                String s = tn.getWholeText();
                if (owner == null) {
                    owner = blockStack.isEmpty() ? (Element) tn.parent() : blockStack.get(blockStack.size() - 1);
                }
                buf.append(s);
                int n = countLetters(s);
                if (n > 0) {
                    afterBr = false;
                }
                chars += n;
                if (linkDepth > 0) {
                    linkChars += n;
                }
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("br")) {
                    if (afterBr) {
                        flush();
                        afterBr = false;
                    } else {
                        buf.append(' ');
                        afterBr = true;
                    }
                    return;
                }
                if (name.equals("a") && countsAsLink(e)) {
                    linkDepth++;
                }
                if (isBlock(e)) {
                    flush();
                    blockStack.add(e);
                    if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                        headingLevel = name.charAt(1) - '0';
                    }
                    if (name.equals("li") || name.equals("dd") || name.equals("dt")) {
                        listDepth++;
                    }
                    if (name.equals("td") || name.equals("th")) {
                        cellDepth++;
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("a") && countsAsLink(e)) {
                    linkDepth--;
                }
                if (isBlock(e)) {
                    flush();
                    blockStack.remove(blockStack.size() - 1);
                    if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                        headingLevel = headingLevelOf(blockStack);
                    }
                    if (name.equals("li") || name.equals("dd") || name.equals("dt")) {
                        listDepth--;
                    }
                    if (name.equals("td") || name.equals("th")) {
                        cellDepth--;
                    }
                }
            }
        }

        void flush() {
            if (buf.length() > 0 && owner != null) {
                String text = PageTextNormalizer.collapse(buf);
                if (!text.isEmpty()) {
                    out.add(new PageTextBlock(owner, text, chars, linkChars, headingLevel, listDepth > 0,
                            cellDepth > 0));
                }
            }
            buf.setLength(0);
            chars = 0;
            linkChars = 0;
            owner = null;
            afterBr = false;
        }

        private static int headingLevelOf(List<Element> stack) {
            for (int i = stack.size() - 1; i >= 0; i--) {
                String n = stack.get(i).normalName();
                if (n.length() == 2 && n.charAt(0) == 'h' && Character.isDigit(n.charAt(1))) {
                    return n.charAt(1) - '0';
                }
            }
            return 0;
        }
    }

    /**
     * Mail and phone links are contact details inside the text, not navigation. In-page anchors do
     * count: tables of contents and "key moments" lists are navigation too.
     */
    static boolean countsAsLink(Element a) {
        String href = a.attr("href").trim().toLowerCase(Locale.ROOT);
        return !href.isEmpty() && !href.startsWith("mailto:") && !href.startsWith("tel:");
    }

    int wordCount() {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }

    static int countLetters(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
