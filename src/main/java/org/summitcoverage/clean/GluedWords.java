package org.summitcoverage.clean;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;

/**
 * Puts back the space a page's extraction lost between two words (`Tous les pays sauf Argentineont accepté`,
 * `le Sommet ibéro-américainqui s'est tenu`), and the list's comma between two names (`Faure GnassingbéFilipe
 * Nyusi`): the tagger reads such a token as one unknown name, so the country, the meeting's name or both persons
 * are lost. A token is split only when one side is a name we know: a form of the dictionaries, or a word the
 * article writes on its own elsewhere (a lower-case one also as its plural or singular, and only before `qui`,
 * `sauf`, `et`: `participeront` is a future; before `qui` / `sauf`, which end no word, any lower-case word), or two
 * names glued between two other capitalised words (`Essozimna GnassingbéFilipe Nyusi`). A token the dictionaries know whole is left alone, and so are
 * brand-like names whose first part is short (`YouTube`, `McDonald`, `OpenAI`; `BRICSFin` is read by the event stage).
 */
public final class GluedWords {
    /** A word glued to a verb, pronoun or preposition that opens the next clause (`Argentineont accepté`). */
    private static final Pattern GLUED_FUNCTION_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}’'-])(?<word>[\\p{L}][\\p{L}-]*\\p{Ll})(?<tail>ont|qui|sauf|est|et|a)"
            + "(?=\\s+(?<next>\\p{Ll}[\\p{L}’'-]*))");
    /** Two capitalised words glued at a lower-case → capital step (`GnassingbéFilipe`). */
    private static final Pattern GLUED_NAMES = Pattern.compile(
            "(?<![\\p{L}\\p{N}’'-])(?<left>\\p{Lu}\\p{Ll}{3,})(?<right>\\p{Lu}\\p{Ll}{2,})(?![\\p{L}\\p{N}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}’'-]*");
    /** Words after a glued `a`: a past participle (`Acevedoa exprimé`), not another auxiliary. */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}[\\p{L}]*(?:é|i|u|is|it|t|s|ert|aint|oint)");
    private static final int MIN_WORD = 4;
    /** The word right before a token, one space apart; the word right after it. */
    private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}][\\p{L}’'-]*) $");
    private static final Pattern NEXT_WORD = Pattern.compile(" ([\\p{L}][\\p{L}’'-]*)");
    /**
     * (h49-entites17) A compound name whose hyphen lost the next word to a space (`Nana Akufo- Addo`): a capitalised
     * word, a hyphen, spaces, a capitalised word. A dash between two phrases has a space on both sides.
     */
    private static final Pattern SPLIT_HYPHEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}’'-])(\\p{Lu}\\p{Ll}+)-[ \\t\\u00A0]+(?=\\p{Lu}\\p{Ll})");

    private GluedWords() {
    }

    public static String repair(String text) {
        Set<String> standalone = new HashSet<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            standalone.add(w.group());
        }
        Dictionaries dict = Dictionaries.shared();
        StringBuilder out = new StringBuilder();
        Matcher m = GLUED_FUNCTION_WORD.matcher(text);
        while (m.find()) {
            String word = m.group("word");
            String tail = m.group("tail");
            boolean capitalised = Character.isUpperCase(word.codePointAt(0));
            boolean split = word.length() >= MIN_WORD && !known(dict, word + tail)
                    && (known(dict, word) || writtenAlone(standalone, word, capitalised) || !capitalised && endsNoWord(tail))
                    && tailFits(word, tail, m.group("next"), capitalised);
            m.appendReplacement(out, Matcher.quoteReplacement(split ? word + " " + tail : m.group()));
        }
        m.appendTail(out);
        String once = out.toString();
        out = new StringBuilder();
        m = GLUED_NAMES.matcher(once);
        while (m.find()) {
            String left = m.group("left");
            String right = m.group("right");
            boolean split = !known(dict, left + right)
                    && (known(dict, left) || known(dict, right) || standalone.contains(left) || standalone.contains(right)
                    || insideARunOfNames(once, m.start(), m.end(), dict));
            // two names glued are two items of a list whose separator was lost, not one longer name
            m.appendReplacement(out, Matcher.quoteReplacement(split ? left + ", " + right : m.group()));
        }
        m.appendTail(out);
        return SPLIT_HYPHEN.matcher(out.toString()).replaceAll("$1-"); // one name, not two persons
    }

    /**
     * `et` only after a word ending in `e` (`Argentineet le Brésil`: no French word ends in `-eet`), `a` only before
     * a past participle (`Acevedoa exprimé`); other tails are never the end of a name.
     */
    private static boolean tailFits(String word, String tail, String next, boolean capitalised) {
        if (!capitalised && !tail.equals("qui") && !tail.equals("sauf") && !tail.equals("et")) {
            return false; // `participeront`, `prendra`: a verb's future is an infinitive before `ont` / `a`
        }
        return switch (tail) {
            case "et" -> word.endsWith("e");
            case "a" -> PARTICIPLE.matcher(next).matches() && !next.equals("est") && !next.equals("ont");
            default -> true;
        };
    }

    /** No French word ends in `qui` or `sauf` after four letters (`ibéro-américainqui`): the pronoun was glued to it. */
    private static boolean endsNoWord(String tail) {
        return tail.equals("qui") || tail.equals("sauf");
    }

    /**
     * Glued between two capitalised names (`Faure Essozimna GnassingbéFilipe Nyusi`, items of a list): a brand stands after
     * a preposition or an article (`de TotalEnergies`), never between a first name and a surname.
     */
    private static boolean insideARunOfNames(String text, int start, int end, Dictionaries dict) {
        Matcher before = PREVIOUS_WORD.matcher(text.substring(Math.max(0, start - 40), start));
        Matcher after = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        return before.find() && after.lookingAt() && isName(before.group(1), dict) && isName(after.group(1), dict);
    }

    private static boolean isName(String word, Dictionaries dict) {
        return word.length() >= 3 && Character.isUpperCase(word.codePointAt(0)) && !dict.commonWords.contains(word)
                && !dict.isTitle(word);
    }

    /** Written on its own in the article, or as its plural or singular (`ibéro-américains` for `ibéro-américain`). */
    private static boolean writtenAlone(Set<String> standalone, String word, boolean capitalised) {
        if (capitalised) {
            return standalone.contains(word);
        }
        return standalone.contains(word) || standalone.contains(word + "s")
                || (word.endsWith("s") && standalone.contains(word.substring(0, word.length() - 1)));
    }

    private static boolean known(Dictionaries dict, String word) {
        return !dict.lookup(TextFolding.fold(word)).isEmpty();
    }
}
