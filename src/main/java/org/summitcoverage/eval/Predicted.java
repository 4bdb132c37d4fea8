package org.summitcoverage.eval;

import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.Role;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the pipeline said about one article, in the shape the scorer compares with a gold file. */
public record Predicted(String articleId, List<PEntity> entities, List<PRole> roles) {

    /** A predicted entity with every name it went by (canonical name and mention texts), folded. */
    public record PEntity(String entityId, EntityType type, String code, String canonicalName, Set<String> keys,
                          String evidence) {
    }

    /** A predicted role on an entity, with its evidence sentence. */
    public record PRole(RoleType role, PEntity entity, String evidence) {
    }

    public static Predicted of(ArticleAnalysis a) {
        Map<String, PEntity> byId = new LinkedHashMap<>();
        for (Entity e : a.entities()) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(NameMatcher.key(e.canonicalName()));
            String evidence = "";
            for (Mention m : a.mentions()) {
                if (m.entityId().equals(e.entityId())) {
                    keys.add(NameMatcher.key(m.text()));
                    if (evidence.isEmpty()) {
                        evidence = sentenceAround(a.text(), m.start(), m.end());
                    }
                }
            }
            String code = e.type() == EntityType.COUNTRY ? e.entityId().substring("country:".length()) : null;
            byId.put(e.entityId(), new PEntity(e.entityId(), e.type(), code, e.canonicalName(), keys, evidence));
        }
        List<PRole> roles = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Role r : a.roles()) {
            PEntity e = byId.get(r.entityId());
            if (e != null && seen.add(r.role() + "|" + r.entityId())) {
                roles.add(new PRole(r.role(), e, r.evidence()));
            }
        }
        return new Predicted(a.articleId(), new ArrayList<>(byId.values()), roles);
    }

    static String sentenceAround(String text, int start, int end) {
        int s = start;
        while (s > 0 && !isBoundary(text, s - 1)) {
            s--;
        }
        int e = end;
        while (e < text.length() && !isBoundary(text, e)) {
            e++;
        }
        return text.substring(s, Math.min(text.length(), e + 1)).strip();
    }

    private static boolean isBoundary(String t, int i) {
        char c = t.charAt(i);
        return c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1));
    }
}
