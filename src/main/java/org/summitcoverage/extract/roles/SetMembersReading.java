package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;

/**
 * `Parmi les pays qui ont rejoint l'alliance figurent X, Y`: the relative clause with the cue names the
 * set, and the subject of the main verb lists its members; also an adjective cue (`Parmi les chefs d'État
 * présents figuraient X, Y`), and the object after an impersonal `on` (`…, on notait X, Y`).
 */
final class SetMembersReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>();
        List<Integer> sets = new ArrayList<>(site.governors("acl:relcl"));
        // (h18-franco) `X assiste au sommet qui accueille les dirigeants`: a relative clause on the meeting itself says
        // what the meeting does; the meeting names no set whose members the main verb would list
        sets.removeIf(n -> site.words().meetingNouns.contains(g.word(n).toLowerCase(java.util.Locale.ROOT)));
        // (h31-hotes) `…, que la France coorganisait avec le Costa Rica, 96 pays ont signé`: a named state or person is
        // one, no set; the parser's relative clause on it is a misparse, and the other verb lists no members of it
        sets.removeIf(n -> namesOne(g, n));
        // (h31-hotes) `X organise cette rencontre conjointement avec le pays qui présidera la prochaine conférence`: the
        // noun after `avec` is the partner the main verb is done with, no set whose members its subject would be
        sets.removeIf(n -> g.dependents(n, "case").stream().anyMatch(c -> g.word(c).equalsIgnoreCase("avec")));
        if (OtherObjectIsNoSigning.activePerfect(g, site.cueNode())) {
            sets.addAll(site.governors("acl")); // `les pays ayant signé le texte`: an active participle names the set
        }
        if (CueScope.startsWithParmi(g.tokens())) {
            sets.addAll(site.governors("amod")); // `Parmi les chefs d'État présents, figuraient X, Y`
            // `Parmi les personnalités attendues figurent X, Y`: a participle
            site.governors("acl").stream().filter(n -> !sets.contains(n)).forEach(sets::add);
            if (namesTheSet(site)) {
                sets.add(site.cueNode()); // `Parmi les présents, il y a X, Y`: the cue itself names the set
            }
        }
        for (int noun : sets) {
            List<Integer> verbs = new ArrayList<>(g.governors(noun, "obl"));
            if (CueScope.startsWithParmi(g.tokens()) && site.governors("acl:relcl").contains(noun)) {
                // `Parmi ces pays qui n'ont pas signé il y a A, B`: the parser hangs the main clause's existential on
                // the relative clause's verb
                site.dependents("advcl").stream().filter(v -> g.dependents(v, "nsubj").stream()
                        .anyMatch(sub -> existential(g, v, sub))).forEach(verbs::add);
            }
            for (int v : g.dependents(noun, "acl")) {
                if (site.words().listingVerbs.contains(g.word(v))) {
                    verbs.add(v); // `Parmi les dirigeants présents figuraient …` parsed with the noun as the root
                }
            }
            for (int v : verbs) {
                List<Integer> members = new ArrayList<>();
                for (int s : g.dependents(v, "nsubj")) {
                    if (site.words().impersonalSubjects.contains(g.word(s)) || existential(g, v, s)) {
                        members.addAll(g.dependents(v, "obj")); // `Parmi les chefs d'État présents, on notait X, Y`
                    } else {
                        members.add(s);
                    }
                }
                if (members.isEmpty() && site.words().listingVerbs.contains(g.word(v))) {
                    members.addAll(g.dependents(v, "obj")); // `… figuraient l'émir du Qatar, X, …`: the parser's object
                }
                out.addAll(asMembers(site, v, site.phrases(members, Confidence.PARSE_SUBJECT,
                        s -> "parse: parmi les " + g.word(noun) + " " + site.cueText() + " … " + g.word(v)).stream()
                        // `les Premiers ministres de la Norvège, A, et de l'Islande, B`: the state only says whose B is
                        .filter(f -> !Enumerations.qualifiesTheNextPerson(g, f.mention())).toList()));
            }
            int verbless = verblessSetRoot(g, noun);
            if (CueScope.startsWithParmi(g.tokens()) && verbs.isEmpty() && verbless > 0) {
                // (h39-listes6) `Parmi les dirigeants déjà présents à Lomé, A du Ghana, B du Niger.`: a sentence with no
                // verb, the set its root, lists the members after the comma that closes the set's phrase (read on the
                // tokens: the parser hangs the items on the root as appositions or conjuncts alike)
                int comma = commaAfter(g, noun);
                if (comma > 0) {
                    for (org.summitcoverage.model.Mention m : Enumerations.listAfter(g, comma + 1, 2)) {
                        if (!Enumerations.qualifiesTheNextPerson(g, m)) {
                            out.add(site.finding(m, Confidence.PARSE_SUBJECT, "parse: parmi les " + g.word(noun) + ", …",
                                    "parmi les " + g.word(noun) + " " + site.cueText() + ", … " + m.text()));
                        }
                    }
                }
            }
            for (int part : g.governors(noun, "nmod")) {
                int head = partOf(site.words(), g, part);
                if (head > 0) {
                    out.addAll(asMembers(site, head, site.phrases(g.dependents(head, "nsubj"), Confidence.PARSE_SUBJECT,
                            s -> "parse: " + g.word(part) + " des " + g.word(noun) + " " + site.cueText())));
                }
            }
        }
        return out;
    }

    /**
     * The root of a sentence with no verb that is the set {@code noun} (`Parmi les dirigeants présents, A, B`) or the
     * `rang` it completes (`Au rang des dirigeants présents, A, B`, parsed with `rang` as the root); 0 otherwise.
     */
    private static int verblessSetRoot(SentenceGraph g, int noun) {
        if (isRoot(g, noun)) {
            return noun;
        }
        for (int rank : g.governors(noun, "nmod")) {
            if (TextFolding.fold(g.word(rank)).equals("rang") && isRoot(g, rank)) {
                return rank;
            }
        }
        return 0;
    }

    /** The token index of the first comma after {@code node}'s word, or -1. */
    private static int commaAfter(SentenceGraph g, int node) {
        List<org.summitcoverage.nlp.Token> toks = g.tokens();
        int start = g.startOf(node);
        int k = start < 0 ? -1 : g.tokenIndexAt(start);
        for (; k >= 0 && k < toks.size(); k++) {
            if (toks.get(k).word().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isRoot(SentenceGraph g, int node) {
        return g.incoming(node).stream().anyMatch(e -> e.relation().equals("root"));
    }

    /** The cue is itself the noun after an opening `parmi`: `Parmi les présents, il y a X`. */
    static boolean namesTheSet(CueSite site) {
        return site.cueNode() > 0 && CueScope.startsWithParmi(site.graph().tokens())
                && site.dependents("case").stream().anyMatch(c -> site.graph().word(c).equals("parmi"));
    }

    /** `il y a X, Y`: the impersonal `il` with `y` before a form of `avoir`, whose object lists the members. */
    private static boolean existential(SentenceGraph g, int verb, int subject) {
        return g.word(subject).equalsIgnoreCase("il") && g.dependents(verb, "expl").stream().anyMatch(y -> g.word(y).equals("y"));
    }

    /**
     * The members as the verb that names them says: `X ne figure pas parmi les pays qui ont signé`, `X ne fait pas partie
     * des pays qui ont signé`, `X n'est pas l'un des pays qui ont signé` is a refusal; any other negated
     * role, a negated refusal included, is none.
     */
    private static List<Finding> asMembers(CueSite site, int verb, List<Finding> members) {
        SentenceGraph g = site.graph();
        boolean negated = g.dependents(verb, "advmod").stream().anyMatch(a -> site.words().negators.contains(g.word(a)));
        if (!negated) {
            return members;
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : members) {
            if (f.role() == RoleType.SIGNATORY) {
                // not a doubly negated refusal (`ne fait pas partie des pays qui n'ont pas signé`): too roundabout to read
                out.add(new Finding(RoleType.NON_SIGNATORY, f.mention(), f.trigger(), f.confidence(), f.rule() + " (negated)", f.licence(), null));
            }
        }
        return out;
    }

    /**
     * The head whose subject a `de` complement's head gives as members of its set: the verb of `faire partie de` (`X et Y font partie des
     * pays qui ont signé`), or of the copula over `l'un des` (`X est l'un des rares pays qui n'ont pas signé`).
     */
    private static int partOf(RoleWords words, SentenceGraph g, int part) {
        String w = g.word(part);
        if (w.equals("partie")) {
            for (int v : g.governors(part, "obj")) {
                if (words.faireForms.contains(g.word(v))) {
                    return v;
                }
            }
        } else if ((w.equals("un") || w.equals("une")) && !g.dependents(part, "cop").isEmpty()) {
            return part;
        }
        return -1;
    }

    private static boolean namesOne(SentenceGraph g, int node) {
        int start = g.startOf(node);
        org.summitcoverage.model.Mention m = start < 0 ? null : g.mentionAt(start);
        return m != null && (m.type() == org.summitcoverage.model.EntityType.COUNTRY
                || m.type() == org.summitcoverage.model.EntityType.PERSON);
    }
}
