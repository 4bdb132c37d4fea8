package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h19-side) A verb of signing over a `que` clause argues a fact: no text signed. */
class OtherObjectIsNoSigningTest {
    private static final HolderReading READING = new OtherObjectIsNoSigning(new VerbReading());

    @Test
    void supportingAClauseSignsNothing() {
        HandParse p = HandParse.of("Le ministre Paul Otieno a soutenu qu'il faudra agir au sommet de Lindau.")
                .entity("Paul Otieno", "person:paul-otieno")
                .edge("soutenu", "nsubj", "ministre").edge("ministre", "appos", "Paul").edge("soutenu", "aux", "a")
                .edge("soutenu", "ccomp", "faudra").edge("faudra", "mark", "qu'").edge("faudra", "nsubj", "il")
                .tag("soutenu", "VERB");
        assertEquals(Set.of(), p.rows(READING, "soutenu"));
    }

    @Test
    void supportingTheDeclarationStillSigns() {
        HandParse p = HandParse.of("Le ministre Paul Otieno a soutenu la déclaration du sommet de Lindau.")
                .entity("Paul Otieno", "person:paul-otieno")
                .edge("soutenu", "nsubj", "ministre").edge("ministre", "appos", "Paul").edge("soutenu", "aux", "a")
                .edge("soutenu", "obj", "déclaration").tag("soutenu", "VERB");
        assertEquals(Set.of("SIGNATORY person:paul-otieno"), p.rows(READING, "soutenu"));
    }

    @Test
    void joiningAnOrganisationSignsNothing() {
        // (h20-asie) `a adhéré à l'ASEAN`: another body joined (reading guide, joining)
        HandParse p = HandParse.of("Lors du sommet de Lindau, le Chili a officiellement adhéré à l'Union andine.")
                .entity("Chili", "country:CL").entity("Union andine", "org:union-andine")
                .edge("adhéré", "nsubj", "Chili").edge("adhéré", "aux", "a").edge("adhéré", "obl:à", "Union")
                .edge("Union", "case", "à").tag("adhéré", "VERB");
        assertEquals(Set.of(), p.rows(READING, "adhéré"));
    }

    @Test
    void joiningTheDeclarationStillSigns() {
        // (h20-asie) `a adhéré à la déclaration`: the summit's text, a signature
        HandParse p = HandParse.of("Lors du sommet de Lindau, le Chili a officiellement adhéré à la déclaration finale.")
                .entity("Chili", "country:CL")
                .edge("adhéré", "nsubj", "Chili").edge("adhéré", "aux", "a").edge("adhéré", "obl:à", "déclaration")
                .edge("déclaration", "case", "à").tag("adhéré", "VERB");
        assertEquals(Set.of("SIGNATORY country:CL"), p.rows(READING, "adhéré"));
    }

    @Test
    void withdrawingTroopsLeavesNoText() { // (h20-paix)
        HandParse p = HandParse.of("La Bolivie a retiré ses troupes de la frontière avant le sommet de Lindau.")
                .entity("Bolivie", "country:BO")
                .edge("retiré", "nsubj", "Bolivie").edge("retiré", "aux", "a").edge("retiré", "obj", "troupes")
                .edge("troupes", "det", "ses").tag("retiré", "VERB").tag("troupes", "NOUN");
        assertEquals(Set.of(), p.rows(READING, "retiré"));
    }

    @Test
    void withdrawingItsSignatureIsARefusal() { // (h20-paix)
        HandParse p = HandParse.of("La Bolivie a retiré sa signature de la charte du sommet de Lindau.")
                .entity("Bolivie", "country:BO")
                .edge("retiré", "nsubj", "Bolivie").edge("retiré", "aux", "a").edge("retiré", "obj", "signature")
                .edge("signature", "det", "sa").tag("retiré", "VERB").tag("signature", "NOUN");
        assertEquals(Set.of("NON_SIGNATORY country:BO"), p.rows(READING, "retiré"));
    }

    @Test
    void withdrawingAStateFromABodyIsNoRefusalOfItsLeader() { // (h21-traites)
        HandParse p = HandParse.of("Le président Paul Rivel a promis de retirer la Bolivie de l'agence avant le sommet de Lindau.")
                .entity("Paul Rivel", "person:paul-rivel").entity("Bolivie", "country:BO")
                .edge("promis", "nsubj", "président").edge("président", "appos", "Paul").edge("promis", "aux", "a")
                .edge("promis", "xcomp", "retirer").edge("retirer", "mark", "de").edge("retirer", "obj", "Bolivie")
                .edge("Bolivie", "det", "la").edge("retirer", "obl:de", "agence")
                .tag("retirer", "VERB").tag("agence", "NOUN");
        assertEquals(Set.of(), p.rows(READING, "retirer"));
    }

    @Test
    void aFrontedParticipleOfSupportOnASubjectPronounWhoActsSignsNothing() {
        // (h22-afr) `Appuyée par A et B, elle a fait un compte rendu`: A and B back her, they sign no text
        HandParse p = HandParse.of("Appuyée par Paul Otieno et Kofi Addaba, elle a fait un compte rendu au sommet.")
                .entity("Paul Otieno", "person:paul-otieno").entity("Kofi Addaba", "person:kofi-addaba")
                .edge("ROOT", "root", "fait").edge("fait", "nsubj", "elle").edge("elle", "acl", "Appuyée")
                .edge("Appuyée", "obl:agent", "Paul").edge("Paul", "flat:name", "Otieno").edge("Paul", "conj", "Kofi")
                .edge("Kofi", "flat:name", "Addaba").tag("Appuyée", "VERB");
        assertEquals(Set.of(), p.rows(READING, "Appuyée"));
    }

    @Test
    void aFrontedParticipleOfSupportOnATextTakenUpByAPassivePronounStillSigns() {
        HandParse p = HandParse.of("Appuyée par Paul Otieno, elle a été adoptée au sommet.")
                .entity("Paul Otieno", "person:paul-otieno")
                .edge("ROOT", "root", "adoptée").edge("adoptée", "nsubj:pass", "elle").edge("elle", "acl", "Appuyée")
                .edge("Appuyée", "obl:agent", "Paul").edge("Paul", "flat:name", "Otieno").tag("Appuyée", "VERB");
        assertEquals(Set.of("SIGNATORY person:paul-otieno"), p.rows(READING, "Appuyée"));
    }

    @Test
    void aFrontedParticipleOfSupportParsedAsAnAdverbialClauseQualifiesTheMainSubject() {
        HandParse p = HandParse.of("Appuyée par Paul Otieno, elle a fait un compte rendu au sommet.")
                .entity("Paul Otieno", "person:paul-otieno")
                .edge("ROOT", "root", "fait").edge("fait", "nsubj", "elle").edge("fait", "advcl", "Appuyée")
                .edge("Appuyée", "obl:agent", "Paul").edge("Paul", "flat:name", "Otieno").tag("Appuyée", "VERB");
        assertEquals(Set.of(), p.rows(READING, "Appuyée"));
    }

    @Test
    void approvingParagraphsOfTheTextIsApprovingTheText() {
        // (h26-commerce) `text_parts`: the paragraphs of the summit's text are that text's wording
        HandParse p = HandParse.of("Au forum de Lindau, le Chili a approuvé les trois paragraphes sur la pêche.")
                .entity("Chili", "country:CL")
                .edge("approuvé", "nsubj", "Chili").edge("approuvé", "aux", "a").edge("approuvé", "obj", "paragraphes")
                .tag("approuvé", "VERB").tag("paragraphes", "NOUN");
        assertEquals(Set.of("SIGNATORY country:CL"), p.rows(READING, "approuvé"));
    }

    @Test
    void approvingABudgetStillSignsNothing() {
        HandParse p = HandParse.of("Au forum de Lindau, le Chili a approuvé les trois budgets sur la pêche.")
                .entity("Chili", "country:CL")
                .edge("approuvé", "nsubj", "Chili").edge("approuvé", "aux", "a").edge("approuvé", "obj", "budgets")
                .tag("approuvé", "VERB").tag("budgets", "NOUN");
        assertEquals(Set.of(), p.rows(READING, "approuvé"));
    }
}
