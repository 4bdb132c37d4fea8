package org.summitcoverage.eval;

import org.summitcoverage.dict.TextFolding;

import java.util.regex.Pattern;

/** Name comparison of docs/output.md § Gold files: case, accents, apostrophe style and surrounding articles folded. */
public final class NameMatcher {
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:l'|la |le |les )");

    private NameMatcher() {
    }

    public static String key(String name) {
        String f = TextFolding.fold(name).replaceAll("\\s*'\\s*", "'");
        String prev;
        do {
            prev = f;
            f = LEADING_ARTICLE.matcher(f).replaceFirst("").strip();
        } while (!f.equals(prev));
        return f;
    }
}
