package org.summitcoverage.extract;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.nlp.Token;

import java.util.List;
import java.util.Set;

/** Small closed classes of French words the rules share. */
public final class Words {
    private Words() {
    }

    static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'", "un", "une", "des");
    static final Set<String> ELIDED = Set.of("l'", "d'", "qu'", "n'", "s'", "j'", "c'", "m'", "t'", "jusqu'",
            "lorsqu'", "puisqu'");
    static final Set<String> PREPOSITIONS = Set.of("à", "a", "de", "d'", "du", "des", "au", "aux", "en", "dans",
            "sur", "sous", "pour", "par", "vers", "depuis", "entre", "avec", "chez", "près", "via", "contre", "jusqu'",
            "jusqu'à", "dès", "outre");
    static final Set<String> FUNCTION = Set.of("et", "ou", "ni", "mais", "que", "qu'", "qui", "dont", "où", "ce",
            "cette", "ces", "cet", "son", "sa", "ses", "leur", "leurs", "le", "la", "les", "l'", "un", "une", "des",
            "de", "d'", "du", "à", "a", "au", "aux", "en", "pour", "par", "sur", "avec", "dans", "comme", "puis");

    /** Month and weekday names, folded (`aout`, `fevrier`). */
    static final Set<String> DATE_NAMES = Set.of("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
            "septembre", "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche");

    /** The forms of `de` before a complement (folded: `d’` reads as `d'`). */
    private static final Set<String> DE_FORMS = Set.of("de", "du", "des", "d'");

    public static boolean isDe(String folded) {
        return DE_FORMS.contains(folded);
    }

    /** `de`, `du`, `des`, `d'` (with `la` / `l'` after `de`): the link of a name or a title to its state, `X du Niger`. */
    static final Set<String> STATE_LINKS = Set.of("de", "du", "des", "d'");

    /**
     * The first token of the state link right before token {@code k} (`du`, `des`, `d'`, `de`, or `de` of `de la` /
     * `de l'`), or -1 when none is there.
     */
    static int stateLinkStart(List<Token> toks, int k) {
        if (k >= 1 && STATE_LINKS.contains(fold(toks.get(k - 1)))) {
            return k - 1;
        }
        if (k >= 2 && Set.of("la", "l'").contains(fold(toks.get(k - 1))) && fold(toks.get(k - 2)).equals("de")) {
            return k - 2;
        }
        return -1;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** {@code s.split("\\s+")} with the pattern compiled once: the rules split every name they read. */
    static String[] spaceSplit(String s) {
        return SPACES.split(s);
    }

    public static String fold(Token t) {
        return t.folded();
    }

    public static boolean isPunctuation(Token t) {
        String w = t.word();
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A year of the last two centuries or this one, `1946`, `2025`: four digits from 1800 to 2099 (no regex: hot path). */
    public static boolean isYear(String w) {
        if (w.length() != 4 || !Character.isDigit(w.charAt(2)) || !Character.isDigit(w.charAt(3))) {
            return false;
        }
        return w.startsWith("18") || w.startsWith("19") || w.startsWith("20");
    }

    public static boolean isLowerWord(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }

    public static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}
