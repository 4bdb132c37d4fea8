package org.summitcoverage.extract;

import org.summitcoverage.dict.DictEntry;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.Kind;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * (h59-ent) `Les présidents russe et américain, Vladimir X et Joe Y`: a plural title with coordinated demonyms, then
 * the coordinated names after a comma, pairs them in order (respectively). The nearest demonym before the names (the
 * last one) is not the first name's state. When the counts differ, no name gets a state from the list.
 */
final class RespectiveDemonyms {
    /** The list stands but pairs nothing (counts differ): the title gives no state to any of its names. */
    static final String UNPAIRED = "";

    private RespectiveDemonyms() {
    }

    /**
     * The state of {@code c} read from such a list: a country code, {@link #UNPAIRED}, or null when {@code c} stands
     * in no such construction.
     */
    static String stateOf(Dictionaries dict, AnnotatedText doc, Candidate c, List<Candidate> all) {
        List<Token> toks = EntityExtractor.tokens(doc, c.sentenceIndex());
        List<Candidate> names = coordinatedNames(toks, c, all);
        if (names.size() < 2) {
            return null;
        }
        int k = names.get(0).firstToken() - 1;
        if (k < 1 || !toks.get(k).word().equals(",")) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        boolean lastLinkIsEt = false;
        k--;
        while (k >= 0) {
            String code = demonymCode(dict, toks.get(k));
            if (code == null) {
                break;
            }
            codes.add(0, code);
            k--;
            if (k >= 0 && (toks.get(k).word().equals(",") || toks.get(k).word().equals("et"))) {
                lastLinkIsEt |= codes.size() == 1 && toks.get(k).word().equals("et");
                k--;
            } else {
                break;
            }
        }
        if (codes.size() < 2 || !lastLinkIsEt || k < 0 || !isPluralTitle(dict, toks.get(k))) {
            return null;
        }
        return codes.size() == names.size() ? codes.get(names.indexOf(c)) : UNPAIRED;
    }

    /** The persons of {@code c}'s sentence linked to it by single `,` or `et` tokens, in order. */
    private static List<Candidate> coordinatedNames(List<Token> toks, Candidate c, List<Candidate> all) {
        List<Candidate> persons = new ArrayList<>();
        for (Candidate o : all) {
            if (o.type() == EntityType.PERSON && o.sentenceIndex() == c.sentenceIndex()) {
                persons.add(o);
            }
        }
        persons.sort(Comparator.comparingInt(Candidate::firstToken));
        int at = persons.indexOf(c);
        if (at < 0) {
            return List.of();
        }
        int from = at;
        while (from > 0 && linked(toks, persons.get(from - 1), persons.get(from))) {
            from--;
        }
        int to = at;
        while (to + 1 < persons.size() && linked(toks, persons.get(to), persons.get(to + 1))) {
            to++;
        }
        List<Candidate> list = persons.subList(from, to + 1);
        int last = list.size() - 1;
        // the list closes with `et`, as the demonyms' does
        return list.size() >= 2 && toks.get(list.get(last).firstToken() - 1).word().equals("et") ? list : List.of();
    }

    private static boolean linked(List<Token> toks, Candidate a, Candidate b) {
        if (b.firstToken() != a.endToken() + 1) {
            return false;
        }
        String w = toks.get(a.endToken()).word();
        return w.equals(",") || w.equals("et");
    }

    /** `russe`, `américain`: a lower-case demonym of the dictionary, or null. */
    private static String demonymCode(Dictionaries dict, Token t) {
        if (!Words.isLowerWord(t)) {
            return null;
        }
        for (DictEntry e : dict.lookup(t.folded())) {
            if (e.type() == EntityType.COUNTRY && e.kind() == Kind.DEMONYM) {
                return e.countryCode();
            }
        }
        return null;
    }

    /** `présidents`, `ministres`, `chefs d'État`: a title word in the plural. */
    private static boolean isPluralTitle(Dictionaries dict, Token t) {
        String w = t.word().toLowerCase(java.util.Locale.ROOT);
        if (w.equals("d'état") || w.equals("d’état")) {
            return true; // `les chefs d'État russe et américain`
        }
        return (w.endsWith("s") || w.endsWith("x")) && dict.titles.contains(w);
    }
}
