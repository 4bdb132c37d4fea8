package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;

/**
 * `Le Niger a dépêché son ministre X`, `il enverra son Premier ministre X`, `Abou Dhabi a délégué le
 * vice-président X`: the person sent to the meeting leads the sender's delegation. Only a person named in the
 * object counts: `a envoyé une délégation` or `a envoyé un message` names no head.
 */
final class DispatchReading implements ParsedReading {
    /**
     * The sender: the cue's subject, or for an infinitive with none (`Le Nigeria a préféré envoyer son vice-président`,
     * h14-blocs) the subject of the verb it completes.
     */
    private static List<Integer> senders(CueSite site) {
        List<Integer> out = new ArrayList<>(site.dependents("nsubj"));
        if (out.isEmpty()) {
            for (int v : site.governors("xcomp")) {
                out.addAll(site.graph().dependents(v, "nsubj"));
            }
        }
        return out;
    }

    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        String onBehalf = null;
        for (int s : senders(site)) {
            onBehalf = Delegations.firstStateOrBody(g, s);
        }
        List<Finding> out = new ArrayList<>();
        List<Integer> objects = new ArrayList<>(site.dependents("obj"));
        boolean noun = site.words().dispatchNouns.contains(site.cueText());
        if (noun) {
            // `a décidé l'envoi de son ministre X au sommet`, `l'envoi du vice-président Y`: the noun's `de` complement is
            // the one sent, the subject of the verb the noun is the object of the sender
            // the person or title sent itself, not one named deeper (`l'envoi d'un message du président X`)
            objects = new ArrayList<>(site.dependents("nmod").stream().filter(o -> sentPerson(g, o)).toList());
            for (int v : site.governors("obj")) {
                if (site.words().cancellingVerbs.contains(g.word(v)) || site.words().refusalVerbs.contains(g.word(v))) {
                    return List.of(); // `a annulé l'envoi de son ministre X`: no one sent
                }
                for (int s : g.dependents(v, "nsubj")) {
                    onBehalf = Delegations.firstStateOrBody(g, s);
                }
            }
        }
        if (objects.isEmpty() && !noun) {
            // `Le président X, empêché, a délégué son ministre Y`: the parser may take the object after the verb for its
            // subject (and the opening phrase for a clause); a subject after an active past verb is its object
            for (int s : site.dependents("nsubj")) {
                if (s > site.cueNode() && !site.dependents("aux").isEmpty()) {
                    objects.add(s);
                }
            }
        }
        java.util.Set<Mention> sent = new java.util.LinkedHashSet<>();
        for (int o : objects) {
            sent.addAll(HolderPhrases.holderMentions(g, o));
            for (Mention m : List.copyOf(sent)) {
                if (m.type() == EntityType.PERSON) {
                    // `ont envoyé respectivement leur ministre …, A, et leur vice-président, B`: the parse may cut the list
                    Enumerations.coordination(g, m).stream().filter(x -> x.type() == EntityType.PERSON && x.start() > m.start())
                            .forEach(sent::add);
                }
            }
        }
        int previousEnd = -1;
        for (Mention m : sent.stream().sorted(java.util.Comparator.comparingInt(Mention::start)).toList()) {
            if (m.type() == EntityType.PERSON) {
                // `Le Botswana a dépêché son vice-président, X, et l'Angola, son ministre, Y`: a gapped second
                // clause names its own sender before the person
                Mention gapped = previousEnd < 0 ? null : gappedSender(g, previousEnd, m.start());
                if (membersOfACountedSet(g, objects)) {
                    out.add(new Finding(RoleType.PARTICIPANT, m, site.cueText(), Confidence.PARSE_SUBJECT,
                            "dispatched-member", site.cueText() + " → " + m.text(), null));
                    previousEnd = m.end();
                    continue;
                }
                out.add(new Finding(RoleType.DELEGATION_HEAD, m, site.cueText(), Confidence.PARSE_SUBJECT,
                        "dispatched", site.cueText() + " → " + m.text(), gapped != null ? gapped.entityId() : onBehalf));
                previousEnd = m.end();
            }
        }
        if (out.isEmpty() && !noun && !objects.isEmpty() && (objects.stream().allMatch(o -> unnamedOwnEnvoy(g, o))
                || objects.stream().allMatch(o -> unnamedDelegation(g, o)) && !sentElsewhere(site, objects))) {
            // `L'Équateur et le Suriname ont envoyé leurs ministres des Affaires étrangères`: no one named leads the
            // delegation, but the senders attend
            for (int s : senders(site)) {
                if (s > site.cueNode()) {
                    continue;
                }
                java.util.Set<Mention> senders = new java.util.LinkedHashSet<>(HolderPhrases.holderMentions(g, s));
                for (Mention m : List.copyOf(senders)) {
                    senders.addAll(Enumerations.coordination(g, m));
                }
                for (Mention m : senders) {
                    if (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION) {
                        out.add(site.withRole(RoleType.PARTICIPANT).finding(m, Confidence.PARSE_SUBJECT,
                                "dispatched-unnamed", m.text() + " … " + site.cueText() + " " + g.word(objects.get(0))));
                    }
                }
            }
        }
        return out;
    }

    /**
     * (h27-ocean) `Le gouvernement a envoyé cinq personnes, dont A et B`: the object is a counted set whose members a
     * `dont` apposition names; those named belong to the group sent, none is said to lead it: they attend.
     */
    private static boolean membersOfACountedSet(SentenceGraph g, List<Integer> objects) {
        for (int o : objects) {
            if (g.dependents(o, "nummod").isEmpty()) {
                continue;
            }
            for (int a : g.dependents(o, "appos")) {
                if (g.dependents(a, "nmod").stream().anyMatch(d -> d < a && g.word(d).equalsIgnoreCase("dont"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The head of a noun's complement names a person or a title: `de son ministre`, `du vice-président X`, `de X`. */
    private static boolean sentPerson(SentenceGraph g, int node) {
        Mention m = g.mentionAt(g.startOf(node));
        return m != null && m.type() == EntityType.PERSON || g.words().isHolderTitle(g.word(node).toLowerCase(java.util.Locale.ROOT));
    }

    /** A state between two sent people, right after `et` (and its article) and before a comma: the gapped sender. */
    private static Mention gappedSender(SentenceGraph g, int from, int to) {
        List<org.summitcoverage.nlp.Token> toks = g.tokens();
        for (Mention c : g.mentions()) {
            if (c.type() != EntityType.COUNTRY || c.start() < from || c.end() > to) {
                continue;
            }
            int k = g.tokenIndexAt(c.start());
            int after = g.tokenIndexAt(c.end() - 1) + 1;
            if (k < 0 || after <= 0 || after >= toks.size() || !toks.get(after).word().equals(",")) {
                continue;
            }
            int j = k - 1;
            if (j >= 0 && g.words().definiteArticles.containsWord(toks.get(j))) {
                j--;
            }
            if (j >= 0 && toks.get(j).folded().equals("et")) {
                return c;
            }
        }
        return null;
    }

    /**
     * (h19-host) `L'Égypte enverra une délégation ministérielle`, `Les États-Unis enverront la sous-secrétaire d'État`: a
     * delegation (`sent_delegation_nouns`) or a title with an article (`sent_title_determiners`), no one named in it.
     */
    private static boolean unnamedDelegation(SentenceGraph g, int o) {
        String w = g.word(o).toLowerCase(java.util.Locale.ROOT);
        boolean sent = g.words().sentDelegationNouns.contains(w) || g.words().isTitle(w)
                && g.dependents(o, "det").stream().anyMatch(d -> g.words().sentTitleDeterminers.contains(g.word(d).toLowerCase(java.util.Locale.ROOT)));
        return sent && g.entitiesInPhrase(o).stream().noneMatch(m -> m.type() == EntityType.PERSON);
    }

    /**
     * A place the verb or what it sends goes to (`a envoyé une délégation à Kiev`, `en Haïti`): a trip of its own, not
     * the meeting's delegation; a meeting noun there (`une délégation à la conférence`) is no place.
     */
    private static boolean sentElsewhere(CueSite site, List<Integer> objects) {
        SentenceGraph g = site.graph();
        List<Integer> heads = new ArrayList<>(objects);
        heads.add(site.cueNode());
        for (int h : heads) {
            for (org.summitcoverage.nlp.ParsedSentence.Edge e : g.outgoing(h)) {
                String rel = e.baseRelation();
                if (!(rel.equals("obl") || rel.equals("nmod"))) {
                    continue;
                }
                Mention m = g.startOf(e.dependent()) < 0 ? null : g.mentionAt(g.startOf(e.dependent()));
                if (m != null && (m.type() == EntityType.LOCATION || m.type() == EntityType.COUNTRY)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** `son ministre des Affaires étrangères`, `leurs vice-présidents`: a title with a possessive and no one named. */
    private static boolean unnamedOwnEnvoy(SentenceGraph g, int o) {
        return g.words().isTitle(g.word(o).toLowerCase(java.util.Locale.ROOT))
                && g.dependents(o, "det").stream().anyMatch(d -> g.words().possessives.contains(g.word(d)))
                && g.entitiesInPhrase(o).stream().noneMatch(m -> m.type() == EntityType.PERSON);
    }
}
