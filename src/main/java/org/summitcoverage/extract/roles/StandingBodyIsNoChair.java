package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import java.util.List;

/**
 * `X préside l'Union africaine`, `Y préside la Commission`: chairing a standing body (`standing_bodies`) is no role
 * of the summit (docs/annotation.md § Roles), as for the noun (`PresidencyReading`). A body named otherwise (`préside
 * le G7`) is one too, unless one of the article's meetings bears its name: `préside le G20` in an article on the G20's
 * summit chairs it. A chair held for a term of office (`pour les deux prochaines années`) is a standing body's too.
 */
final class StandingBodyIsNoChair implements HolderReading {
    private final HolderReading reading;

    StandingBodyIsNoChair(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.cueNode() > 0 && site.role() == RoleType.CHAIR) {
            SentenceGraph g = site.graph();
            for (int o : chairedObjects(site, g)) {
                if (site.words().standingBodies.contains(g.word(o)) || standingBodyByName(site, g, o)
                        || bodyWithoutMeeting(site, g, o)) {
                    return List.of();
                }
            }
            if (chairedBodyOfAParticiple(site, g) || forATerm(site, g)) {
                return List.of();
            }
        }
        return reading.read(site);
    }

    /**
     * The objects of the chair's verb, and (h49-votes7) through a noun of a body's course (`body_course_nouns`) the
     * `de` complement it governs: `Les Comores vont présider les destinées de l'Union africaine` chair the Union.
     */
    static List<Integer> chairedObjects(CueSite site, SentenceGraph g) {
        List<Integer> objects = new java.util.ArrayList<>(site.dependents("obj"));
        for (int o : site.dependents("obj")) {
            if (site.words().bodyCourseNouns.contains(g.word(o))) {
                objects.addAll(g.dependents(o, "nmod:de"));
                objects.addAll(g.dependents(o, "nmod"));
            }
        }
        return objects;
    }

    /**
     * (h28-ia) The participle and the passive say it too: `Le Conseil des ministres, présidé mercredi par X, a adopté une
     * communication sur le sommet`, `la Commission a été présidée par Y`: the body the participle qualifies (its `acl`
     * governor) or the passive's subject is a standing body (`standing_bodies`), not a meeting of the article (not a
     * meeting noun, no event name), so its `par` agent chairs no meeting here.
     */
    static boolean chairedBodyOfAParticiple(CueSite site, SentenceGraph g) {
        List<Integer> chaired = new java.util.ArrayList<>(site.dependents("nsubj:pass"));
        for (org.summitcoverage.nlp.ParsedSentence.Edge e : g.incoming(site.cueNode())) {
            if (e.relation().startsWith("acl") && e.governor() > 0) {
                chaired.add(e.governor());
            }
        }
        for (int n : chaired) {
            if (site.words().standingBodies.contains(g.word(n)) && !Meetings.isMeeting(g, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h27-arabe) `préside l'OCI`: an acronym whose body's name opens on a standing-body noun (`Organisation de la
     * coopération islamique`) is that standing body, even in an article on its summit (`le 15e Sommet de l'OCI`), as
     * the written-out name (`préside l'Organisation`) already is. A group (`Groupe des Vingt`) is not: `préside le
     * G20` in an article on its summit chairs it (`standing_body_name_heads`).
     */
    static boolean standingBodyByName(CueSite site, SentenceGraph g, int node) {
        Mention body = g.mentionAt(g.startOf(node));
        if (body == null || body.type() != EntityType.ORGANIZATION || !body.entityId().startsWith("org:")) {
            return false;
        }
        String head = body.entityId().substring("org:".length()).split("-")[0];
        return site.words().standingBodyNameHeads.contains(head);
    }

    /**
     * (h28-asie) `Le Kenya présidera l'Organisation pour les deux prochaines années`, `dont X assurera la présidence
     * pour la période 2019-2022`: a chair held for a term of office (`term_nouns` after `pour`, on the verb or its
     * object) is the standing body's presidency; a meeting is chaired for its own days, not for years.
     */
    static boolean forATerm(CueSite site, SentenceGraph g) {
        List<Integer> holders = new java.util.ArrayList<>(List.of(site.cueNode()));
        holders.addAll(site.dependents("obj"));
        for (int h : holders) {
            for (String rel : List.of("obl:pour", "nmod:pour")) {
                for (int n : g.dependents(h, rel)) {
                    if (site.words().termNouns.contains(g.word(n).toLowerCase(java.util.Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The node names a body (ORGANIZATION) that none of the article's meetings is named after. */
    static boolean bodyWithoutMeeting(CueSite site, SentenceGraph g, int node) {
        Mention body = g.mentionAt(g.startOf(node));
        if (body == null || body.type() != EntityType.ORGANIZATION || site.discourse() == null) {
            return false;
        }
        String name = TextFolding.fold(body.text());
        return site.discourse().allMentions().stream()
                .noneMatch(m -> m.type() == EntityType.EVENT && namesAsWords(TextFolding.fold(m.text()), name));
    }

    /**
     * (h30-misses) The body's name stands in the event's name as whole words: `le sommet de Ouagadougou` holds the letters
     * of `UA` but is no summit of the UA, so `X, qui assure la présidence tournante de l'UA` chairs no meeting of it.
     */
    static boolean namesAsWords(String eventName, String bodyName) {
        if (bodyName.isEmpty()) {
            return false;
        }
        for (int i = eventName.indexOf(bodyName); i >= 0; i = eventName.indexOf(bodyName, i + 1)) {
            int end = i + bodyName.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(eventName.charAt(i - 1));
            boolean after = end == eventName.length() || !Character.isLetterOrDigit(eventName.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }
}
