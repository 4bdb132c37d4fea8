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
            if (!claimed.contains(i) && head.isCapitalized() && dict.groupHeads.containsWord(head)) {
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
            if (claimed.contains(i) || !head.isCapitalized() || !dict.bodyHeads.containsWord(head) && !organ) {
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

    /** Lower-case words inside an organ's name that are not adjectives of the usual endings. */
    private static final Set<String> ORGAN_QUALIFIERS = Set.of("executif", "executive", "permanent", "permanente",
            "supreme", "consultatif", "consultative", "restreint", "directeur", "superieur", "superieure");

    /**
     * `le Parlement de la Cédéao`, `la Cour de justice de l'UEMOA`, `le Conseil des ministres de la SADC`: an organ's
     * head ({@code dict/organ_heads.txt}), perhaps lower-case qualifiers (`général`, `de justice`, `des ministres`),
     * then `de` and a body the dictionary found. The organ is one ORGANIZATION that takes the place of the body's
     * candidate; its canonical name spells the body out (`Parlement de la Communauté économique …`), so that the
     * acronym and the full name give one organ. Returns the dictionary's candidates with those bodies replaced.
     */
    List<Candidate> organsOfKnownBodies(String text, Sentence s, List<Candidate> fromDict, List<Candidate> fromEvents) {
        List<Token> toks = s.tokens();
        Set<Integer> taken = new java.util.HashSet<>();
        for (List<Candidate> list : List.of(fromDict, fromEvents)) {
            for (Candidate c : list) {
                for (int k = c.firstToken(); k < c.endToken(); k++) {
                    taken.add(k);
                }
            }
        }
        List<Candidate> out = new ArrayList<>(fromDict.size());
        for (Candidate body : fromDict) {
            int head = body.type() == EntityType.ORGANIZATION ? organHead(toks, body.firstToken(), taken) : -1;
            if (head < 0 || body.canonical() == null || body.canonical().isEmpty()) {
                out.add(body);
                continue;
            }
            int start = toks.get(head).start();
            String surface = text.substring(start, body.end());
            String prefix = text.substring(start, body.start()).replace('’', '\'');
            String canonical = EntityExtractor.capitalizeFirst(spelledOut(prefix, body));
            out.add(new Candidate(EntityType.ORGANIZATION, "org:" + TextFolding.slug(canonical), canonical, "",
                    s.index(), head, body.endToken(), start, body.end(), surface, "", "rule"));
        }
        return out;
    }

    /**
     * The organ's name with its body spelled out. `de l'APEC` elides the article before the acronym's vowel, which
     * `l'Coopération …` cannot keep: a head of a feminine ending (`-tion`, `-ie`, `-ue`, `-ance`, `-ence`) takes `la`;
     * any other (`Comité`, `Communauté`: `-té` is both) keeps the acronym as written, its gender being unknown.
     */
    private static String spelledOut(String prefix, Candidate body) {
        String name = body.canonical();
        if (!prefix.endsWith("l'") || name.isEmpty() || "AEIOUYHÉÈÊÎÔÂ".indexOf(Character.toUpperCase(name.charAt(0))) >= 0) {
            return prefix + name;
        }
        String head = TextFolding.fold(name.split("[ '’-]", 2)[0]);
        if (FEMININE_HEAD.matcher(head).find()) {
            return prefix.substring(0, prefix.length() - 2) + "la " + name;
        }
        return prefix + body.text().replace('’', '\'');
    }

    private static final java.util.regex.Pattern FEMININE_HEAD = java.util.regex.Pattern.compile("(tion|sion|ie|ue|ance|ence)$");

    /** The organ's head before `de` + the body at {@code bodyFirst}, or -1. */
    private int organHead(List<Token> toks, int bodyFirst, Set<Integer> taken) {
        int k = bodyFirst - 1;
        if (k >= 0 && ARTICLES.contains(Words.fold(toks.get(k)))) {
            k--;
        }
        if (k < 1 || !LINKERS.contains(Words.fold(toks.get(k))) || taken.contains(k)) {
            return -1;
        }
        k--;
        int middle = 0;
        while (k >= 0 && middle <= 4 && !taken.contains(k)) {
            Token t = toks.get(k);
            String f = Words.fold(t);
            if (dict.organHeads.contains(f)) {
                // `au secrétariat général de l'OIF` is a post, `du comité de l'OCI chargé de …` a description: only a
                // capitalised head, not opening the sentence, names the organ
                return t.isCapitalized() && k > 0 && !Words.isPunctuation(toks.get(k - 1)) ? k : -1;
            }
            boolean qualifier = Words.isLowerWord(t) && (ADJECTIVE.matcher(t.word()).matches() || ORGAN_QUALIFIERS.contains(f)
                    || f.equals("et") || k > 0 && Set.of("de", "des", "d'").contains(Words.fold(toks.get(k - 1)))
                    || Set.of("de", "des", "d'").contains(f) && k + 1 < bodyFirst && Words.isLowerWord(toks.get(k + 1)));
            if (!qualifier) {
                return -1;
            }
            k--;
            middle++;
        }
        return -1;
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
