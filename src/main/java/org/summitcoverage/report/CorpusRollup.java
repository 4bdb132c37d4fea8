package org.summitcoverage.report;

import org.summitcoverage.link.IntList;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.Role;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corpus roll-up of summary.csv: per entity, the articles and mentions, and per role the number of
 * articles asserting it. The only state a run keeps as articles stream through (one entry per entity).
 *
 * <p>One Java implementation for both runners: the local runner adds every article, the Spark job builds one
 * roll-up per partition (a contiguous range of the input order) and merges them in partition order on the
 * driver. It was chosen over a Spark SQL definition because the rules depend on input order (the type is the
 * last seen, the country code the first non-empty one, a role counts only once its entity has appeared), which
 * SQL could only express with a two-level aggregation and a join that had to be kept in step with this class
 * by hand; here the rules exist once, are unit-tested without Spark, and the state is the same one entry per
 * entity that the local runner already holds in memory.
 *
 * <p>{@code reports} counts the distinct reports (groups of syndicated copies) among an entity's articles, which
 * are known only at the end: each entry keeps its articles' input positions (one int per entities.csv row).
 */
public final class CorpusRollup implements CorpusStep<CorpusRollup> {
    private static final long serialVersionUID = 1L;
    public static final String TABLE = "summary";
    private final Map<String, Acc> byId = new HashMap<>();
    /** Articles added so far: the input position of the next one. */
    private int added;
    /** Roles of entities not yet seen in this stretch of input: they count if an earlier stretch saw the entity. */
    private final Map<String, Map<RoleType, Integer>> pendingRoles = new HashMap<>();

    private static final class Acc implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        String type;
        String countryCode = "";
        final Map<String, Integer> names = new HashMap<>();
        int articles;
        int mentions;
        final Map<RoleType, Integer> roles = new EnumMap<>(RoleType.class);
        final IntList ordinals = new IntList();
    }

    @Override
    public void add(ArticleAnalysis a) {
        int ordinal = added++;
        for (Entity e : a.entities()) {
            Acc acc = byId.computeIfAbsent(e.entityId(), k -> new Acc());
            acc.type = e.type().name();
            if (acc.countryCode.isEmpty()) {
                acc.countryCode = e.countryCode();
            }
            acc.names.merge(e.canonicalName(), 1, Integer::sum);
            acc.articles++;
            acc.mentions += e.mentions();
            acc.ordinals.add(ordinal);
        }
        Set<String> seen = new HashSet<>();
        for (Role r : a.roles()) {
            if (seen.add(r.role() + "|" + r.entityId())) {
                Acc acc = byId.get(r.entityId());
                Map<RoleType, Integer> counts = acc != null ? acc.roles
                        : pendingRoles.computeIfAbsent(r.entityId(), k -> new EnumMap<>(RoleType.class));
                counts.merge(r.role(), 1, Integer::sum);
            }
        }
    }

    @Override
    public void absorbLater(CorpusRollup later) {
        for (Map.Entry<String, Map<RoleType, Integer>> p : later.pendingRoles.entrySet()) {
            Acc acc = byId.get(p.getKey());
            Map<RoleType, Integer> into = acc != null ? acc.roles
                    : pendingRoles.computeIfAbsent(p.getKey(), k -> new EnumMap<>(RoleType.class));
            p.getValue().forEach((role, n) -> into.merge(role, n, Integer::sum));
        }
        int offset = added;
        added += later.added;
        for (Map.Entry<String, Acc> e : later.byId.entrySet()) {
            Acc b = e.getValue();
            Acc a = byId.computeIfAbsent(e.getKey(), k -> new Acc());
            a.type = b.type;
            if (a.countryCode.isEmpty()) {
                a.countryCode = b.countryCode;
            }
            b.names.forEach((name, n) -> a.names.merge(name, n, Integer::sum));
            a.articles += b.articles;
            a.mentions += b.mentions;
            b.roles.forEach((role, n) -> a.roles.merge(role, n, Integer::sum));
            a.ordinals.addAll(b.ordinals, offset);
        }
    }

    @Override
    public List<String> tableNames() {
        return List.of(TABLE);
    }

    @Override
    public List<CorpusTable> tables(CorpusContext corpus) {
        return List.of(new CorpusTable(TABLE, Columns.SUMMARY, rows(corpus), "entities"));
    }

    /** The summary rows, most-covered first, ties by id, so the file is stable. */
    List<Map<String, Object>> rows(CorpusContext corpus) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> ids = new ArrayList<>(byId.keySet());
        ids.sort((x, y) -> {
            Acc a = byId.get(x);
            Acc b = byId.get(y);
            int c = Integer.compare(b.articles, a.articles);
            if (c == 0) {
                c = Integer.compare(b.mentions, a.mentions);
            }
            return c != 0 ? c : x.compareTo(y);
        });
        for (String id : ids) {
            Acc a = byId.get(id);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("entity_id", id);
            r.put("type", a.type);
            r.put("canonical_name", preferredName(a.names));
            r.put("country_code", a.countryCode);
            r.put("articles", a.articles);
            r.put("mentions", a.mentions);
            r.put("signatory", a.roles.getOrDefault(RoleType.SIGNATORY, 0));
            r.put("non_signatory", a.roles.getOrDefault(RoleType.NON_SIGNATORY, 0));
            r.put("chair", a.roles.getOrDefault(RoleType.CHAIR, 0));
            r.put("host", a.roles.getOrDefault(RoleType.HOST, 0));
            r.put("delegation_head", a.roles.getOrDefault(RoleType.DELEGATION_HEAD, 0));
            r.put("participant", a.roles.getOrDefault(RoleType.PARTICIPANT, 0));
            r.put("reports", corpus.reprints().reports(a.ordinals.raw(), a.ordinals.size()));
            out.add(r);
        }
        return out;
    }

    /** The name used most often, ties by alphabetical order. */
    static String preferredName(Map<String, Integer> names) {
        String best = null;
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            if (best == null || e.getValue() > names.get(best) || e.getValue().equals(names.get(best))
                    && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
            }
        }
        return best == null ? "" : best;
    }
}
