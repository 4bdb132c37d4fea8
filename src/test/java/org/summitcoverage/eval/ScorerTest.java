package org.summitcoverage.eval;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.RoleType;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScorerTest {
    private static final Predicted.PEntity MA = new Predicted.PEntity("country:MA", EntityType.COUNTRY, "MA", "Maroc",
            Set.of("maroc"), "Le Maroc a signé.");
    private static final Predicted.PEntity FR = new Predicted.PEntity("country:FR", EntityType.COUNTRY, "FR", "France",
            Set.of("france"), "");
    private static final Predicted.PEntity AMAL = new Predicted.PEntity("person:amal-el-fallah-seghrouchni",
            EntityType.PERSON, null, "Amal El Fallah Seghrouchni", Set.of("amal el fallah seghrouchni", "seghrouchni"), "");
    private static final Predicted.PEntity KIGALI = new Predicted.PEntity("event:sommet-de-kigali", EntityType.EVENT,
            null, "Sommet de Kigali", Set.of("sommet de kigali"), "");

    private static GoldFile.Item country(String code) {
        return new GoldFile.Item(null, EntityType.COUNTRY, code, null);
    }

    private static GoldFile.Item role(RoleType r, String code) {
        return new GoldFile.Item(r, EntityType.COUNTRY, code, null);
    }

    private static Scorer.Report score(List<Predicted.PEntity> entities, List<Predicted.PRole> roles, GoldFile gold) {
        return new Scorer().score(List.of(new Predicted("a", entities, roles)), Map.of("a", gold));
    }

    @Test
    void perfectMatchIncludingNameFoldingOfArticlesAndAccents() {
        GoldFile gold = new GoldFile("a", List.of(country("MA"),
                new GoldFile.Item(null, EntityType.PERSON, null, List.of("Seghrouchni")),
                new GoldFile.Item(null, EntityType.EVENT, null, List.of("le Sommet de Kigali"))),
                List.of(role(RoleType.SIGNATORY, "MA")), List.of());
        Scorer.Report r = score(List.of(MA, AMAL, KIGALI), List.of(new Predicted.PRole(RoleType.SIGNATORY, MA, "")), gold);
        Scorer.Counts all = r.entities().get(Scorer.ALL_ENTITIES);
        assertEquals(3, all.tp);
        assertEquals(0, all.fp);
        assertEquals(0, all.fn);
        assertEquals(1.0, r.roles().get("SIGNATORY").f1());
    }

    @Test
    void missedItemIsAFalseNegative() {
        GoldFile gold = new GoldFile("a", List.of(country("MA"), country("FR")), List.of(), List.of());
        Scorer.Report r = score(List.of(MA), List.of(), gold);
        assertEquals(1, r.entities().get("COUNTRY").tp);
        assertEquals(1, r.entities().get("COUNTRY").fn);
        assertEquals(0.5, r.entities().get("COUNTRY").recall());
        assertEquals("FN", r.errors().get(0).kind());
    }

    @Test
    void spuriousItemIsAFalsePositiveWithItsEvidence() {
        GoldFile gold = new GoldFile("a", List.of(country("FR")), List.of(), List.of());
        Scorer.Report r = score(List.of(MA, FR), List.of(), gold);
        assertEquals(1, r.entities().get("COUNTRY").fp);
        assertEquals(0.5, r.entities().get("COUNTRY").precision());
        assertEquals("Le Maroc a signé.", r.errors().get(0).evidence());
    }

    @Test
    void optionalItemCountsNeitherForNorAgainst() {
        GoldFile gold = new GoldFile("a", List.of(country("FR")), List.of(),
                List.of(country("MA"), role(RoleType.HOST, "FR")));
        Scorer.Report r = score(List.of(MA, FR), List.of(new Predicted.PRole(RoleType.HOST, FR, "")), gold);
        Scorer.Counts c = r.entities().get("COUNTRY");
        assertEquals(1, c.tp);
        assertEquals(0, c.fp);
        Scorer.Counts host = r.roles().get("HOST");
        assertEquals(0, host.tp + host.fp + host.fn);
    }

    @Test
    void roleOnTheWrongEntityIsOneFalsePositiveAndOneFalseNegative() {
        GoldFile gold = new GoldFile("a", List.of(country("FR"), country("MA")),
                List.of(role(RoleType.NON_SIGNATORY, "FR"), role(RoleType.SIGNATORY, "MA")), List.of());
        Scorer.Report r = score(List.of(MA, FR), List.of(new Predicted.PRole(RoleType.SIGNATORY, FR, "")), gold);
        Scorer.Counts s = r.roles().get("SIGNATORY");
        assertEquals(0, s.tp);
        assertEquals(1, s.fp);
        assertEquals(1, s.fn);
        assertEquals(1, r.roles().get("NON_SIGNATORY").fn);
        assertEquals(1, r.nonSignatoryAsSignatory(), "FR refused but was reported as signatory");
    }
}
