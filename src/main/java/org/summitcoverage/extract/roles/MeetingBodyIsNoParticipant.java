package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;

import java.util.ArrayList;
import java.util.List;

/**
 * `La Communauté politique européenne s'est réunie à Grenade`: a body that gathers (a reflexive verb of gathering) in
 * an article whose event is named after that body is the meeting itself, not one more of its participants. Only a
 * body alone in its clause: `L'UE et l'UA se sont réunies` still names two parties that meet. (h63-wrong) Nor is a body
 * named as the set whose members the clause lists (`les dirigeants des États membres du bloc X que sont A, B et C se sont
 * réunis`): its named member states take part, not the bloc.
 */
final class MeetingBodyIsNoParticipant implements HolderReading {
    private final HolderReading reading;

    MeetingBodyIsNoParticipant(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (found.stream().noneMatch(f -> f.role() == RoleType.PARTICIPANT)) {
            return found;
        }
        boolean gathers = site.role() == RoleType.PARTICIPANT && site.hit().kind() == CueKind.REFLEXIVE;
        long holders = found.stream().filter(f -> f.mention().type() != EntityType.PERSON).map(Finding::mention)
                .map(Mention::entityId).distinct().count();
        boolean statesNamed = found.stream().anyMatch(f -> f.role() == RoleType.PARTICIPANT && f.mention().type() == EntityType.COUNTRY);
        List<Finding> kept = new ArrayList<>();
        for (Finding f : found) {
            if (statesNamed && f.role() == RoleType.PARTICIPANT && f.mention().type() == EntityType.ORGANIZATION
                    && afterMembersOf(site, f.mention())) {
                continue; // (h63-wrong) `les États membres du bloc X que sont A, B`: the members, not the bloc
            }
            // (h62-wrong) with any cue of attendance, a body alone that names the article's meeting is that meeting (`la
            // participation du secrétaire général du CCG` at the CCG's summit, `les dirigeants du Sommet 2024 du Forum X`)
            boolean meetingItself = f.role() == RoleType.PARTICIPANT && namesTheArticlesMeeting(site, f.mention());
            boolean gathering = gathers && (namesTheArticlesMeeting(site, f.mention()) || isAGatheringOrgan(site, f.mention()));
            if (holders > 1 || !meetingItself && !gathering) {
                kept.add(f);
            }
        }
        return kept;
    }

    /**
     * (r23) `Le Conseil de sécurité s'est réuni lundi`, `L'Assemblée générale s'est réunie en session extraordinaire`: an
     * organ whose members are states or their envoys (`gathering_organ_heads`) gathering alone is a meeting, whatever
     * the article's event is called; its members, not the organ, take part.
     */
    static boolean isAGatheringOrgan(CueSite site, Mention m) {
        if (m.type() != EntityType.ORGANIZATION) {
            return false;
        }
        String first = m.text().strip().split("[\\s'’]+")[0];
        return site.words().gatheringOrganHeads.contains(first);
    }

    /** The body gives its name to a meeting the article names: `org:x-y` in `event:sommet-de-la-x-y`. */
    static boolean namesTheArticlesMeeting(CueSite site, Mention m) {
        if (m.type() != EntityType.ORGANIZATION || !m.entityId().startsWith("org:")) {
            return false;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        names.add(m.entityId().substring("org:".length()));
        // (h31-precision) `L'Organisation de coopération de Shanghai se réunira` in an article on `le sommet de l'OCS`:
        // the body's other names in the article (its acronym) name the meeting too
        site.discourse().allMentions().stream().filter(e -> e.entityId().equals(m.entityId()))
                .map(e -> slug(e.text())).filter(x -> !x.isEmpty()).forEach(names::add);
        if (site.discourse().allMentions().stream().anyMatch(e -> e.entityId().equals(m.entityId()) && afterAMeetingNoun(site, e))) {
            return true; // `la réunion de la "Coalition des volontaires"`: the article calls the body's gathering a meeting
        }
        return site.discourse().allMentions().stream().filter(e -> e.type() == EntityType.EVENT).anyMatch(e -> {
            String event = "-" + e.entityId().substring(e.entityId().indexOf(':') + 1) + "-";
            return names.stream().anyMatch(body -> event.contains("-" + body + "-"));
        });
    }

    /** Words a body's name may stand after its meeting noun by: `réunion de la "`. */
    private static final int MEETING_NOUN_REACH = 16;

    /**
     * The mention follows a meeting noun and `de` (`la réunion de la "Coalition …"`, `le sommet de l'OCS`), (h62-wrong) a
     * year between them (`le Sommet 2024 du Forum …`).
     */
    private static boolean afterAMeetingNoun(CueSite site, Mention e) {
        String text = site.discourse().doc().text();
        if (e.start() <= 0 || e.start() > text.length()) {
            return false;
        }
        String before = text.substring(Math.max(0, e.start() - MEETING_NOUN_REACH - 12), e.start());
        java.util.regex.Matcher x = java.util.regex.Pattern
                .compile("(\\p{L}+)(?:\\s+\\d{4})?\\s+(?:de la|de l['’]|du|des|de)\\s*[\"«“]?\\s*$").matcher(before);
        return x.find() && site.words().meetingNouns.contains(x.group(1).toLowerCase(java.util.Locale.ROOT)); // `le Sommet … du`
    }

    /** `membres du`, `membres du bloc`, `membres de la communauté` right before the body's name. */
    private static final java.util.regex.Pattern MEMBERS_OF = java.util.regex.Pattern.compile(
            "membres\\s+(?:du|de la|de l['’]|des|de)\\s*(?:(?:bloc|groupe|groupement|club|communauté|organisation)\\s+(?:du|de la|de l['’]|des|de)?\\s*)?[\"«“]?\\s*$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** (h63-wrong) The mention is the complement of `membres` (`États membres du bloc BRICS`). */
    private static boolean afterMembersOf(CueSite site, Mention m) {
        String text = site.discourse().doc().text();
        if (m.start() <= 0 || m.start() > text.length()) {
            return false;
        }
        return MEMBERS_OF.matcher(text.substring(Math.max(0, m.start() - 48), m.start())).find();
    }

    private static String slug(String text) {
        return TextFolding.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
