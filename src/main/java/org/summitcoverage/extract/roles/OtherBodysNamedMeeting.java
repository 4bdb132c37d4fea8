package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * (h56-sweepc) A named meeting of another body than the one the article's meeting is named after: `le sommet de l'OCI
 * qui doit avoir lieu en mars à Dakar au Sénégal`, in an article on the summit of the Arab League. Its place is that
 * meeting's, no host of this one (docs/annotation.md, roles about another meeting). Both names give their body
 * (`OtherBodysSummitChaired.bodyOf`), the other one as an organisation the entities know, and the two are neither the
 * same words, nor one the other's initials, nor the same organisation entity (`le sommet de l'UA` in an article on the
 * `Sommet de l'Union africaine`). The article's own meeting, and a name with no body (`le Sommet de Lomé`), stay.
 */
final class OtherBodysNamedMeeting {
    private OtherBodysNamedMeeting() {
    }

    static boolean is(Mention event, List<Mention> inSentence, List<Mention> all, String mainEvent, String mainEventName) {
        if (event.type() != EntityType.EVENT || mainEvent == null || event.entityId().equals(mainEvent)) {
            return false;
        }
        String main = OtherBodysSummitChaired.bodyOf(mainEventName);
        String other = OtherBodysSummitChaired.bodyOf(event.text());
        if (main == null || other == null || OtherBodysSummitChaired.sameBody(main, other)) {
            return false;
        }
        Set<String> bodies = bodiesIn(event, inSentence);
        if (bodies.isEmpty()) {
            return false; // the body is no organisation the entities know: too little to tell the meetings apart
        }
        for (Mention m : all) {
            if (m.type() == EntityType.EVENT && m.entityId().equals(mainEvent)) {
                List<Mention> sameSentence = all.stream().filter(x -> x.sentenceIndex() == m.sentenceIndex()).toList();
                if (bodiesIn(m, sameSentence).stream().anyMatch(bodies::contains)) {
                    return false; // the main meeting's name holds the same organisation, however written
                }
            }
        }
        return true;
    }

    /** The organisation entities whose mentions lie inside the event's name. */
    private static Set<String> bodiesIn(Mention event, List<Mention> mentions) {
        Set<String> out = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && m.start() >= event.start() && m.end() <= event.end()) {
                out.add(m.entityId());
            }
        }
        return out;
    }
}
