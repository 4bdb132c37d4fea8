package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * `L'Assemblée générale a adopté la résolution par 120 voix contre 14`: an assembly that adopts a text is the
 * meeting where its members vote, not one more signatory; the members who voted for it are. A body whose name
 * opens on an assembly word (`dict/role_words.tsv` → `assembly_heads`) is dropped from what the reading signs, and
 * so is a body named as the owner of an organ (`un organe de l'ONU adopte`, `organ_nouns`).
 */
final class AssemblyIsTheMeeting implements HolderReading {
    private final HolderReading reading;

    AssemblyIsTheMeeting(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        // (h46-votes5) only a body alone in its clause adopts as the meeting: `L'UE et la CELAC ont adopté une
        // déclaration` still names two parties that adopt it together
        long holders = found.stream().filter(f -> f.mention().type() != EntityType.PERSON).map(f -> f.mention().entityId())
                .distinct().count();
        List<Finding> kept = new ArrayList<>();
        for (Finding f : found) {
            if (!isAssembly(site.words(), f.mention()) && !organOf(site, f.mention()) && !adoptsThroughItsAssembly(site, f.mention())
                    && !(holders == 1 && adoptsAsTheMeeting(site, f.mention()))) {
                kept.add(f);
            }
        }
        return kept;
    }

    /**
     * (h46-votes5) `À Johannesburg, le G20 a adopté sa déclaration`, `Le Parlement européen a adopté la résolution`: a body
     * that gives its name to the article's meeting, or an organ of members that gathers (`gathering_organ_heads`),
     * adopting a text is the meeting where its members adopt it, not one more signatory. Only the cues of adopting
     * (`assembly_adoption_stems`): a signature or a ratification stays the body's own act.
     */
    private static boolean adoptsAsTheMeeting(CueSite site, Mention m) {
        if (m.type() != EntityType.ORGANIZATION || !isAdoption(site)) {
            return false;
        }
        return MeetingBodyIsNoParticipant.isAGatheringOrgan(site, m) || MeetingBodyIsNoParticipant.namesTheArticlesMeeting(site, m);
    }

    private static boolean isAdoption(CueSite site) {
        String cue = org.summitcoverage.dict.TextFolding.fold(site.hit().text());
        for (String stem : site.words().assemblyAdoptionStems.entries()) {
            if (cue.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** `un organe de l'ONU adopte une résolution`: the body is named only as the owner of the organ that adopts. */
    private static boolean organOf(CueSite site, Mention m) {
        if (m.type() != EntityType.ORGANIZATION) {
            return false;
        }
        List<Token> toks = site.tokens();
        int k = site.graph().tokenIndexAt(m.start()) - 1;
        while (k >= 0 && site.words().definiteArticles.containsWord(toks.get(k))) {
            k--;
        }
        if (k < 1 || !site.words().complementMarkers.containsWord(toks.get(k))) {
            return false;
        }
        return site.words().organNouns.containsWord(toks.get(k - 1));
    }

    /**
     * (h23-onu) `L'ONU adopte un pacte`, `le Pacte adopté par l'Onu`: an organisation of `assembly_organisations` adopts
     * or approves a text only through the assembly of its member states, the meeting itself; a signature (`l'ONU a signé
     * un accord de siège`) is still its own.
     */
    private static boolean adoptsThroughItsAssembly(CueSite site, Mention m) {
        if (m.type() != EntityType.ORGANIZATION || !site.words().assemblyOrganisations.contains(m.entityId())) {
            return false;
        }
        return isAdoption(site);
    }

    private static boolean isAssembly(RoleWords words, Mention m) {
        if (m.type() != EntityType.ORGANIZATION) {
            return false;
        }
        String first = m.text().split("[\\s'’]+")[0];
        // (h23-onu) or by its entity, when named by an acronym (`L'AGNU a adopté cette résolution`)
        String idHead = m.entityId().startsWith("org:") ? m.entityId().substring(4).split("-")[0] : "";
        return words.assemblyHeads.contains(first) || words.assemblyHeads.contains(idHead);
    }
}
