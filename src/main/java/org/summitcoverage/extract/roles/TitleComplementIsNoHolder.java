package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * `L'Italie, président tournant du G20, accueillera le sommet`: the body named in the complement of a title in
 * apposition only says what the holder presides; it holds nothing itself. When the reading found another holder,
 * a body right after `président … de` is dropped. For attendance and speech the body is dropped only when the
 * title's own person is found next to it (`la présidente du FMI X a pris la parole`, `X, président de l'ASEAN cette
 * année, a prononcé son discours`): the role goes to the person; an unnamed title keeps its body.
 */
final class TitleComplementIsNoHolder implements HolderReading {
    /** Most words between the title and the body (`président en exercice de l'`). */
    private static final int TITLE_WINDOW = 5;

    /** Most tokens between the title's person and the title or its body (`X, président de`, `du FMI (FMI) X`). */
    private static final int PERSON_WINDOW = 6;

    private final HolderReading reading;
    private final boolean onlyWithItsPerson;

    TitleComplementIsNoHolder(HolderReading reading) {
        this(reading, false);
    }

    TitleComplementIsNoHolder(HolderReading reading, boolean onlyWithItsPerson) {
        this.reading = reading;
        this.onlyWithItsPerson = onlyWithItsPerson;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        List<Finding> kept = new ArrayList<>();
        for (Finding f : found) {
            if (f.mention().type() != EntityType.ORGANIZATION || !complementOfTitle(site, f.mention(), onlyWithItsPerson)
                    || onlyWithItsPerson && !personBesideTitle(site, f.mention(), found)) {
                kept.add(f);
            }
        }
        return kept.isEmpty() ? found : kept;
    }

    /** A person found by the same reading stands right before the title or right after its body. */
    private static boolean personBesideTitle(CueSite site, Mention body, List<Finding> found) {
        int at = site.graph().tokenIndexAt(body.start());
        for (Finding f : found) {
            if (f.mention().type() != EntityType.PERSON || f.mention().sentenceIndex() != body.sentenceIndex()) {
                continue;
            }
            int p = site.graph().tokenIndexAt(f.mention().start());
            if (p >= 0 && p < at && at - p <= PERSON_WINDOW + TITLE_WINDOW || p > at && p - at <= PERSON_WINDOW) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code m} stands in the `de` complement of a title a few words before it: a chair's title (`président … de`), or,
     * (h39-presences6) when the title's own person must be beside it, any title (`X, le secrétaire général adjoint des
     * Nations unies`, `Y, commissaire de l'UA`): the body says whom the person serves, and the person attends.
     */
    private static boolean complementOfTitle(CueSite site, Mention m, boolean anyTitle) {
        List<Token> toks = site.tokens();
        int at = site.graph().tokenIndexAt(m.start());
        if (at <= 0) {
            return false;
        }
        int k = at - 1;
        while (k >= 0 && site.words().definiteArticles.containsWord(toks.get(k))) {
            k--;
        }
        String de = k >= 0 ? toks.get(k).folded() : "";
        if (!(de.equals("de") || de.equals("du") || de.equals("des") || de.equals("d'"))) {
            return false;
        }
        for (int n = k - 1; n >= Math.max(0, k - TITLE_WINDOW); n--) {
            String w = toks.get(n).word();
            if (site.words().chairTitles.contains(w) || anyTitle && site.words().isHolderTitle(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
