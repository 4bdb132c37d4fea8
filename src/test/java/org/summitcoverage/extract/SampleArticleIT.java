package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;
import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.model.Article;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.Role;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.model.Status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The article the project was shaped on, end to end through the real models (loaded once for the run). */
class SampleArticleIT {
    static ArticleAnalysis analyse(String id, String text) {
        return ArticleAnalyzer.shared().analyze(new Article(new ArticleMeta(id, id + ".txt", null, null, null, null,
                "0", text.length()), text, false));
    }

    @Test
    void entitiesOfTheSampleArticle() throws IOException {
        String raw = Files.readString(Path.of("corpus/sommet-paris-ia-maroc.txt"), StandardCharsets.UTF_8);
        ArticleAnalysis a = analyse("sommet-paris-ia-maroc", raw);
        assertEquals(Status.OK, a.status(), a.reason());
        Set<String> ids = a.entities().stream().map(Entity::entityId).collect(Collectors.toSet());
        for (String expected : Set.of("country:MA", "country:FR", "country:IN", "country:GB", "country:TH",
                "person:amal-el-fallah-seghrouchni", "location:paris", "location:bletchley-park", "location:seoul",
                "event:sommet-de-kigali", "event:forum-mondial-sur-l-ethique-de-l-ia")) {
            assertTrue(ids.contains(expected), expected + " missing from " + ids);
        }
        for (String teaser : Set.of("location:ain-sebaa", "org:marjane", "location:safi", "location:casablanca",
                "org:jazzablanca", "location:jazzablanca", "person:jazzablanca", "location:ras-lafaa")) {
            assertFalse(ids.contains(teaser), teaser + " leaked from the teasers");
        }
        assertTrue(a.entities().stream().allMatch(e -> !e.canonicalName().matches("(?i)published|latest|fermé|le")),
                "site words or sentence-initial common words taken as names: " + ids);
    }

    @Test
    void rolesOfTheSampleArticle() throws IOException {
        String raw = Files.readString(Path.of("corpus/sommet-paris-ia-maroc.txt"), StandardCharsets.UTF_8);
        ArticleAnalysis a = analyse("sommet-paris-ia-maroc", raw);
        assertEquals(Status.OK, a.status(), a.reason());
        Set<String> roles = a.roles().stream().map(r -> r.role() + " " + r.entityId()).collect(Collectors.toSet());
        assertTrue(roles.contains("SIGNATORY country:MA"), roles.toString());
        assertTrue(roles.contains("CHAIR country:FR"), roles.toString());
        assertTrue(roles.contains("CHAIR country:IN"), roles.toString());
        assertTrue(roles.contains("PARTICIPANT country:MA"), roles.toString());
        Role head = a.roles().stream().filter(r -> r.role() == RoleType.DELEGATION_HEAD).findFirst().orElseThrow();
        assertEquals("person:amal-el-fallah-seghrouchni", head.entityId());
        assertEquals("country:MA", head.onBehalfOf());
        assertTrue(head.evidence().startsWith("Le Maroc, représenté par une délégation"), head.evidence());
        assertFalse(roles.stream().anyMatch(r -> r.startsWith("NON_SIGNATORY")), roles.toString());
        Role chair = a.roles().stream().filter(r -> r.role() == RoleType.CHAIR).findFirst().orElseThrow();
        assertEquals("coprésidé", chair.trigger());
        assertTrue(chair.eventId().startsWith("event:sommet-de-paris"), chair.eventId());
    }
}
