package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;

import org.summitcoverage.nlp.ParsedSentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Who opens or closes the meeting took part in it: `Le forum sera ouvert à 15h30 par X`, `X a clôturé la
 * conférence`, `La séance a débuté avec X` (people only: `la Turquie ouvre la conférence` says that the state hosts it). Only a meeting opened counts: `a ouvert ses frontières`, `a ouvert la voie` open nothing of the
 * summit.
 */
final class OpeningReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>();
        List<Integer> opened = new ArrayList<>(site.dependents("nsubj:pass"));
        opened.addAll(site.governors("acl"));
        opened.addAll(site.dependents("nsubj")); // `sera ouvert par X` is also parsed as a copula and an adjective
        if (opened.stream().anyMatch(n -> Meetings.isMeeting(g, n) || proceedings(g, n) || pronounForTheMeetingBefore(site, n))
                || participleOnAMeetingBefore(site)) {
            out.addAll(site.phrases(site.dependents("obl:agent"), Confidence.PARSE_AGENT, a -> site.cueText() + " par"));
        }
        if (site.dependents("nsubj").stream().anyMatch(n -> Meetings.isMeeting(g, n))) {
            // `La séance a débuté avec le président de la COP, X`, `Le forum s'est ouvert avec X`: who opens it with
            List<Integer> with = new ArrayList<>();
            for (int o : site.dependents("obl")) {
                if (g.dependents(o, "case").stream().anyMatch(c -> g.word(c).equalsIgnoreCase("avec"))) {
                    with.add(o); // `obl:avec`, or `obl:mod` with its `avec`
                }
            }
            out.addAll(site.phrases(with, Confidence.PARSE_AGENT, a -> site.cueText() + " avec"));
        }
        if (openedObjects(site).stream().anyMatch(n -> Meetings.isMeeting(g, n))) {
            out.addAll(site.phrases(ClauseReading.subjects(g, site.cueNode(), false), Confidence.PARSE_SUBJECT,
                    s -> site.cueText() + " la réunion"));
        }
        out.removeIf(f -> f.mention().type() != EntityType.PERSON); // a state that opens a conference hosts it
        return out;
    }

    /**
     * The objects of an active verb of opening; (h26-amerique) after adverbials of time and place (`a officiellement
     * ouvert mardi à La Havane le 2e sommet`) the parser may hang the object as a bare `obl`, with no preposition of its
     * own: that noun after the verb is its object.
     */
    private static List<Integer> openedObjects(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> out = new ArrayList<>(site.dependents("obj"));
        if (out.isEmpty() && site.dependents("nsubj:pass").isEmpty() && site.dependents("aux:pass").isEmpty()) {
            for (ParsedSentence.Edge e : g.outgoing(site.cueNode())) {
                int o = e.dependent();
                if (e.relation().equals("obl") && o > site.cueNode() && g.dependents(o, "case").isEmpty()) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /**
     * (h14-blocs) `Onze chefs d'État participent à ce 50e sommet, ouvert par le président X`: a bare participle right after
     * the comma that closes a meeting's noun qualifies that meeting, though the parser hangs it on the main verb.
     */
    private static boolean participleOnAMeetingBefore(CueSite site) {
        SentenceGraph g = site.graph();
        List<org.summitcoverage.nlp.Token> toks = g.tokens();
        int at = site.hit().first();
        if (at < 2 || !toks.get(at - 1).word().equals(",")) {
            return false;
        }
        org.summitcoverage.nlp.Token before = toks.get(at - 2);
        org.summitcoverage.model.Mention m = g.mentionAt(before.start());
        return g.words().meetingNouns.containsWord(before) || m != null && m.type() == EntityType.EVENT;
    }

    /** Words before the meeting's noun that may open the previous sentence (`Le`, `Ce`, `Le 34e`). */
    private static final int OPENING_WORDS = 3;

    /**
     * (h21-gulf) `Le sommet a débuté lundi à Riyad. Il a été ouvert par le prince X`: a subject pronoun stands for the
     * meeting when the previous sentence opens on it (its noun or its name within the first words, only determiners or
     * ordinals before it), as `Il a signé` stands for the previous sentence's subject (PronounAntecedents).
     */
    private static boolean pronounForTheMeetingBefore(CueSite site, int node) {
        SentenceGraph g = site.graph();
        if (node <= 0 || site.discourse() == null || !List.of("il", "elle").contains(g.word(node).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        org.summitcoverage.nlp.Sentence prev = site.discourse().previous();
        if (prev == null) {
            return false;
        }
        List<org.summitcoverage.nlp.Token> toks = prev.tokens();
        for (int k = 0; k < Math.min(toks.size(), OPENING_WORDS + 1); k++) {
            org.summitcoverage.nlp.Token t = toks.get(k);
            boolean event = site.discourse().allMentions().stream()
                    .anyMatch(m -> m.sentenceIndex() == prev.index() && m.start() == t.start() && m.type() == EntityType.EVENT);
            if (g.words().meetingNouns.contains(t.word().toLowerCase(java.util.Locale.ROOT)) || event) {
                return true;
            }
            if (k > 0 && Character.isUpperCase(t.word().charAt(0)) || t.word().equals(",")) {
                return false; // a name or a clause before the noun: the sentence opens on something else
            }
        }
        return false;
    }

    /**
     * `Les travaux ont été ouverts par X`: the meeting's proceedings, with no complement or a meeting's (`les travaux
     * de la session`), not other works (`les travaux du stade`).
     */
    private static boolean proceedings(SentenceGraph g, int n) {
        if (n <= 0 || !g.words().proceedingsNouns.contains(g.word(n))) {
            return false;
        }
        List<Integer> complements = g.dependents(n, "nmod");
        return complements.isEmpty() || complements.stream().anyMatch(c -> Meetings.isMeeting(g, c));
    }
}
