package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;

/**
 * `X était représenté par Y`, `X s'est fait représenter par Y`, `Y a représenté X`: Y led X's delegation (and acted on X's behalf). X may be a
 * state or body, or its head (`Y a représenté le chef de l'État`, `Y, qui représentait le président togolais`,
 * `c'est le ministre Y qui représentera le président Z`): representing a head of state at a summit is leading
 * the delegation. In a relative clause the representative is the clause's antecedent.
 */
final class RepresentationReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> people = new ArrayList<>(site.dependents("obl:agent"));
        // `représentés à ce sommet, respectivement par X et Y`: the parser hangs the agent on the place
        for (String place : List.of("obl:à", "obl", "obl:mod")) {
            for (int o : site.dependents(place)) {
                people.addAll(g.dependents(o, "nmod:par"));
            }
        }
        String onBehalf = null;
        boolean represents = false;
        if (!people.isEmpty()) {
            for (int p : site.dependents("nsubj:pass")) {
                onBehalf = Delegations.firstStateOrBody(g, p);
            }
            // `L'Inde et la Russie sont représentées par …`: the parser may take the passive for an active subject
            for (int p : site.dependents("nsubj")) {
                onBehalf = onBehalf == null ? Delegations.firstStateOrBody(g, p) : onBehalf;
            }
            for (int p : site.governors("acl")) {
                onBehalf = onBehalf == null ? Delegations.firstStateOrBody(g, p) : onBehalf;
            }
            // `X s'est fait représenter par Y`: the causative is a passive whose subject hangs on `faire`
            for (int f : site.governors("xcomp")) {
                if (g.words().causativeVerbs.contains(g.word(f))) {
                    for (int p : g.dependents(f, "nsubj")) {
                        onBehalf = onBehalf == null ? Delegations.firstStateOrBody(g, p) : onBehalf;
                    }
                }
            }
            represents = onBehalf != null;
        } else {
            people = new ArrayList<>();
            for (int s : site.dependents("nsubj")) {
                if (g.words().relativePronouns.contains(g.word(s))) {
                    people.addAll(site.governors("acl:relcl")); // `X, qui représentait …`
                } else {
                    people.add(s);
                }
            }
            List<Integer> objects = new ArrayList<>(site.dependents("obj"));
            objects.addAll(site.dependents("xcomp")); // `qui représentera Mahamat Idriss Déby`: parsed as a complement
            for (int o : objects) {
                String state = Delegations.firstStateOrBody(g, o);
                onBehalf = onBehalf == null ? state : onBehalf;
                represents |= state != null || namesAHead(g, o);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int p : represents ? people : List.<Integer>of()) {
            for (Mention m : HolderPhrases.holderMentions(g, p)) {
                // `représentée par le ministre X, le président Y ayant décliné`: Y stayed away
                if (m.type() == EntityType.PERSON && !AbsoluteClauses.opens(g, m)) {
                    out.add(new Finding(RoleType.DELEGATION_HEAD, m, site.cueText(), Confidence.PARSE_AGENT,
                            "represented-by", site.cueText() + " → " + m.text(), onBehalf));
                }
            }
        }
        return out;
    }

    /** The object names a person or is headed by a title (`le chef de l'État`, `le roi`, `le président togolais`). */
    private static boolean namesAHead(SentenceGraph g, int object) {
        return g.words().isHolderTitle(g.word(object))
                || g.entitiesInPhrase(object).stream().anyMatch(m -> m.type() == EntityType.PERSON);
    }
}
