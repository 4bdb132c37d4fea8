package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExceptionReadingTest {
    private static Set<String> excepted(HandParse p) {
        return HandParse.rows(new ExceptionReading().read(p.graph(), p.hits()));
    }

    @Test
    void theStatesExceptedFromASignatureDidNotSign() {
        HandParse p = HandParse.of("Le texte a été signé par tous, à l'exception des États-Unis et du Royaume-Uni.")
                .entity("États-Unis", "country:US").entity("Royaume-Uni", "country:GB");
        assertEquals(Set.of("NON_SIGNATORY country:US", "NON_SIGNATORY country:GB"), excepted(p));
    }

    @Test
    void anExceptionToAttendanceIsNoRefusal() {
        HandParse p = HandParse.of("Tous étaient présents, à l'exception de la Syrie.").entity("Syrie", "country:SY");
        assertEquals(Set.of(), excepted(p));
    }

    @Test
    void theWordInsideANameIsNoException() {
        HandParse p = HandParse.of("Médecins sans frontières a signé l'appel avec le Chili.")
                .entity("Médecins sans frontières", "org:medecins-sans-frontieres").entity("Chili", "country:CL");
        assertEquals(Set.of(), excepted(p));
    }

    @Test
    void aPartEntiereIsNoException() {
        HandParse p = HandParse.of("Le Chili, membre à part entière du forum, a signé le texte.").entity("Chili", "country:CL");
        assertEquals(Set.of(), excepted(p));
    }
    @Test
    void aNotableExceptionIsAnException() {
        HandParse p = HandParse.of("Le texte a été signé par 40 pays, à l'exception notable du Brésil et de l'Inde.")
                .entity("Brésil", "country:BR").entity("Inde", "country:IN");
        assertEquals(Set.of("NON_SIGNATORY country:BR", "NON_SIGNATORY country:IN"), excepted(p));
        HandParse q = HandParse.of("La charte a été signée par 40 pays (avec les exceptions notables du Brésil et de l'Inde).")
                .entity("Brésil", "country:BR").entity("Inde", "country:IN");
        assertEquals(Set.of("NON_SIGNATORY country:BR", "NON_SIGNATORY country:IN"), excepted(q));
    }

    @Test
    void theEntitiesAnExceptionListsAfterAnAttendanceCue() {
        HandParse p = HandParse.of("Tous étaient présents, à l'exception de la Syrie et du Liban.")
                .entity("Syrie", "country:SY").entity("Liban", "country:LB");
        java.util.List<String> ids = ExceptionReading.exceptedFrom(p.graph(), p.hits(), p.hit("présents")).stream()
                .map(m -> m.entityId()).toList();
        assertEquals(java.util.List.of("country:SY", "country:LB"), ids);
    }

    @Test
    void anExceptionOpeningTheSentenceExceptsOnlyWhatItListsBeforeItsComma() {
        // the phrase opening the sentence excepts its own list from the cue after it; the subject after its comma attends
        HandParse p = HandParse.of("À l'exception de la Syrie, le Liban était présent.")
                .entity("Syrie", "country:SY").entity("Liban", "country:LB");
        assertEquals(java.util.List.of("country:SY"), ExceptionReading.exceptedFrom(p.graph(), p.hits(), p.hit("présent"))
                .stream().map(m -> m.entityId()).toList());
    }

    @Test
    void anExceptionInsideTheSentenceBeforeTheCueExceptsNothing() {
        HandParse p = HandParse.of("Le Liban, à l'exception de la Syrie, était présent.")
                .entity("Syrie", "country:SY").entity("Liban", "country:LB");
        assertEquals(java.util.List.of(), ExceptionReading.exceptedFrom(p.graph(), p.hits(), p.hit("présent")));
    }

    @Test
    void aFrontedContrastEndsAtItsCommaAndTheSubjectSigns() {
        // (h22-refus) the subject after the comma closing `contrairement au X` is the signer, not a second exception
        HandParse p = HandParse.of("Contrairement au président chilien Pablo Rojas, le Premier ministre péruvien Ana Ruiz a bien signé la charte.")
                .entity("chilien", "country:CL").entity("Pablo Rojas", "person:pablo-rojas")
                .entity("péruvien", "country:PE").entity("Ana Ruiz", "person:ana-ruiz");
        assertEquals(Set.of("NON_SIGNATORY person:pablo-rojas"), excepted(p));
    }

    @Test
    void aFrontedExceptionKeepsItsWholeListUpToTheLastComma() {
        HandParse p = HandParse.of("À l'exception du Laos, du Népal et du Pérou, tous les pays ont signé la charte.")
                .entity("Laos", "country:LA").entity("Népal", "country:NP").entity("Pérou", "country:PE");
        assertEquals(Set.of("NON_SIGNATORY country:LA", "NON_SIGNATORY country:NP", "NON_SIGNATORY country:PE"), excepted(p));
    }
}
