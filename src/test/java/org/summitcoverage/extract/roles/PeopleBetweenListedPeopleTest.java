package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h25-paix) The people between the first and the last person of a list a reading found hold the role too. */
class PeopleBetweenListedPeopleTest {
    private final HolderReading subjects = new SubjectReading();
    private final HolderReading reading = new PeopleBetweenListedPeople(subjects);

    /** The French parser's edges: every item an apposition of the first title, the inner names buried in complements. */
    private static HandParse signers() {
        return HandParse.of("Le président chilien Ana Soto, le chef de l'État péruvien Luis Prado, le roi du Maroc Karim Alaoui "
                        + "et le président turc Emre Kaya ont signé le document.")
                .entity("chilien", "country:CL").entity("Ana Soto", "person:ana-soto").entity("péruvien", "country:PE")
                .entity("Luis Prado", "person:luis-prado").entity("Maroc", "country:MA")
                .entity("Karim Alaoui", "person:karim-alaoui").entity("turc", "country:TR").entity("Emre Kaya", "person:emre-kaya")
                .edge("ROOT", "root", "signé").edge("signé", "nsubj", "président")
                .edge("président", "amod", "chilien").edge("président", "appos", "Ana")
                .edge("président", "appos", "chef").edge("chef", "nmod:de", "État").edge("État", "amod", "péruvien")
                .edge("État", "appos", "Luis")
                .edge("président", "appos", "roi").edge("roi", "nmod:de", "Maroc").edge("Maroc", "flat:name", "Karim")
                .edge("président", "appos", "président#2").edge("président#2", "amod", "turc")
                .edge("président#2", "appos", "Emre").edge("signé", "obj", "document");
    }

    @Test
    void theInnerItemsOfAListOfTitledPeopleSignToo() {
        HandParse p = signers();
        // (h28-ia) the name hung on its title's state (`flat:name` on `Maroc`) is the subject reading's own now
        // (SentenceGraph.ownTitlesState); the one on `État`, a word and no state, is still the extension's
        assertEquals(Set.of("SIGNATORY person:ana-soto", "SIGNATORY person:karim-alaoui", "SIGNATORY person:emre-kaya"),
                p.rows(subjects, "signé"));
        assertEquals(Set.of("SIGNATORY person:ana-soto", "SIGNATORY person:luis-prado", "SIGNATORY person:karim-alaoui",
                "SIGNATORY person:emre-kaya"), p.rows(reading, "signé"));
    }

    /** A reading that finds exactly these people, whatever the parse: what the extension adds is then its own. */
    private static HolderReading finding(String... ids) {
        Set<String> wanted = Set.of(ids);
        return site -> site.graph().mentions().stream().filter(m -> wanted.contains(m.entityId()))
                .map(m -> site.finding(m, Confidence.PARSE_SUBJECT, "stub", m.text())).toList();
    }

    private static HandParse titled(String sentence) {
        return HandParse.of(sentence).entity("Ana Soto", "person:ana-soto").entity("Luis Prado", "person:luis-prado")
                .entity("Emre Kaya", "person:emre-kaya");
    }

    @Test
    void aPersonNamedInAnotherPhraseThanAnItemIsNoItem() {
        HandParse p = titled("Le ministre Ana Soto, représentant le président Luis Prado, et le ministre Emre Kaya ont signé.");
        HolderReading ends = new PeopleBetweenListedPeople(finding("person:ana-soto", "person:emre-kaya"));
        assertEquals(Set.of("SIGNATORY person:ana-soto", "SIGNATORY person:emre-kaya"), p.rows(ends, "signé"));
        HandParse list = titled("Le ministre Ana Soto, le président Luis Prado et le ministre Emre Kaya ont signé.");
        assertEquals(Set.of("SIGNATORY person:ana-soto", "SIGNATORY person:luis-prado", "SIGNATORY person:emre-kaya"),
                list.rows(ends, "signé"));
    }

    @Test
    void twoClausesAroundTheCueAreNoList() {
        HandParse p = titled("Le ministre Ana Soto a signé le texte, le président Luis Prado l'a salué, et le ministre "
                + "Emre Kaya aussi.");
        HolderReading ends = new PeopleBetweenListedPeople(finding("person:ana-soto", "person:emre-kaya"));
        assertEquals(Set.of("SIGNATORY person:ana-soto", "SIGNATORY person:emre-kaya"), p.rows(ends, "signé"));
    }
}
