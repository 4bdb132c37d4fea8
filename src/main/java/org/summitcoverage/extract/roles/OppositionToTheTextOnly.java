package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;

import java.util.List;

/**
 * The noun `opposition` (`opposition_nouns`) is a refusal only where it stands against the meeting's outcome: after a
 * concessive or causal frame (`adopté malgré l'opposition du Chili`, `en dépit de l'opposition de`, `n'a pas abouti en
 * raison de l'opposition de la Hongrie`: `opposition_frames`), or as the subject of a verb of blocking (`l'opposition de
 * la Hongrie a empêché son adoption`: `outcome_blocking_verbs`). Why: the word mostly names a political camp (`le chef de
 * l'opposition`) or a stance on something else (`son opposition à l'adhésion de X`, a `à` complement that is no text).
 * The sentence must name the text or decision opposed. Other act nouns pass through.
 */
final class OppositionToTheTextOnly implements HolderReading {
    private final HolderReading reading;

    OppositionToTheTextOnly(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (!site.words().oppositionNouns.contains(site.hit().text())) {
            return reading.read(site);
        }
        if (site.cueNode() <= 0 || opposesSomethingElse(site)) {
            return List.of();
        }
        return namesAnOutcome(site) && (framedAsRefusal(site) || blocksTheOutcome(site)) ? reading.read(site) : List.of();
    }

    /**
     * The sentence names the text or decision opposed (`opposed_outcomes`, `supported_texts`): `se sont engagés à agir,
     * malgré l'opposition d'une poignée de pays` opposes a pledge, no text.
     */
    private static boolean namesAnOutcome(CueSite site) {
        return site.tokens().stream().anyMatch(t -> site.words().opposedOutcomes.containsWord(t)
                || site.words().supportedTexts.containsWord(t));
    }

    /** `son opposition à l'adhésion de l'Ukraine`: a `à` complement that is no text. */
    private static boolean opposesSomethingElse(CueSite site) {
        SentenceGraph g = site.graph();
        for (String rel : List.of("nmod:à", "nmod:au", "nmod:aux")) {
            for (int t : site.dependents(rel)) {
                if (!site.words().supportedTexts.contains(g.word(t))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** `malgré l'opposition`, `en dépit de l'opposition`, `en raison de l'opposition`: the frame word two or three tokens before. */
    private static boolean framedAsRefusal(CueSite site) {
        int first = site.hit().first();
        for (int back = 2; back <= 3; back++) {
            if (first - back >= 0
                    && site.words().oppositionFrames.contains(site.tokens().get(first - back).folded())) {
                return true;
            }
        }
        return false;
    }

    private static boolean blocksTheOutcome(CueSite site) {
        return site.governors("nsubj").stream()
                .anyMatch(v -> site.words().outcomeBlockingVerbs.contains(site.graph().word(v)));
    }
}
