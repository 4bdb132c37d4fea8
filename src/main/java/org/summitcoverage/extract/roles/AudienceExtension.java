package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The audience of a speech at the meeting attends it: `« … », a lancé X à l'ouverture du sommet devant plusieurs chefs
 * d'État, dont A et B, ainsi que C`, `Devant les présidents A et B, X a plaidé …`. Only when the reading found the
 * speaker attending (the speech placed at the meeting, not `devant la presse` elsewhere), and only people and states
 * listed right after `devant` and a determiner or a title (`audience_openers`; not the participle of `devoir`, `les
 * pays devant signer`), not bodies (`devant le Conseil de sécurité`).
 */
final class AudienceExtension implements HolderReading {
    /** How far after `devant` the first listed person may stand (`plusieurs chefs d'État et de gouvernement européens, dont l'Allemand X`). */
    private static final int FIRST_ITEM_SLACK = 12;

    private final HolderReading reading;

    AudienceExtension(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (site.role() != RoleType.PARTICIPANT
                || found.stream().noneMatch(f -> f.role() == RoleType.PARTICIPANT && f.mention().type() == EntityType.PERSON)) {
            return found;
        }
        SentenceGraph g = site.graph();
        List<Token> toks = g.tokens();
        for (int k = 0; k + 1 < toks.size(); k++) {
            if (!toks.get(k).folded().equals("devant") || g.mentionAt(toks.get(k).start()) != null
                    || !opensAnAudience(site, toks.get(k + 1))) {
                continue;
            }
            List<Mention> listed = Enumerations.listAfter(g, k + 1, FIRST_ITEM_SLACK);
            if (listed.isEmpty() || clauseBetween(site, toks, k + 1, listed.get(0))) {
                continue;
            }
            List<Finding> out = new ArrayList<>(found);
            for (Mention m : listed) {
                boolean said = found.stream().anyMatch(f -> f.mention().equals(m));
                if (!said && (m.type() == EntityType.PERSON || m.type() == EntityType.COUNTRY)) {
                    out.add(site.finding(m, Confidence.ENUMERATION, "audience", "devant … " + m.text()));
                }
            }
            return out;
        }
        return found;
    }

    /** `devant les`, `devant plusieurs`, `devant ses homologues`, `devant le président`, `devant M. X`, `devant X`. */
    private static boolean opensAnAudience(CueSite site, Token next) {
        String w = next.word();
        return site.words().audienceOpeners.contains(w) || next.isCapitalized()
                || site.words().isTitle(w.toLowerCase(java.util.Locale.ROOT));
    }

    /** A comma before the first listed holder opens a clause (a lower-case word after it that opens no item, `list_item_openers`). */
    private static boolean clauseBetween(CueSite site, List<Token> toks, int from, Mention first) {
        for (int k = from; k + 1 < toks.size() && toks.get(k + 1).start() < first.start(); k++) {
            Token next = toks.get(k + 1);
            if (toks.get(k).word().equals(",") && org.summitcoverage.extract.Words.isLowerWord(next)
                    && !site.words().listItemOpeners.containsWord(next)
                    && !site.words().isTitle(next.word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
