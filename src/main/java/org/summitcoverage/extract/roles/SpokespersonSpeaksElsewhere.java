package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h34-accueil) A spokesperson's announcement (`a annoncé le porte-parole du Kremlin, X, …`) is given from the
 * capital or a press briefing, not at the meeting (docs/annotation.md, a quoted speaker): the speaker whose title
 * right before the name is a `spokesperson_titles` word (past its `de` complement and a comma) gets no row, unless
 * the sentence places the words at the meeting (`à la tribune`) or on its sidelines (`en marge du sommet`).
 */
final class SpokespersonSpeaksElsewhere implements HolderReading {
    /** Most words from the title to the name (`porte-parole du ministère chinois des Affaires étrangères ,`). */
    private static final int TITLE_WINDOW = 7;

    private final HolderReading reading;

    SpokespersonSpeaksElsewhere(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        List<Token> toks = site.tokens();
        if (found.isEmpty() || site.words().placesSpeechAtMeeting(toks)
                || RoleWords.containsPhrase(toks, site.words().sidelineMarkers)) {
            return found;
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            if (f.mention().type() != EntityType.PERSON || !titledSpokesperson(site, toks, f.mention().start())) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean titledSpokesperson(CueSite site, List<Token> toks, int nameStart) {
        int before = site.graph().tokenIndexAt(nameStart) - 1;
        for (int k = before; k >= 0 && k >= before - TITLE_WINDOW; k--) {
            String w = TextFolding.fold(toks.get(k).word());
            if (site.words().spokespersonTitles.contains(w) || site.words().spokespersonTitles.contains(toks.get(k).word())) {
                return true;
            }
            if (k < before && (w.equals(",") || w.equals(".") || w.equals(";"))) {
                return false;
            }
        }
        return false;
    }
}
