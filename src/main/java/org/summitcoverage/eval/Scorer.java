package org.summitcoverage.eval;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predictions against gold files exactly as docs/output.md § Gold files says: countries by ISO code,
 * other entities by canonical name or any mention text after folding; `optional` items count neither
 * for nor against; precision, recall and F1 per entity type and per role, micro-averaged over articles.
 */
public final class Scorer {
    public static final String ALL_ENTITIES = "ALL_ENTITIES";
    public static final String ALL_ROLES = "ALL_ROLES";

    /** tp/fp/fn of one category. */
    public static final class Counts {
        public int tp;
        public int fp;
        public int fn;

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A false positive or false negative, with what a developer needs to see why. */
    public record Error(String kind, String category, String articleId, String item, String evidence) {
    }

    /** The scores of a run. {@code nonSignatoryAsSignatory} counts gold NON_SIGNATORY items predicted SIGNATORY. */
    public record Report(Map<String, Counts> entities, Map<String, Counts> roles, List<Error> errors,
                         int nonSignatoryAsSignatory, int articles) {
    }

    public Report score(List<Predicted> predictions, Map<String, GoldFile> gold) {
        Map<String, Counts> entities = new LinkedHashMap<>();
        for (EntityType t : EntityType.values()) {
            entities.put(t.name(), new Counts());
        }
        entities.put(ALL_ENTITIES, new Counts());
        Map<String, Counts> roles = new LinkedHashMap<>();
        for (RoleType r : RoleType.values()) {
            roles.put(r.name(), new Counts());
        }
        roles.put(ALL_ROLES, new Counts());
        List<Error> errors = new ArrayList<>();
        Map<String, Predicted> byId = new LinkedHashMap<>();
        for (Predicted p : predictions) {
            byId.put(p.articleId(), p);
        }
        int crossed = 0;
        int articles = 0;
        for (GoldFile g : gold.values()) {
            articles++;
            Predicted p = byId.getOrDefault(g.articleId(), new Predicted(g.articleId(), List.of(), List.of()));
            scoreEntities(g, p, entities, errors);
            crossed += scoreRoles(g, p, roles, errors);
        }
        return new Report(entities, roles, errors, crossed, articles);
    }

    private static void scoreEntities(GoldFile g, Predicted p, Map<String, Counts> counts, List<Error> errors) {
        boolean[] matchedGold = new boolean[g.entities().size()];
        for (Predicted.PEntity e : p.entities()) {
            int hit = bestMatch(g.entities(), matchedGold, item -> matches(item, e));
            if (hit >= 0) {
                if (!matchedGold[hit]) {
                    matchedGold[hit] = true;
                    add(counts, e.type().name(), ALL_ENTITIES, 1, 0, 0);
                }
                continue;
            }
            if (matchesOptional(g, null, e)) {
                continue;
            }
            add(counts, e.type().name(), ALL_ENTITIES, 0, 1, 0);
            errors.add(new Error("FP", e.type().name(), g.articleId(), e.entityId() + " \"" + e.canonicalName() + "\"",
                    e.evidence()));
        }
        for (int i = 0; i < matchedGold.length; i++) {
            if (!matchedGold[i]) {
                GoldFile.Item item = g.entities().get(i);
                add(counts, item.type().name(), ALL_ENTITIES, 0, 0, 1);
                errors.add(new Error("FN", item.type().name(), g.articleId(), item.describe(), ""));
            }
        }
    }

    private static int scoreRoles(GoldFile g, Predicted p, Map<String, Counts> counts, List<Error> errors) {
        boolean[] matchedGold = new boolean[g.roles().size()];
        int crossed = 0;
        for (Predicted.PRole r : p.roles()) {
            int hit = bestMatch(g.roles(), matchedGold, item -> item.role() == r.role() && matches(item, r.entity()));
            if (hit >= 0) {
                if (!matchedGold[hit]) {
                    matchedGold[hit] = true;
                    add(counts, r.role().name(), ALL_ROLES, 1, 0, 0);
                }
                continue;
            }
            if (matchesOptional(g, r.role(), r.entity())) {
                continue;
            }
            if (r.role() == RoleType.SIGNATORY) {
                for (GoldFile.Item item : g.roles()) {
                    if (item.role() == RoleType.NON_SIGNATORY && matches(item, r.entity())) {
                        crossed++;
                    }
                }
            }
            add(counts, r.role().name(), ALL_ROLES, 0, 1, 0);
            errors.add(new Error("FP", r.role().name(), g.articleId(),
                    r.entity().entityId() + " \"" + r.entity().canonicalName() + "\"", r.evidence()));
        }
        for (int i = 0; i < matchedGold.length; i++) {
            if (!matchedGold[i]) {
                GoldFile.Item item = g.roles().get(i);
                add(counts, item.role().name(), ALL_ROLES, 0, 0, 1);
                errors.add(new Error("FN", item.role().name(), g.articleId(), item.describe(), ""));
            }
        }
        return crossed;
    }

    /** The gold item a prediction matches, preferring one not matched yet; -1 when none. */
    private static int bestMatch(List<GoldFile.Item> gold, boolean[] matched, java.util.function.Predicate<GoldFile.Item> test) {
        int hit = -1;
        for (int i = 0; i < gold.size(); i++) {
            if (test.test(gold.get(i))) {
                hit = i;
                if (!matched[i]) {
                    break;
                }
            }
        }
        return hit;
    }

    private static boolean matchesOptional(GoldFile g, RoleType role, Predicted.PEntity e) {
        for (GoldFile.Item item : g.optional()) {
            if (item.role() == role && matches(item, e)) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(GoldFile.Item item, Predicted.PEntity e) {
        if (item.type() != e.type()) {
            return false;
        }
        if (item.type() == EntityType.COUNTRY) {
            return item.id() != null && item.id().equalsIgnoreCase(e.code());
        }
        for (String name : item.names()) {
            if (e.keys().contains(NameMatcher.key(name))) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<String, Counts> counts, String category, String all, int tp, int fp, int fn) {
        for (String c : new String[]{category, all}) {
            Counts k = counts.get(c);
            k.tp += tp;
            k.fp += fp;
            k.fn += fn;
        }
    }
}
