package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A cue in a relative clause holds for its antecedent: `…, le Timor oriental, qui participait à son premier
 * sommet` is about its antecedent alone, while a plural clause (`l'Égypte, l'Éthiopie et l'Iran, qui ont
 * rejoint le groupe`) is about the whole enumeration.
 */
final class RelativeClauseReading implements HolderReading {
    @Override
    public List<Finding> read(CueSite site) {
        SentenceGraph g = site.graph();
        Hit h = site.hit();
        Mention antecedent = antecedent(g, h);
        if (antecedent == null) {
            return List.of();
        }
        List<Mention> held = ClauseReading.pluralRelative(site.words(), g.tokens(), h)
                ? Enumerations.coordination(g, antecedent) : List.of(antecedent);
        List<Finding> out = new ArrayList<>();
        for (Mention m : held) {
            out.add(site.finding(m, m == antecedent ? Confidence.PARSE_SUBJECT : Confidence.ENUMERATION,
                    "relative clause", m.text() + ", qui " + h.text()));
        }
        return out;
    }

    /** `la ville égyptienne de X`, `la capitale ghanéenne, X`: the state whose demonym qualifies the place noun before the place. */
    private static Mention stateOfThePlace(SentenceGraph g, Mention place) {
        List<Token> toks = g.tokens();
        int k = g.tokenIndexAt(place.start()) - 1;
        if (k >= 0 && (toks.get(k).word().equals(",") || List.of("de", "d'", "d’").contains(toks.get(k).folded()))) {
            k--;
        }
        if (k < 1) {
            return null;
        }
        Mention demonym = g.mentionAt(toks.get(k).start());
        return demonym != null && demonym.type() == org.summitcoverage.model.EntityType.COUNTRY
                && g.words().placeNouns.containsWord(toks.get(k - 1)) ? demonym : null;
    }

    /** The entity right before `qui` when the cue's clause is a relative clause on it, else null. */
    private static Mention antecedent(SentenceGraph g, Hit h) {
        List<Token> toks = g.tokens();
        RoleWords words = g.words();
        int k = h.first() - 1;
        // `…, qui n'a pas souhaité signer`: past a verb of will over the cue too (its negation is CueScope's to read)
        // (h33-signe) `rejoignant A et B qui l'ont déjà ratifié`: past the object clitic that takes up the text too
        while (k >= 0 && (words.skippableBeforeVerb.containsWord(toks.get(k)) || words.willVerbs.containsWord(toks.get(k))
                || words.objectClitics.contains(toks.get(k).word().toLowerCase(java.util.Locale.ROOT).replace('’', '\''))
                && k < h.first())
                && !toks.get(k).folded().equals("qui")) {
            k--;
        }
        if (k < 1 || !toks.get(k).folded().equals("qui")) {
            return null;
        }
        int before = k - 1;
        if (toks.get(before).word().equals(",") && before > 0) {
            before--;
        }
        if (toks.get(before).word().equals("(") && before > 0) {
            // (h35-listes3) `A, B (qui présidera la séance) et C`: a bracket opened on `qui` qualifies the item right
            // before it, whatever the parser hangs the clause on
            before--;
        }
        Mention m = g.mentionAt(toks.get(before).start());
        // `Rauf Gasimzade, le ministre azerbaïdjanais de l'Écologie, qui préside la COP29`, `Kwame Asante,
        // directeur adjoint de la FAO, qui a pris la parole`: the person the title is in apposition to, not
        // the body named in the title.
        boolean closedApposition = toks.get(k - 1).word().equals(",");
        Mention person = closedApposition ? TitleAppositions.personBeforeApposition(g, before) : null;
        if (person != null) {
            return person;
        }
        if (m != null && SentenceGraph.canHoldRole(m) && !TitleAppositions.isTitleDemonym(m)) {
            return m;
        }
        if (m != null && m.type() == org.summitcoverage.model.EntityType.LOCATION && h.role() == org.summitcoverage.model.RoleType.HOST) {
            Mention state = stateOfThePlace(g, m);
            if (state != null) {
                return state; // `la ville égyptienne de X, qui accueille le sommet`: the state the place noun names hosts
            }
        }
        return closedApposition ? null : TitleAppositions.personBeforeApposition(g, before);
    }
}
