package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * International bodies the dictionary does not list, named the French way with lower-case adjectives inside:
 * a capitalised head of `dict/body_heads.txt`, one or two relational adjectives, `de` (`du`, `des`, `de la`,
 * `d'`) and one to three capitalised words: `Organisation mondiale du Travail`, `Agence panafricaine de la Grande
 * Muraille`. The tagger, seeing lower-case words, mostly tags nothing there.
 */
final class BodyNameRecognizer {
    private static final Set<String> LINKERS = Set.of("de", "du", "des", "d'");
    private static final Set<String> ARTICLES = Set.of("la", "l'", "le", "les");
    /** Adjectives of the kind bodies carry: `mondiale`, `internationale`, `panafricaine`, `européen`, `islamique`. */
    private static final Pattern ADJECTIVE = Pattern.compile(
            "\\p{Ll}[\\p{Ll}-]*(?:ien|ienne|iens|iennes|ain|aine|ains|aines|al|ale|aux|ales|ique|iques|ais|aise|ois|oise|éen|éenne|éens|éennes|el|elle)");
    private static final int MAX_NAME_WORDS = 3;
    /** Councils and committees (`Conseil mondial de l'eau`): bodies too, but only with a lower-case domain. */
    private static final Set<String> ORGAN_HEADS = Set.of("conseil", "comite");

    private final Dictionaries dict;

    BodyNameRecognizer(Dictionaries dict) {
        this.dict = dict;
    }

    List<Candidate> recognize(String text, Sentence s, Set<Integer> claimed) {
        List<Token> toks = s.tokens();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token head = toks.get(i);
            if (!claimed.contains(i) && head.isCapitalized() && dict.groupHeads.contains(head.word())) {
                int end = groupNameEnd(toks, i, claimed);
                if (end > i) {
                    int start = head.start();
                    String surface = text.substring(start, toks.get(end - 1).end());
                    out.add(new Candidate(EntityType.ORGANIZATION, "org:" + TextFolding.slug(surface), surface, "",
                            s.index(), i, end, start, toks.get(end - 1).end(), surface, "", "rule"));
                    i = end - 1;
                }
                continue;
            }
            boolean organ = ORGAN_HEADS.contains(Words.fold(head));
            if (claimed.contains(i) || !head.isCapitalized() || !dict.bodyHeads.contains(head.word()) && !organ) {
                continue;
            }
            int k = i + 1;
            int adjectives = 0;
            while (k < toks.size() && adjectives < 2 && ADJECTIVE.matcher(toks.get(k).word()).matches()) {
                k++;
                adjectives++;
            }
            if (adjectives == 0 || k >= toks.size() || !LINKERS.contains(Words.fold(toks.get(k)))) {
                continue;
            }
            k++;
            int articles = 0;
            while (k < toks.size() && ARTICLES.contains(Words.fold(toks.get(k)))) {
                k++; // `du` split into `de le`, `de la`
                articles++;
            }
            if (articles > 0 && k < toks.size() && isDomainNoun(toks.get(k)) && !claimed.contains(k)
                    && !anyClaimed(claimed, i, k + 1) && (k + 1 == toks.size() || !LINKERS.contains(Words.fold(toks.get(k + 1)))
                    && !ADJECTIVE.matcher(toks.get(k + 1).word()).matches() && !toks.get(k + 1).word().equals("et"))) {
                // `le Conseil mondial de l'eau`, `l'Office national du tourisme`: the domain in lower case, one noun
                // after its article, ends the name (the tagger stops at the adjective)
                int start = head.start();
                int end = toks.get(k).end();
                String surface = text.substring(start, end);
                out.add(new Candidate(EntityType.ORGANIZATION, "org:" + TextFolding.slug(surface), surface, "", s.index(),
                        i, k + 1, start, end, surface, "", "rule"));
                i = k;
                continue;
            }
            if (organ) {
                continue; // `Comité central du Parti …`: a council's capitalised complement may run on in lower case
            }
            int words = 0;
            while (k < toks.size() && words < MAX_NAME_WORDS && toks.get(k).isCapitalized()
                    && !claimed.contains(k)) {
                k++;
                words++;
            }
            if (words == 0 || anyClaimed(claimed, i, k)) {
                continue;
            }
            int start = head.start();
            int end = toks.get(k - 1).end();
            String surface = text.substring(start, end);
            out.add(new Candidate(EntityType.ORGANIZATION, "org:" + TextFolding.slug(surface), surface, "", s.index(), i, k,
                    start, end, surface, "", "rule"));
            i = k - 1;
        }
        return out;
    }

    /**
     * `Groupe des Pays Développés`, `Groupe de Visegrád`: a group's head, `de` / `des` (`de la`, `du`), then one to
     * three capitalised words nothing else claimed. End, or {@code i}.
     */
    private static int groupNameEnd(List<Token> toks, int i, Set<Integer> claimed) {
        int k = i + 1;
        if (k >= toks.size() || !LINKERS.contains(Words.fold(toks.get(k)))) {
            return i;
        }
        k++;
        while (k < toks.size() && ARTICLES.contains(Words.fold(toks.get(k)))) {
            k++;
        }
        int words = 0;
        while (k < toks.size() && words < MAX_NAME_WORDS && toks.get(k).isCapitalized() && !Words.isPunctuation(toks.get(k))
                && Character.isLetter(toks.get(k).word().charAt(0)) && !claimed.contains(k)) {
            k++;
            words++;
        }
        return words == 0 || anyClaimed(claimed, i, k) ? i : k;
    }

    /** A body's domain written in lower case after its article: one word of letters, no time word. */
    private static boolean isDomainNoun(Token t) {
        String w = t.word();
        return Words.isLowerWord(t) && w.length() >= 3 && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
                && !TIME_WORDS.contains(Words.fold(t));
    }

    private static final Set<String> TIME_WORDS = Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "semaine", "veille", "matin", "soir", "annee", "mois", "janvier", "fevrier", "mars", "avril",
            "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "session", "reunion",
            "sommet", "conference", "seance");

    private static boolean anyClaimed(Set<Integer> claimed, int from, int to) {
        for (int k = from; k < to; k++) {
            if (claimed.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
