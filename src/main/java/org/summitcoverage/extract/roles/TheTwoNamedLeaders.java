package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * (h30-marges) `Les deux présidents ont signé la déclaration commune`, `les deux chefs d'État ont procédé à la signature des
 * accords`: in the write-up of a state visit, the pair of leaders (`les deux` + a plural noun of `pair_leader_nouns` as the
 * subject) are the two people the article has named before; the reading takes them only when the article names exactly
 * two people before the sentence, so that the pair is not a guess among more. (h31-signature) A plural subject pronoun
 * (`Ils ont signé`) is the pair too when the sentence before names both of them.
 */
final class TheTwoNamedLeaders implements HolderReading {
    private final HolderReading reading;

    TheTwoNamedLeaders(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> out = reading.read(site);
        if (site.cueNode() <= 0 || site.discourse() == null
                || out.stream().anyMatch(f -> f.mention().type() == EntityType.PERSON)) {
            return out;
        }
        SentenceGraph g = site.graph();
        for (int subject : site.dependents("nsubj")) {
            boolean pronoun = site.words().setSubjectPronouns.contains(g.word(subject));
            if (!isThePair(g, subject) && !pronoun) {
                continue;
            }
            List<Mention> two = twoPeopleBefore(site);
            if (pronoun && !two.isEmpty() && !bothInThePreviousSentence(site)) {
                return out;
            }
            if (two.isEmpty()) {
                return out;
            }
            List<Finding> found = new ArrayList<>(out);
            for (Mention m : two) {
                found.add(site.finding(m, Confidence.PRONOUN, "the two named leaders",
                        "les deux " + g.word(subject) + " … " + site.cueText() + " → " + m.text()));
            }
            return found;
        }
        return out;
    }

    /** The words `les deux` + a pair leader noun stand in the sentence: worth a parse though it names no one. */
    static boolean namesThePair(RoleWords words, List<Token> toks) {
        for (int k = 2; k < toks.size(); k++) {
            if (words.pairLeaderNouns.containsWord(toks.get(k)) && toks.get(k - 1).folded().equals("deux")
                    && toks.get(k - 2).folded().equals("les")) {
                return true;
            }
        }
        return false;
    }

    /** `les deux présidents`: a plural leader noun with the article and the count two. */
    private static boolean isThePair(SentenceGraph g, int noun) {
        return g.words().pairLeaderNouns.contains(g.word(noun))
                && g.dependents(noun, "nummod").stream().anyMatch(n -> TextFolding.fold(g.word(n)).equals("deux"))
                && g.dependents(noun, "det").stream().anyMatch(d -> TextFolding.fold(g.word(d)).equals("les"));
    }

    /**
     * (h31-signature) `X a tenu un sommet avec son homologue Y. Ils ont signé un accord.`: a plural pronoun takes up the pair
     * only when the sentence right before names both of them.
     */
    private static boolean bothInThePreviousSentence(CueSite site) {
        int previous = site.discourse().sentence().index() - 1;
        return site.discourse().allMentions().stream()
                .filter(m -> m.type() == EntityType.PERSON && m.sentenceIndex() == previous)
                .map(Mention::entityId).distinct().count() == 2;
    }

    /** The two people the article names before the sentence, the first mention of each; none unless exactly two. */
    private static List<Mention> twoPeopleBefore(CueSite site) {
        Map<String, Mention> people = new LinkedHashMap<>();
        int sentence = site.discourse().sentence().index();
        for (Mention m : site.discourse().allMentions()) {
            if (m.type() == EntityType.PERSON && m.sentenceIndex() < sentence) {
                people.putIfAbsent(m.entityId(), m);
            }
        }
        return people.size() == 2 ? List.copyOf(people.values()) : List.of();
    }
}
