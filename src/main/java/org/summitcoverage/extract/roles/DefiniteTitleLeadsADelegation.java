package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h62-titles) `…, tandis que celle des Seychelles sera menée par le Vice-président (de ce pays)`: a delegation led by a
 * definite title with no name and no state of its own (or `de ce pays`, the delegation's state taken up) is led by that
 * state's holder of the title. When the article names exactly one person with that title, and with the delegation's
 * state, that person heads it; when it names no one and gives the title to no state, the state attends, as with
 * `conduite par son Premier ministre`; anyone else named with the title leaves it unresolved.
 */
final class DefiniteTitleLeadsADelegation {
    private DefiniteTitleLeadsADelegation() {
    }

    static List<Finding> read(CueSite site, int agent, Mention state, String onBehalf) {
        SentenceGraph g = site.graph();
        List<Token> toks = g.tokens();
        int end = g.tokenIndexAt(g.startOf(agent));
        if (site.discourse() == null || end < 0 || !g.entitiesInPhrase(agent).isEmpty()) {
            return List.of();
        }
        end = SoleTitleHolder.titleEnd(toks, end, g.words()); // `prince héritier`
        List<String> title = titleWords(toks, end, g.words());
        if (title.isEmpty()) {
            return List.of();
        }
        SoleTitleHolder.Holders holders = SoleTitleHolder.holders(site.discourse(), site.discourse().sentence().index(),
                end, title, g.words());
        String licence = "délégation " + state.text() + " ← " + site.hit().text() + " par " + String.join(" ", title);
        if (holders.none()) {
            return List.of(site.withRole(RoleType.PARTICIPANT).finding(state, Confidence.PARSE_AGENT,
                    "delegation-unnamed-head", licence + " (an unnamed title)"));
        }
        boolean ofTheState = holders.persons().size() == 1 && holders.personStates().get(0).equals(onBehalf)
                && holders.unnamedStates().stream().allMatch(onBehalf::equals);
        if (!ofTheState) {
            return List.of();
        }
        Mention person = holders.persons().get(0);
        return List.of(new Finding(RoleType.DELEGATION_HEAD, person, site.hit().text(), Confidence.PARSE_AGENT,
                "delegation-title", licence + " → " + person.text() + " (named with that title and state)", onBehalf));
    }

    /**
     * The folded words of a definite title ending at {@code end} (`vice-président`, `premier ministre`), followed by
     * nothing of its own but `de ce pays` / `de cet État` (the delegation's state taken up); empty otherwise.
     */
    private static List<String> titleWords(List<Token> toks, int end, RoleWords words) {
        int start = SoleTitleHolder.definiteTitleStart(toks, end, words);
        if (start < 0) {
            return List.of();
        }
        int k = end + 1;
        if (k + 2 < toks.size() && toks.get(k).folded().equals("de")
                && (toks.get(k + 1).folded().equals("ce") || toks.get(k + 1).folded().equals("cet"))) {
            k += 3; // `de ce pays`
        }
        if (k < toks.size() && !org.summitcoverage.extract.Words.isPunctuation(toks.get(k))) {
            return List.of();
        }
        List<String> title = new ArrayList<>();
        for (int j = start; j <= end; j++) {
            title.add(toks.get(j).folded());
        }
        return title;
    }
}
