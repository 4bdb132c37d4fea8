package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A state that attends `avec` its own envoy (`Le Royaume-Uni participe avec sa secrétaire d'État X`, `L'Espagne était
 * présente avec son ministre Y`): the person named in the `avec` phrase, headed by a possessive, leads the state's
 * delegation (DELEGATION_HEAD on its behalf); the state still attends. A partner state named without a possessive
 * attends with it (`La Suède participe avec la Finlande`, `Le Danemark est présent avec la Lettonie et la Lituanie`:
 * each conjunct headed by the state's own name, not `avec l'appui de l'UE`); not a person's companion (`Le président X
 * participe avec son épouse`: the subject names no state).
 */
final class StateAttendsWithItsEnvoy implements HolderReading {
    private final HolderReading reading;

    StateAttendsWithItsEnvoy(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (site.role() != RoleType.PARTICIPANT || site.cueNode() <= 0) {
            return found;
        }
        Mention state = null;
        for (Finding f : found) {
            Mention m = f.mention();
            if (m.type() == EntityType.PERSON) {
                return found;
            }
            if (state == null && (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION)
                    && !TitleAppositions.isTitleDemonym(m)) {
                state = m;
            }
        }
        if (state == null) {
            return found;
        }
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>(found);
        for (int o : site.dependents("obl")) {
            boolean avec = g.dependents(o, "case").stream().anyMatch(c -> g.word(c).equalsIgnoreCase("avec"));
            boolean own = g.dependents(o, "det").stream().anyMatch(d -> site.words().possessives.contains(g.word(d).toLowerCase(java.util.Locale.ROOT)));
            if (avec && !own) {
                out.addAll(partnerStates(site, g, o));
                continue;
            }
            if (!avec) {
                continue;
            }
            for (Mention m : HolderPhrases.holderMentions(g, o)) {
                if (m.type() == EntityType.PERSON) {
                    out.add(new Finding(RoleType.DELEGATION_HEAD, m, site.cueText(), Confidence.PARSE_AGENT, "attends-with-envoy",
                            state.text() + " " + site.cueText() + " avec " + m.text(), state.entityId()));
                }
            }
        }
        if (out.size() == found.size()) {
            out.addAll(throughEnvoy(site, state));
        }
        return out;
    }

    /**
     * `La Guinée a pris part au sommet en la personne de son Premier ministre X`, `La Côte d'Ivoire était présente à
     * travers son ministre Y` (`envoy_prepositions`, a possessive right after): the person named next leads the state's
     * delegation. By the words: the parser hangs these phrases anywhere.
     */
    private static List<Finding> throughEnvoy(CueSite site, Mention state) {
        List<Token> toks = site.tokens();
        RoleWords words = site.words();
        for (int k = Math.max(0, site.hit().end()); k < toks.size(); k++) {
            for (List<String> p : words.envoyPrepositions) {
                int end = RoleWords.phraseEnd(toks, k, p);
                if (end < 0 || end >= toks.size() || !words.possessives.containsWord(toks.get(end))) {
                    continue;
                }
                int commas = 0;
                for (int j = end + 1; j < Math.min(toks.size(), end + 10); j++) {
                    String w = toks.get(j).word();
                    if (w.equals(",") && ++commas > 1 || w.equals(";") || w.equals(".")) {
                        break;
                    }
                    Mention m = site.graph().holderAtToken(j);
                    if (m != null && !TitleAppositions.isTitleDemonym(m)) {
                        return m.type() == EntityType.PERSON
                                ? List.of(new Finding(RoleType.DELEGATION_HEAD, m, site.cueText(), Confidence.TOKEN_RULE,
                                        "attends-through-envoy", state.text() + " " + site.cueText() + " " + String.join(" ", p)
                                        + " … " + m.text(), state.entityId()))
                                : List.of();
                    }
                }
            }
        }
        return List.of();
    }

    /** The states an `avec` phrase names by their own name, every conjunct a state (`avec la Lettonie et la Lituanie`). */
    private static List<Finding> partnerStates(CueSite site, SentenceGraph g, int o) {
        List<Finding> out = new ArrayList<>();
        for (int c : g.conjuncts(o)) {
            Mention m = g.mentionAt(g.startOf(c));
            if (m == null || !(m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION)
                    || TitleAppositions.isTitleDemonym(m) || !SentenceGraph.canHoldRole(m)) {
                return List.of();
            }
            out.add(new Finding(RoleType.PARTICIPANT, m, site.cueText(), Confidence.PARSE_SUBJECT, "attends-with-partner",
                    site.cueText() + " avec " + m.text(), null));
        }
        return out;
    }
}
