package org.summitcoverage.report;

import org.summitcoverage.link.EventLinker;
import org.summitcoverage.link.EventMention;
import org.summitcoverage.link.IntList;
import org.summitcoverage.link.MentionReader;
import org.summitcoverage.link.Place;
import org.summitcoverage.link.Reprints;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.Role;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One answer per meeting: events.csv (the meetings of the corpus, however the articles name them), event_roles.csv
 * (who signed, refused, chaired... each meeting, counted in reports and articles, with a contradiction named) and
 * event_articles.csv (which article's event is which meeting).
 *
 * <p>As articles are added it keeps their meetings ({@link EventMention}, read by {@link MentionReader}) and, per
 * article, each (event, role, entity) once, the strongest assertion of it: article position, role position,
 * confidence, four ints. The evidence sentence is not kept: the chosen one is fetched at the end through
 * {@link CorpusContext#evidence()}. Linking ({@link EventLinker}) and counting happen once the corpus is complete.
 */
public final class EventTables implements CorpusStep<EventTables> {
    private static final long serialVersionUID = 1L;
    public static final String EVENTS = "events";
    public static final String EVENT_ROLES = "event_roles";
    public static final String EVENT_ARTICLES = "event_articles";
    /** Roles that deny one another: some reports saying one and others the other is a conflict. */
    static final Map<RoleType, RoleType> OPPOSITE = Map.of(RoleType.SIGNATORY, RoleType.NON_SIGNATORY,
            RoleType.NON_SIGNATORY, RoleType.SIGNATORY);

    private int added;
    private final List<EventMention> mentions = new ArrayList<>();
    /** Per assertion: the mention of its event (-1: none), the article, the entity, role × 1000 + confidence × 100. */
    private final IntList assertionMention = new IntList();
    private final IntList assertionOrdinal = new IntList();
    private final IntList assertionEntity = new IntList();
    private final IntList assertionRole = new IntList();
    /** The assertion's position among its article's roles, to fetch its sentence. */
    private final IntList assertionIndex = new IntList();
    private final List<String> entityIds = new ArrayList<>();
    private final List<String> entityTypes = new ArrayList<>();
    private final List<Map<String, Integer>> entityNames = new ArrayList<>();
    private final Map<String, Integer> entityIndex = new HashMap<>();

    @Override
    public void add(ArticleAnalysis a) {
        int ordinal = added++;
        Map<String, Integer> local = new HashMap<>();
        for (EventMention m : MentionReader.shared().read(a, ordinal)) {
            local.put(m.localEventId(), mentions.size());
            mentions.add(m);
        }
        // the strongest assertion of each (event, role, entity) of the article: [role index, confidence]
        Map<String, int[]> strongest = new LinkedHashMap<>();
        List<Role> roles = a.roles();
        for (int k = 0; k < roles.size(); k++) {
            Role r = roles.get(k);
            int mention = local.getOrDefault(r.eventId(), -1);
            int confidence = (int) Math.round(r.confidence() * 100);
            int[] best = strongest.computeIfAbsent(mention + "|" + r.role() + "|" + r.entityId(), x -> new int[]{-1, -1});
            if (confidence > best[1]) {
                best[0] = k;
                best[1] = confidence;
            }
        }
        for (int[] best : strongest.values()) {
            Role r = roles.get(best[0]);
            assertionMention.add(local.getOrDefault(r.eventId(), -1));
            assertionOrdinal.add(ordinal);
            assertionEntity.add(entity(r.entityId(), r.type().name(), Map.of(r.canonicalName(), 1)));
            assertionRole.add(r.role().ordinal() * 1000 + best[1]);
            assertionIndex.add(best[0]);
        }
    }

    private int entity(String id, String type, Map<String, Integer> names) {
        Integer i = entityIndex.get(id);
        if (i == null) {
            i = entityIds.size();
            entityIndex.put(id, i);
            entityIds.add(id);
            entityTypes.add(type);
            entityNames.add(new HashMap<>());
        }
        Map<String, Integer> into = entityNames.get(i);
        names.forEach((n, c) -> {
            if (!n.isEmpty()) {
                into.merge(n, c, Integer::sum);
            }
        });
        return i;
    }

    @Override
    public void absorbLater(EventTables later) {
        int mentionOffset = mentions.size();
        for (EventMention m : later.mentions) {
            mentions.add(m.shifted(added));
        }
        int[] entityMap = new int[later.entityIds.size()];
        for (int i = 0; i < entityMap.length; i++) {
            entityMap[i] = entity(later.entityIds.get(i), later.entityTypes.get(i), later.entityNames.get(i));
        }
        for (int k = 0; k < later.assertionOrdinal.size(); k++) {
            int m = later.assertionMention.get(k);
            assertionMention.add(m < 0 ? -1 : m + mentionOffset);
            assertionOrdinal.add(later.assertionOrdinal.get(k) + added);
            assertionEntity.add(entityMap[later.assertionEntity.get(k)]);
            assertionRole.add(later.assertionRole.get(k));
            assertionIndex.add(later.assertionIndex.get(k));
        }
        added += later.added;
    }

    @Override
    public List<String> tableNames() {
        return List.of(EVENTS, EVENT_ROLES, EVENT_ARTICLES);
    }

    @Override
    public List<CorpusTable> tables(CorpusContext corpus) {
        Reprints reprints = corpus.reprints();
        EventLinker.Linked linked = EventLinker.link(mentions, reprints);
        List<Map<String, Object>> events = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        for (EventLinker.LinkedEvent e : linked.events()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("event_id", e.eventId());
            r.put("canonical_name", e.canonicalName());
            r.put("names", String.join(" | ", e.names()));
            Place p = e.place();
            r.put("place", p == null ? "" : p.name());
            r.put("country_code", p == null ? "" : p.countryCode());
            r.put("start_date", e.startDate());
            r.put("articles", e.articles());
            r.put("reports", e.reports());
            events.add(r);
            List<EventMention> members = new ArrayList<>();
            e.mentions().forEach(i -> members.add(mentions.get(i)));
            members.sort(Comparator.comparingInt(EventMention::ordinal).thenComparing(EventMention::localEventId));
            for (EventMention m : members) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("event_id", e.eventId());
                l.put("article_id", reprints.articleId(m.ordinal()));
                l.put("local_event_id", m.localEventId());
                l.put("local_name", m.localName());
                links.add(l);
            }
        }
        return List.of(new CorpusTable(EVENTS, Columns.EVENTS, events, EVENTS),
                new CorpusTable(EVENT_ROLES, Columns.EVENT_ROLES, eventRoles(linked, corpus), EVENT_ROLES),
                new CorpusTable(EVENT_ARTICLES, Columns.EVENT_ARTICLES, links, null));
    }

    /** What the corpus says of one (event, role, entity): its articles and its strongest assertion. */
    private static final class Support {
        final int event;
        final RoleType role;
        final int entity;
        final IntList ordinals = new IntList();
        int best = -1;
        int reports;
        int articles;

        Support(int event, RoleType role, int entity) {
            this.event = event;
            this.role = role;
            this.entity = entity;
        }
    }

    private List<Map<String, Object>> eventRoles(EventLinker.Linked linked, CorpusContext corpus) {
        Reprints reprints = corpus.reprints();
        long[] when = publishedDays(reprints);
        Map<String, Support> byKey = new HashMap<>();
        Map<String, Set<RoleType>> rolesOf = new HashMap<>();
        for (int k = 0; k < assertionOrdinal.size(); k++) {
            int m = assertionMention.get(k);
            int event = m < 0 ? -1 : linked.eventOf()[m];
            RoleType role = RoleType.values()[assertionRole.get(k) / 1000];
            int entity = assertionEntity.get(k);
            Support s = byKey.computeIfAbsent(event + "|" + role + "|" + entity, x -> new Support(event, role, entity));
            s.ordinals.add(assertionOrdinal.get(k));
            if (s.best < 0 || stronger(k, s.best, when)) {
                s.best = k;
            }
            if (event >= 0) {
                rolesOf.computeIfAbsent(event + "|" + entity, x -> new HashSet<>()).add(role);
            }
        }
        List<Support> rows = new ArrayList<>(byKey.values());
        for (Support s : rows) {
            s.reports = reprints.reports(s.ordinals.raw(), s.ordinals.size());
            s.articles = Reprints.distinct(s.ordinals.raw(), s.ordinals.size());
        }
        rows.sort(Comparator.comparingInt((Support s) -> s.event < 0 ? Integer.MAX_VALUE : s.event)
                .thenComparing(s -> s.role).thenComparingInt(s -> -s.reports).thenComparingInt(s -> -s.articles)
                .thenComparing(s -> entityIds.get(s.entity)));
        Set<RoleEvidence.RoleRef> wanted = new HashSet<>();
        for (Support s : rows) {
            wanted.add(ref(s.best, reprints));
        }
        Map<RoleEvidence.RoleRef, String> sentences = corpus.evidence().sentences(wanted);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Support s : rows) {
            int first = -1;
            for (int i = 0; i < s.ordinals.size(); i++) {
                int o = s.ordinals.get(i);
                if (when[o] != Long.MAX_VALUE && (first < 0 || when[o] < when[first])) {
                    first = o;
                }
            }
            RoleType opposite = OPPOSITE.get(s.role);
            boolean conflict = opposite != null && s.event >= 0
                    && rolesOf.getOrDefault(s.event + "|" + s.entity, Set.of()).contains(opposite);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("event_id", s.event < 0 ? "" : linked.events().get(s.event).eventId());
            r.put("role", s.role.name());
            r.put("entity_id", entityIds.get(s.entity));
            r.put("type", entityTypes.get(s.entity));
            r.put("canonical_name", CorpusRollup.preferredName(entityNames.get(s.entity)));
            r.put("reports", s.reports);
            r.put("articles", s.articles);
            r.put("first_published", first < 0 ? "" : reprints.published(first));
            RoleEvidence.RoleRef ref = ref(s.best, reprints);
            r.put("evidence_article_id", ref.articleId());
            r.put("evidence", sentences.getOrDefault(ref, ""));
            r.put("conflict", conflict ? opposite.name() : "");
            out.add(r);
        }
        return out;
    }

    /** The stronger of two assertions: higher confidence, then published earlier, then earlier in the input. */
    private boolean stronger(int k, int than, long[] when) {
        int c = Integer.compare(assertionRole.get(k) % 1000, assertionRole.get(than) % 1000);
        if (c != 0) {
            return c > 0;
        }
        long a = when[assertionOrdinal.get(k)];
        long b = when[assertionOrdinal.get(than)];
        return a != b ? a < b : assertionOrdinal.get(k) < assertionOrdinal.get(than);
    }

    private RoleEvidence.RoleRef ref(int assertion, Reprints reprints) {
        return new RoleEvidence.RoleRef(reprints.articleId(assertionOrdinal.get(assertion)), assertionIndex.get(assertion));
    }

    private static long[] publishedDays(Reprints reprints) {
        long[] when = new long[reprints.size()];
        for (int i = 0; i < when.length; i++) {
            when[i] = reprints.publishedDay(i);
        }
        return when;
    }
}
