package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sites named by a common noun and a proper name (`le palais de San Carlos`, `la promenade des Anglais`,
 * `la place Skanderbeg`, `la salle Nelson-Mandela`): one LOCATION with the noun, instead of the tagger's
 * guess on the name alone (often a person or a stray place). The nouns are `dict/site_nouns.txt`. A name
 * the dictionaries know stays what it is (`le port de Dakar` keeps Dakar), and a person after `de`
 * is the person (`au tour de Xi Jinping`).
 */
final class SiteRecognizer {
    private static final Set<String> LINKERS = Set.of("de", "des", "du", "d'", "la", "l'", "le", "les");
    private static final Set<String> INNER_LINKERS = Set.of("de", "des", "du", "d'", "la", "l'", "le", "y");
    private static final int MAX_NAME_TOKENS = 6;

    private final Dictionaries dict;

    SiteRecognizer(Dictionaries dict) {
        this.dict = dict;
    }

    List<Candidate> recognize(String text, Sentence s, Set<Integer> claimed) {
        List<Token> toks = s.tokens();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (claimed.contains(i) || !Words.isLowerWord(toks.get(i)) || !dict.siteNouns.contains(toks.get(i).word())) {
                continue;
            }
            int j = i + 1;
            // up to two adjectives, then a linker: `la villa présidentielle d'Aso Rock`
            int adjectives = 0;
            while (j < toks.size() && adjectives < 2 && Words.isLowerWord(toks.get(j))
                    && !LINKERS.contains(Words.fold(toks.get(j)))) {
                j++;
                adjectives++;
            }
            if (adjectives > 0 && (j >= toks.size() || !LINKERS.contains(Words.fold(toks.get(j))))) {
                continue;
            }
            boolean linked = false;
            int linkerStart = j;
            while (j < toks.size() && j - linkerStart < 2 && LINKERS.contains(Words.fold(toks.get(j)))) {
                j++;
                linked = true;
            }
            int nameStart = j;
            int end = nameStart;
            while (end < toks.size() && end - nameStart < MAX_NAME_TOKENS) {
                Token t = toks.get(end);
                if (isNameWord(t)) {
                    end++;
                } else if (end > nameStart && INNER_LINKERS.contains(Words.fold(t)) && end + 1 < toks.size()
                        && isNameWord(toks.get(end + 1))) {
                    end += 2;
                } else {
                    break;
                }
            }
            if (end == nameStart || anyClaimed(claimed, nameStart, end) || linked && taggedPerson(toks, nameStart, end)) {
                continue;
            }
            int start = toks.get(i).start();
            int stop = toks.get(end - 1).end();
            String surface = text.substring(start, stop);
            out.add(new Candidate(EntityType.LOCATION, "location:" + TextFolding.slug(surface), surface, "", s.index(),
                    i, end, start, stop, surface, "", "rule"));
            i = end - 1;
        }
        return out;
    }

    private static boolean isNameWord(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !Words.isPunctuation(t);
    }

    private static boolean anyClaimed(Set<Integer> claimed, int from, int to) {
        for (int k = from; k < to; k++) {
            if (claimed.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean taggedPerson(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (NerSpanReader.base(toks.get(k).ner()).equals("PER")) {
                return true;
            }
        }
        return false;
    }
}
