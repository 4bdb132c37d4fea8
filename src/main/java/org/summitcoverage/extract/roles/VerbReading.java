package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.WordList;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.ParsedSentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a verb cue is about, from the parse first: its `par` agent (and `avec` partner), else the antecedent
 * of the relative clause it sits in, else its subject; then the members of the set an opening `Parmi les …
 * qui` names; then word order when the parse found nothing; and the list after a colon when the holder is
 * a counted set (`Dix pays ont adopté la déclaration : A, B, C`).
 */
final class VerbReading implements HolderReading {
    private final HolderReading agents = new AgentReading();
    private final HolderReading relatives = new RelativeClauseReading();
    private final HolderReading subjects = new SubjectReading();
    private final HolderReading setMembers = new SetMembersReading();
    private final HolderReading wordOrder = new TokenFallbackReading();
    private final HolderReading colonList = new ColonListReading();

    @Override
    public List<Finding> read(CueSite site) {
        if (site.role() == RoleType.HOST && (welcomesSomethingElse(site) || Admission.admits(site))) {
            return List.of();
        }
        if (MeetingQualifierInParmiPhrase.applies(site)) {
            // (h42-votes3) `Parmi les chefs d'État présents à ce sommet, organisé en Afrique, on note A`: A organised nothing
            List<Finding> agent = site.cueNode() > 0 ? agents.read(site) : List.of();
            if (!agent.isEmpty() || !MeetingQualifierInParmiPhrase.parFollows(site)) {
                return agent;
            }
        }
        if (site.role() == RoleType.PARTICIPANT && FrontedCompanion.opens(site.words(), site.tokens())) {
            // (h43-presences10) `Avec le président X seront également présents A et B`: the parser takes the fronted
            // companion for the subject; the word order finds the inverted one
            List<Finding> fronted = wordOrder.read(site);
            if (fronted.stream().anyMatch(f -> FrontedCompanion.RULE.equals(f.rule()))) {
                return fronted;
            }
        }
        List<Finding> out = new ArrayList<>();
        List<Finding> inverted = new ArrayList<>(invertedAfterQue(site));
        inverted.addAll(turnOf(site));
        if (!inverted.isEmpty()) {
            // (h31-hotes) `la conférence, que la France coorganisait avec le Costa Rica, …`: the partner after `avec` shares it
            inverted.addAll(agents.read(site).stream().filter(f -> inverted.stream().noneMatch(i -> i.mention() == f.mention())).toList());
            return inverted;
        }
        if (site.cueNode() > 0) {
            out.addAll(agents.read(site));
            if (!AgentReading.hasAgent(out)) {
                List<Finding> relative = relatives.read(site);
                if (!relative.isEmpty()) {
                    out.addAll(relative);
                    return out;
                }
                out.addAll(subjects.read(site));
            }
            if (out.isEmpty()) {
                out.addAll(setMembers.read(site));
            }
        }
        if (out.isEmpty() && site.role() == RoleType.PARTICIPANT && site.cueNode() > 0) {
            // `Des invités de prestige sont présents, comme A, B ou encore C`: the examples of a set that attends
            // (h32-suites) not the source of the report the parser makes a `comme` noun (`, comme l'annonce la Russie`)
            List<Integer> compared = site.dependents("obl:comme").stream().filter(n -> !ColonListReading.sourceClauseAt(site, n)).toList();
            List<Finding> examples = site.phrases(compared, Confidence.NOUN_RULE, n -> site.cueText() + ", comme");
            boolean people = examples.stream().anyMatch(f -> f.mention().type() == EntityType.PERSON);
            // among people the countries are those of their titles (`…, ou encore A, le chancelier de l'Allemagne`)
            examples.stream().filter(f -> !people || f.mention().type() == EntityType.PERSON).forEach(out::add);
        }
        if (out.isEmpty() && !subjectIsMembersOfABody(site) && !subjectIsAMeeting(site) && !signedNoun(site)) {
            out.addAll(wordOrder.read(site));
        } else if (openingSharedRoleParticipleWithPartnerOnly(site, out)) {
            // (h56-sweepa) `Coprésidant le sommet aux côtés de X, Y a rassemblé …`: the partner beside the opening
            // participle is found, and its own holder is the main clause's subject, which only the word order reads
            List<Finding> partners = List.copyOf(out);
            wordOrder.read(site).stream().filter(f -> partners.stream().noneMatch(p -> p.mention().equals(f.mention())))
                    .forEach(out::add);
        }
        if (out.isEmpty() || namesASetOfMembers(site)) {
            out.addAll(colonList.read(site));
        }
        return out;
    }

    /**
     * (h56-sweepa) A cue verb of a shared role (`joint_role_stems`) opening the sentence as a present participle
     * (`Coprésidant …`, `Co-organisant …`) whose only findings are the partners after `avec` / `aux côtés de`.
     */
    private static boolean openingSharedRoleParticipleWithPartnerOnly(CueSite site, List<Finding> out) {
        String cue = org.summitcoverage.dict.TextFolding.fold(site.hit().text());
        return !out.isEmpty() && site.hit().first() == 0 && cue.endsWith("ant") && AgentReading.jointRoleVerb(site)
                && out.stream().allMatch(f -> "tokens: avec".equals(f.rule()));
    }

    /** Hosting is of a meeting: `une proposition accueillie favorablement par l'AUF` is a welcome, not a host. */
    private static boolean welcomesSomethingElse(CueSite site) {
        SentenceGraph g = site.graph();
        int cue = site.cueNode();
        if (cue <= 0) {
            return false;
        }
        List<Integer> hosted = new ArrayList<>(g.dependents(cue, "obj"));
        hosted.addAll(g.dependents(cue, "nsubj:pass"));
        hosted.addAll(g.governors(cue, "acl"));
        for (int n : hosted) {
            if (site.words().welcomedNotHosted.contains(g.word(n))) {
                return true;
            }
        }
        for (int adv : g.dependents(cue, "advmod")) {
            if (g.word(adv).endsWith("ment") && !site.words().jointAdverbs.contains(g.word(adv))) {
                return true; // `accueilli favorablement`, `chaleureusement`; not `organisé conjointement`
            }
        }
        return false;
    }

    /** The subject or agent is a counted set (`Dix pays`, `une coalition de pays`) whose members are listed later. */
    private static boolean namesASetOfMembers(CueSite site) {
        return argumentIn(site, "nsubj", site.words().memberNouns, site.words().setNouns)
                || argumentIn(site, "obl:agent", site.words().memberNouns, site.words().setNouns);
    }

    /** `Les dirigeants des BRICS ont adopté`: the members acted; the body named after them did not. */
    /**
     * `Le sommet, que présidait le chef de l'État X, …`, `la conférence qu'accueille le Maroc`: a chair's or host's verb
     * in a `que` relative clause on a meeting has its subject after it, which the parser often takes for the object.
     */
    private static List<Finding> invertedAfterQue(CueSite site) {
        SentenceGraph g = site.graph();
        int cue = site.cueNode();
        if (cue <= 0 || site.role() != RoleType.CHAIR && site.role() != RoleType.HOST) {
            return List.of();
        }
        boolean onMeeting = false;
        for (ParsedSentence.Edge e : g.incoming(cue)) {
            onMeeting |= e.relation().startsWith("acl") && Meetings.isMeeting(g, e.governor());
        }
        List<Token> toks = g.tokens();
        int q = site.hit().first() - 1;
        if (q >= 1 && site.words().objectQue.containsWord(toks.get(q))) {
            // the parser may hang the clause elsewhere (`Le conclave, que présidait X, a duré`): the words say it
            int before = toks.get(q - 1).word().equals(",") ? q - 2 : q - 1;
            Mention named = before >= 0 ? g.mentionAt(toks.get(before).start()) : null;
            onMeeting |= before >= 0 && (site.words().meetingNouns.containsWord(toks.get(before))
                    || named != null && named.type() == EntityType.EVENT);
        }
        boolean que = g.dependents(cue, "mark").stream().anyMatch(m -> site.words().objectQue.contains(g.word(m)))
                || g.dependents(cue, "obj").stream().anyMatch(m -> site.words().objectQue.contains(g.word(m)));
        if (!onMeeting || !que) {
            return List.of();
        }
        List<Integer> holders = new ArrayList<>(g.dependents(cue, "nsubj"));
        holders.removeIf(n -> site.words().objectQue.contains(g.word(n)));
        for (int o : g.dependents(cue, "obj")) {
            if (!site.words().objectQue.contains(g.word(o))) {
                holders.add(o);
            }
        }
        List<Finding> out = site.phrases(holders, Confidence.PARSE_SUBJECT, n -> "que " + site.cueText() + " " + g.word(n));
        for (int k = site.hit().end(); out.isEmpty() && k < toks.size() && !toks.get(k).word().equals(","); k++) {
            Mention m = g.mentionAt(toks.get(k).start());
            if (m != null && m.type() == EntityType.PERSON) {
                // `que présidait le chef de l'État béninois X`: the person the inverted subject's title names
                out.add(site.finding(m, Confidence.TOKEN_RULE, "tokens: que " + site.cueText() + " … person", site.cueText() + " … " + m.text()));
            }
        }
        return out;
    }

    /**
     * `C'est au tour du Bénin d'accueillir la prochaine édition`, `ce sera au tour du Ghana de présider la conférence`: the
     * infinitive of a chair's or host's verb on a noun of turn (`turn_nouns`) holds for that noun's `de` complement;
     * (h42-listes9) so does an attendance verb in a sequence of speakers (`ce fut au tour de X de prendre la parole`).
     */
    private static List<Finding> turnOf(CueSite site) {
        SentenceGraph g = site.graph();
        int cue = site.cueNode();
        if (cue <= 0 || site.role() != RoleType.CHAIR && site.role() != RoleType.HOST && site.role() != RoleType.PARTICIPANT) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (int turn : g.governors(cue, "acl")) {
            if (site.words().turnNouns.contains(g.word(turn))) {
                out.addAll(site.phrases(g.dependents(turn, "nmod"), Confidence.PARSE_SUBJECT, n -> "au tour de … " + site.cueText()));
            }
        }
        return out;
    }

    /**
     * `COP : le Pacte vert signé`: a signing participle on its noun, with no `ayant`, says what was signed; the name
     * before it signed nothing (word order would take it for the subject).
     */
    private static boolean signedNoun(CueSite site) {
        if (site.cueNode() <= 0 || site.hit().role() != RoleType.SIGNATORY || site.hit().end() - site.hit().first() != 1) {
            return false;
        }
        SentenceGraph g = site.graph();
        return g.incoming(site.cueNode()).stream().anyMatch(e -> e.relation().equals("acl") && e.governor() > 0)
                && g.dependents(site.cueNode(), "aux").isEmpty(); // a bare participle: not `ayant signé`, `s'est … tenu`
    }

    /** `Le sommet, que présidait X, a adopté une charte`: the meeting is the subject, no name before the verb is. */
    private static boolean subjectIsAMeeting(CueSite site) {
        return site.cueNode() > 0 && site.dependents("nsubj").stream().anyMatch(n -> Meetings.isMeeting(site.graph(), n));
    }

    private static boolean subjectIsMembersOfABody(CueSite site) {
        return argumentIn(site, "nsubj", site.words().memberNouns);
    }

    private static boolean argumentIn(CueSite site, String relation, WordList... lists) {
        if (site.cueNode() <= 0) {
            return false;
        }
        for (int a : site.dependents(relation)) {
            for (WordList list : lists) {
                if (list.contains(site.graph().word(a))) {
                    return true;
                }
            }
        }
        return false;
    }
}
