package org.summitcoverage.link;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.dict.TsvResource;

import java.util.HashMap;
import java.util.Map;

/**
 * The words of meeting names that decide whether two names can name the same meeting: meeting nouns and their
 * kind, forms that stand for one another (`intelligence artificielle` = `IA` = `AI`), and words that say nothing
 * about which meeting it is. Read from {@code /link/event_words.tsv}, once per JVM.
 */
final class EventWords {
    static final String RESOURCE = "/link/event_words.tsv";

    enum Use { HEAD, SAME, DROP }

    record Word(Use use, String value) {
    }

    private final Map<String, Word> forms = new HashMap<>();
    private int longestForm = 1;

    private static final class Holder {
        static final EventWords INSTANCE = new EventWords();
    }

    static EventWords shared() {
        return Holder.INSTANCE;
    }

    private EventWords() {
        for (TsvResource.Row row : TsvResource.read(RESOURCE, "form", "kind", "value")) {
            String form = TextFolding.fold(row.get(0));
            Use use = switch (row.get(1)) {
                case "head" -> Use.HEAD;
                case "same" -> Use.SAME;
                case "drop" -> Use.DROP;
                default -> throw new IllegalStateException(row.where() + ": kind must be head, same or drop");
            };
            if (use != Use.DROP && row.get(2).isEmpty()) {
                throw new IllegalStateException(row.where() + ": " + row.get(1) + " needs a value");
            }
            if (forms.put(form, new Word(use, row.get(2))) != null) {
                throw new IllegalStateException(row.where() + ": " + form + " listed twice");
            }
            longestForm = Math.max(longestForm, EventNames.tokens(form).size());
        }
    }

    /** The entry of a folded form, or null. */
    Word lookup(String folded) {
        return forms.get(folded);
    }

    int longestForm() {
        return longestForm;
    }
}
