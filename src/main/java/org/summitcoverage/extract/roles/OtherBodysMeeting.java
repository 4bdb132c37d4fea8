package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A meeting noun followed by a body none of the article's events is named after: `Une réunion du G7 aura lieu à Rome,
 * en Italie` in an article on another summit. Its place is that meeting's, so it names no host of this one (the
 * article's own `sommet du G7` is an event whose name holds the body's).
 */
final class OtherBodysMeeting {
    private OtherBodysMeeting() {
    }

    /**
     * The meeting noun at {@code k} is followed by `du`, `des`, `de la`, `de l'` and a body (ORGANIZATION) that no EVENT
     * of {@code all} names as whole words, in an article that names an event; {@code mentionAt} gives the mention starting at a character offset.
     */
    static boolean at(RoleWords words, List<Token> toks, int k, IntFunction<Mention> mentionAt, List<Mention> all) {
        if (!words.meetingNouns.containsWord(toks.get(k)) || mentionAt.apply(toks.get(k).start()) != null
                || k + 2 >= toks.size()) {
            return false;
        }
        String de = fold(toks, k + 1);
        int bodyAt = de.equals("du") || de.equals("des") ? k + 2
                : de.equals("de") && k + 3 < toks.size() && List.of("la", "l'").contains(fold(toks, k + 2)) ? k + 3 : -1;
        Mention body = bodyAt < 0 ? null : mentionAt.apply(toks.get(bodyAt).start());
        if (body == null || body.type() != EntityType.ORGANIZATION) {
            return false;
        }
        String name = TextFolding.fold(body.text());
        // an article that names no event may be about that very meeting (`la rencontre de l'Union africaine à Nairobi`)
        return all.stream().anyMatch(m -> m.type() == EntityType.EVENT) && all.stream().noneMatch(m -> m.type() == EntityType.EVENT
                && StandingBodyIsNoChair.namesAsWords(TextFolding.fold(m.text()), name));
    }

    private static String fold(List<Token> toks, int k) {
        return toks.get(k).folded().replace('’', '\'');
    }
}
