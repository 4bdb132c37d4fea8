package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A noun of speaking as a PARTICIPANT cue, for persons only: `l'intervention du ministre indien, X`,
 * `l'allocution de la présidente Y`, and who speaks from the rostrum or in the speech (`X a réclamé à la tribune
 * …`, `Dans son discours d'ouverture, X a rappelé …`).
 * `l'intervention militaire de la Russie` is no attendance, hence persons only.
 */
final class SpeechNounReading implements ParsedReading {
    /** How far the people in apposition may stand after the noun: its `de` complement and a body's name. */
    private static final int MAX_COMPLEMENT_TOKENS = 24;

    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        List<Token> toks = site.tokens();
        for (int k = site.hit().end(); k < Math.min(toks.size(), site.hit().end() + 2); k++) {
            if (site.words().notASpeech.containsWord(toks.get(k))) {
                return List.of(); // `la prestation de serment du président X`
            }
        }
        List<Finding> delivered = deliveredBySomeoneElse(site);
        if (delivered != null) {
            return delivered;
        }
        List<Integer> speakers = new ArrayList<>(site.dependents("nmod:de"));
        // (h49-presences17) `les allocutions de A, de B et celle de C`: the pronoun repeats the speech noun
        speakers.addAll(RepeatedAttendanceNoun.complements(site));
        List<Finding> out = new ArrayList<>(site.phrases(speakers, Confidence.NOUN_RULE,
                n -> site.cueText() + " de " + g.word(n)));
        List<Finding> titled = titledSpeakers(site, speakers);
        // `a réclamé à la tribune`, `Dans son discours, X a souligné`: who speaks there attends
        for (int v : site.governors("obl")) {
            if (isNominal(g, v) && !g.governors(v, "nsubj").isEmpty() && v > site.cueNode()) {
                // `Dans son mot d'ouverture, le Premier ministre X a remercié …`: the parser hangs the fronted
                // adverbial on the subject noun, which is the speaker
                out.addAll(site.phrases(List.of(v), Confidence.NOUN_RULE, s -> site.cueText() + ", " + g.word(v)));
                continue;
            }
            out.addAll(site.phrases(ClauseReading.subjects(g, v, false), Confidence.NOUN_RULE,
                    s -> g.word(v) + " à la " + site.cueText()));
        }
        out.removeIf(f -> f.mention().type() != EntityType.PERSON);
        out.addAll(titled);
        if (out.isEmpty()) {
            out.addAll(apposedPeople(site));
        }
        return out;
    }

    /**
     * (h57-speakers) `les discours du secrétaire général de l'ONU et du président du Kenya`: a speaker the noun's `de`
     * complement names by a holder title alone stands for the body or state of the title's complement, which speaks
     * through that holder; a state or body right after the noun (`l'intervention de la Russie`) is still no speaker.
     */
    private static List<Finding> titledSpeakers(CueSite site, List<Integer> speakers) {
        SentenceGraph g = site.graph();
        List<Integer> titles = speakers.stream().filter(n -> site.words().isHolderTitle(TextFolding.fold(g.word(n)))).toList();
        List<Finding> out = new ArrayList<>(site.phrases(titles, Confidence.NOUN_RULE,
                n -> site.cueText() + " du " + g.word(n)));
        out.removeIf(f -> f.mention().type() != EntityType.COUNTRY && f.mention().type() != EntityType.ORGANIZATION);
        return out;
    }

    /**
     * `X a lu le discours du président Y`, `X a donné lecture du message de Y`: the person who delivers it speaks at the
     * meeting, its author is not said to attend. Null when no one else delivers the speech.
     */
    private static List<Finding> deliveredBySomeoneElse(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> objects = new ArrayList<>(List.of(site.cueNode()));
        for (int n : site.governors("nmod")) {
            if (site.words().deliveryWords.contains(g.word(n))) {
                objects.add(n); // `lecture du discours`
            }
        }
        for (int o : objects) {
            for (int v : g.governors(o, "obj")) {
                if (o == site.cueNode() && !site.words().deliveryWords.contains(g.word(v)) || site.dependents("nmod:de").isEmpty()) {
                    continue;
                }
                List<Finding> readers = site.phrases(ClauseReading.subjects(g, v, false), Confidence.NOUN_RULE,
                        s -> g.word(v) + " … " + site.cueText() + " de …");
                readers.removeIf(f -> f.mention().type() != EntityType.PERSON);
                if (!readers.isEmpty()) {
                    return readers;
                }
            }
        }
        return null;
    }

    /**
     * `des prestations des ambassadrices de l'OMS, A et B, et un message`: the people in apposition to the
     * noun's complement, when the parser lost them; only the `de` complement may stand between.
     */
    private static List<Finding> apposedPeople(CueSite site) {
        SentenceGraph g = site.graph();
        List<Token> toks = site.tokens();
        int end = site.hit().end();
        if (end >= toks.size() || !site.words().complementMarkers.containsWord(toks.get(end))) {
            return List.of();
        }
        for (int k = end + 1; k < Math.min(toks.size(), end + MAX_COMPLEMENT_TOKENS); k++) {
            String w = toks.get(k).word();
            if (w.equals(";") || w.equals(":") || w.equals(".") || w.equals("«") || site.words().clauseOpeners.contains(w)) {
                return List.of();
            }
            Mention m = g.mentionAt(toks.get(k).start());
            if (m != null && m.type() == EntityType.PERSON && toks.get(k - 1).word().equals(",")) {
                List<Finding> out = new ArrayList<>();
                for (Mention x : Enumerations.coordination(g, m)) {
                    if (x.type() == EntityType.PERSON && x.start() >= m.start()) {
                        out.add(site.finding(x, Confidence.TOKEN_RULE, "speech noun, apposition",
                                site.cueText() + " … , " + x.text()));
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    private static boolean isNominal(SentenceGraph g, int node) {
        return g.pos(node).equals("NOUN") || g.pos(node).equals("PROPN");
    }
}
