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
    private static final List<String> ADJECTIVE_ENDINGS = List.of("el", "elle", "els", "elles", "al", "ale", "aux",
            "ique", "iques", "ien", "ienne", "aire", "aires", "if", "ive", "ais", "aise", "ois", "oise", "in", "ine");

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
            while (j < toks.size() && adjectives < 2 && isAdjective(toks.get(j))) {
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
            if (end == nameStart || text.substring(toks.get(nameStart).start(), toks.get(end - 1).end()).length() < 3
                    || anyClaimed(claimed, nameStart, end) || linked && taggedPerson(toks, nameStart, end)) {
                continue;
            }
            if (opensLongerName(toks, nameStart, end)) {
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

    /**
     * An adjective of the kinds that qualify a site (`présidentielle`, `olympique`, `national`, `royal`,
     * `municipal`), told by its ending: a verb (`la place qu'ont occupée les Français`) must not pass.
     */
    private static boolean isAdjective(Token t) {
        String w = Words.fold(t);
        if (!Words.isLowerWord(t) || LINKERS.contains(w) || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (w.endsWith(ending) && w.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameWord(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !Words.isPunctuation(t);
    }

    /**
     * `la grande salle du Centre des congrès de Kuala Lumpur`: a capitalised common noun that goes on in
     * lower case is the head of another name, not the name of this site.
     */
    private boolean opensLongerName(List<Token> toks, int nameStart, int end) {
        Token head = toks.get(nameStart);
        if (end - nameStart != 1 || !(dict.commonWords.contains(head.word()) || dict.siteNouns.contains(head.word()))) {
            return false;
        }
        return end + 1 < toks.size() && INNER_LINKERS.contains(Words.fold(toks.get(end)))
                && Words.isLowerWord(toks.get(end + 1));
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
