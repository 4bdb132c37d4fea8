package org.summitcoverage.extract.roles;

import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;

/**
 * `Les États-Unis ne figurent pas parmi les 61 premiers pays signataires de la déclaration`: the role noun stands in
 * apposition to the noun of the `parmi` phrase, too far from the negation for the cue's own scope to see it. The
 * subject of the verb that places itself among them holds the role, and the verb's own negation makes a signature a
 * refusal; so does the subject of a verb that places itself on the list of signatories (`ne figurent pas sur la liste
 * des signataires`) or of a word of absence from it (`était absent de la liste des pays signataires`). Read only when
 * the wrapped reading finds no holder.
 */
final class AmongSignatoriesReading implements HolderReading {
    private final HolderReading reading;

    AmongSignatoriesReading(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> out = new ArrayList<>(reading.read(site));
        if (!out.isEmpty() || site.cueNode() <= 0 || site.role() != RoleType.SIGNATORY) {
            return out;
        }
        SentenceGraph g = site.graph();
        for (int noun : site.governors("appos")) {
            for (int v : g.governors(noun, "obl:parmi")) {
                RoleType role = negated(site.words(), g, v) ? RoleType.NON_SIGNATORY : RoleType.SIGNATORY;
                CueSite asRead = site.withRole(role);
                out.addAll(asRead.phrases(g.dependents(v, "nsubj"), Confidence.NOUN_RULE,
                        s -> g.word(v) + " parmi les " + g.word(noun) + " " + site.cueText()));
            }
        }
        if (out.isEmpty()) {
            out.addAll(onTheList(site));
        }
        if (out.isEmpty()) {
            out.addAll(absentFromTheSignatories(site));
        }
        return out;
    }

    /**
     * `L'absence des États-Unis et du Royaume-Uni parmi les signataires`, `l'absence de X de la liste des signataires`:
     * a noun of absence (`absence_nouns`) over the signatories, or over their list, takes its own `de` complements out
     * of them, a refusal. The noun has no verb whose subject could hold the role, so its complements do.
     */
    private static List<Finding> absentFromTheSignatories(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> nouns = new ArrayList<>(List.of(site.cueNode()));
        nouns.addAll(site.governors("amod")); // `parmi les pays signataires`
        List<Integer> absences = new ArrayList<>();
        for (int noun : nouns) {
            absences.addAll(g.governors(noun, "nmod:parmi"));
            for (int list : g.governors(noun, "nmod:de")) {
                if (site.words().signatoryListNouns.contains(g.word(list))) {
                    absences.addAll(g.governors(list, "nmod:de"));
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        CueSite asRefusal = site.withRole(RoleType.NON_SIGNATORY);
        for (int absence : absences) {
            if (!site.words().absenceNouns.contains(g.word(absence))) {
                continue;
            }
            List<Integer> absent = new ArrayList<>(g.dependents(absence, "nmod:de"));
            absent.removeIf(n -> site.words().signatoryListNouns.contains(g.word(n)));
            out.addAll(asRefusal.phrases(absent, Confidence.NOUN_RULE,
                    n -> g.word(absence) + " de " + g.word(n) + " … " + site.cueText()));
        }
        return out;
    }

    /**
     * `X ne figure pas sur la liste des signataires`, `X était absent de la liste des pays signataires`: the subject
     * of the verb that places itself on the list (or of the word of absence that takes it out of it) holds the role.
     */
    private static List<Finding> onTheList(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> nouns = new ArrayList<>(List.of(site.cueNode()));
        nouns.addAll(site.governors("amod")); // `la liste des pays signataires`
        nouns.addAll(site.governors("appos"));
        List<Finding> out = new ArrayList<>();
        for (int noun : nouns) {
            for (int list : g.governors(noun, "nmod:de")) {
                if (!site.words().signatoryListNouns.contains(g.word(list))) {
                    continue;
                }
                for (int v : g.governors(list, "obl")) {
                    boolean absent = site.words().absenceWords.contains(g.word(v));
                    if (!absent && !site.words().listingVerbs.contains(g.word(v))) {
                        continue;
                    }
                    RoleType role = absent != negated(site.words(), g, v) ? RoleType.NON_SIGNATORY : RoleType.SIGNATORY;
                    out.addAll(site.withRole(role).phrases(g.dependents(v, "nsubj"), Confidence.NOUN_RULE,
                            s -> g.word(v) + " … " + g.word(list) + " des " + site.cueText()));
                }
            }
        }
        return out;
    }

    /** The verb carries `ne … pas` (or `jamais`, `plus`) itself. */
    private static boolean negated(RoleWords words, SentenceGraph g, int verb) {
        return g.dependents(verb, "advmod").stream().anyMatch(a -> words.negators.contains(g.word(a)));
    }
}
