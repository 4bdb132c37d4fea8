package org.summitcoverage.link;

import org.summitcoverage.dict.TextFolding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Links the meetings that different articles name differently into corpus-level events.
 *
 * <p>A mention joins an event when nothing they say disagrees and something agrees. Disagreement: another kind of
 * meeting (`sommet` / `forum` / `cop`); another edition (COP28 / COP29, 30e / 31e); names whose words are not one a
 * subset of the other (`sommet sur l'IA` fits `sommet pour l'action sur l'IA`, `AI Safety Summit` does not); places
 * that do not agree (two cities, or a city outside the country given); unless the same edition is written, articles
 * published more than {@link #MAX_DAYS_APART} days apart, or years written beside the names that share none. Agreement: a shared word, the
 * same place in the name, or the same edition: `Sommet de Paris` joins the Paris AI summit on the place, a bare
 * `Sommet des chefs d'État` joins nothing and stays an event of its own.
 *
 * <p>The most telling mentions are linked first (words, place, edition, dates), so that the events are shaped by
 * them and vaguer mentions then fall into place. A mention that fits several events joins the one that shares the
 * most with it (words, place, edition, a day or a year written beside the names) and none on a tie: then it stays
 * alone rather than risk the wrong event. A summit an article only describes (no named event) may join an event,
 * never found one. A mention is compared only with the events that share a word, a place or an edition with it
 * (an index on those), never with all of them.
 */
public final class EventLinker {
    /** Reports of one meeting are published within this many days of each other. */
    static final int MAX_DAYS_APART = 200;

    private EventLinker() {
    }

    /** A corpus-level event: its id and descriptive fields, and the mentions (indexes) that name it. */
    public record LinkedEvent(String eventId, String canonicalName, List<String> names, Place place,
                              String startDate, List<Integer> mentions, int articles, int reports,
                              int firstOrdinal) {
    }

    /** The events, most-reported first, and for each mention its event's index in that list (-1: none). */
    public record Linked(List<LinkedEvent> events, int[] eventOf) {
    }

    /** The state of one event while mentions join it. */
    private static final class Profile {
        final int number;
        String kind = "";
        final TreeSet<String> words = new TreeSet<>();
        final List<Place> places = new ArrayList<>();
        final List<Place> nearby = new ArrayList<>();
        int edition;
        long minPublished = Long.MAX_VALUE;
        long maxPublished = Long.MIN_VALUE;
        final Set<Integer> years = new TreeSet<>();
        final Set<Integer> dayMonths = new TreeSet<>();
        final List<Integer> members = new ArrayList<>();
        /** Nothing joins a generic or ambiguous mention's event. */
        boolean closed;

        Profile(int number) {
            this.number = number;
        }

        void absorb(EventMention m, int index) {
            members.add(index);
            kind = kind.isEmpty() ? m.kind() : kind;
            words.addAll(m.words());
            if (m.place() != null && !places.contains(m.place())) {
                places.add(m.place());
            }
            for (Place p : m.nearby()) {
                if (!nearby.contains(p)) {
                    nearby.add(p);
                }
            }
            edition = edition == 0 ? m.edition() : edition;
            if (m.published() != null) {
                minPublished = Math.min(minPublished, m.published());
                maxPublished = Math.max(maxPublished, m.published());
            }
            Arrays.stream(m.years()).forEach(years::add);
            Arrays.stream(m.dayMonths()).forEach(dayMonths::add);
        }
    }

    public static Linked link(List<EventMention> mentions, Reprints reprints) {
        List<Profile> events = new ArrayList<>();
        int[] eventOf = new int[mentions.size()];
        Arrays.fill(eventOf, -1);
        Map<String, List<Profile>> index = new HashMap<>();
        Integer[] order = new Integer[mentions.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> mentions.get(i).named() ? 0 : 1)
                .thenComparingInt(i -> -mentions.get(i).specificity())
                .thenComparingInt(i -> mentions.get(i).ordinal())
                .thenComparing(i -> mentions.get(i).localEventId()));
        for (int i : order) {
            EventMention m = mentions.get(i);
            Fit fit = m.identifies() ? bestFit(m, candidates(m, index)) : new Fit(null, false);
            Profile joined = fit.event();
            if (joined == null && m.named()) {
                joined = new Profile(events.size());
                // a generic name (`Sommet extraordinaire`) or one that fits several events is an event of its own
                joined.closed = !m.identifies() || fit.tie();
                events.add(joined);
            }
            if (joined == null) {
                continue;
            }
            joined.absorb(m, i);
            eventOf[i] = joined.number;
            if (!joined.closed) {
                indexUnder(joined, m, index);
            }
        }
        return describe(mentions, events, eventOf, reprints);
    }

    private record Fit(Profile event, boolean tie) {
    }

    /** The event a mention joins: the only one it fits, or the one it fits best; none when none fits or on a tie. */
    private static Fit bestFit(EventMention m, Set<Profile> candidates) {
        Profile best = null;
        int bestScore = -1;
        boolean tie = false;
        for (Profile e : candidates) {
            if (!fits(m, e)) {
                continue;
            }
            int s = score(m, e);
            if (s > bestScore) {
                best = e;
                bestScore = s;
                tie = false;
            } else if (s == bestScore) {
                tie = true;
            }
        }
        return tie ? new Fit(null, true) : new Fit(best, false);
    }

    static boolean fits(EventMention m, Profile e) {
        if (e.closed || !m.kind().isEmpty() && !e.kind.isEmpty() && !m.kind().equals(e.kind)) {
            return false;
        }
        if (m.edition() > 0 && e.edition > 0 && m.edition() != e.edition) {
            return false;
        }
        Set<String> w = new TreeSet<>(m.words());
        if (m.named() ? !(e.words.containsAll(w) || w.containsAll(e.words)) : !w.isEmpty() && !intersects(w, e.words)) {
            return false;
        }
        List<Place> mine = m.place() != null ? List.of(m.place()) : m.nearby();
        List<Place> theirs = !e.places.isEmpty() ? e.places : e.nearby;
        if (!mine.isEmpty() && !theirs.isEmpty() && !agree(mine, theirs)) {
            return false;
        }
        // an edition names one meeting whenever the article was written (`la COP28 avait promis...`, a year later)
        boolean sameEdition = m.edition() > 0 && m.edition() == e.edition;
        if (!sameEdition && m.published() != null && e.minPublished != Long.MAX_VALUE
                && (m.published() < e.minPublished - MAX_DAYS_APART || m.published() > e.maxPublished + MAX_DAYS_APART)) {
            return false;
        }
        if (!sameEdition && m.years().length > 0 && !e.years.isEmpty()
                && Arrays.stream(m.years()).noneMatch(e.years::contains)) {
            return false;
        }
        return sharesTopic(w, e.words) || m.place() != null && agree(List.of(m.place()), e.places)
                || m.edition() > 0 && m.edition() == e.edition || intersects(w, e.words) && sameTime(m, e);
    }

    /**
     * A shared word that is not a series name. An organisation or a country in a name (`G20`, `ONU`, `UA`) names a
     * series of meetings held every year: sharing it, two mentions are one meeting only if a place, an edition or
     * their time agrees too (`Assemblée générale de l'ONU` of two different years stays two events).
     */
    private static boolean sharesTopic(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x) && x.indexOf(':') < 0) {
                return true;
            }
        }
        return false;
    }

    /** Dates that agree: publication within {@link #MAX_DAYS_APART} days, or a day or a year written on both sides. */
    private static boolean sameTime(EventMention m, Profile e) {
        return m.published() != null && e.minPublished != Long.MAX_VALUE
                || Arrays.stream(m.years()).anyMatch(e.years::contains)
                || Arrays.stream(m.dayMonths()).anyMatch(e.dayMonths::contains);
    }

    /** What a mention shares with an event, to choose among events it fits. */
    private static int score(EventMention m, Profile e) {
        int s = 0;
        for (String w : m.words()) {
            s += e.words.contains(w) ? 1 : 0;
        }
        if (m.place() != null && agree(List.of(m.place()), e.places)) {
            s += 2;
        }
        if (!m.nearby().isEmpty() && agree(m.nearby(), e.nearby.isEmpty() ? e.places : e.nearby)) {
            s += 1;
        }
        if (m.edition() > 0 && m.edition() == e.edition) {
            s += 2;
        }
        if (Arrays.stream(m.dayMonths()).anyMatch(e.dayMonths::contains)) {
            s += 1;
        }
        if (Arrays.stream(m.years()).anyMatch(e.years::contains)) {
            s += 1;
        }
        return s;
    }

    private static boolean agree(List<Place> a, List<Place> b) {
        for (Place x : a) {
            for (Place y : b) {
                if (x.agreesWith(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** The events that share a word, the country of a place, or an edition with the mention. */
    private static Set<Profile> candidates(EventMention m, Map<String, List<Profile>> index) {
        Set<Profile> out = new LinkedHashSet<>();
        for (String key : keys(m)) {
            out.addAll(index.getOrDefault(key, List.of()));
        }
        return out;
    }

    private static void indexUnder(Profile e, EventMention m, Map<String, List<Profile>> index) {
        for (String key : keys(m)) {
            List<Profile> list = index.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(e)) {
                list.add(e);
            }
        }
    }

    private static List<String> keys(EventMention m) {
        List<String> keys = new ArrayList<>();
        for (String w : m.words()) {
            keys.add("w:" + w);
        }
        if (m.place() != null && !m.place().countryCode().isEmpty()) {
            keys.add("c:" + m.place().countryCode());
        }
        if (m.edition() > 0) {
            keys.add("e:" + m.edition());
        }
        return keys;
    }

    // ---------------------------------------------------------------- the events as the tables show them

    private static Linked describe(List<EventMention> mentions, List<Profile> profiles, int[] eventOf,
                                   Reprints reprints) {
        List<LinkedEvent> draft = new ArrayList<>();
        for (Profile p : profiles) {
            draft.add(describe(mentions, p, reprints));
        }
        // ids: the slug of the name; events that would share one all get their year and place to tell them apart,
        // then a number in input order if they still do
        Map<String, List<Integer>> bySlug = new TreeMap<>();
        for (int i = 0; i < draft.size(); i++) {
            bySlug.computeIfAbsent(TextFolding.slug(draft.get(i).canonicalName()), k -> new ArrayList<>()).add(i);
        }
        String[] ids = new String[draft.size()];
        Map<String, List<Integer>> byId = new TreeMap<>();
        for (Map.Entry<String, List<Integer>> e : bySlug.entrySet()) {
            for (int i : e.getValue()) {
                LinkedEvent d = draft.get(i);
                String qualifier = e.getValue().size() < 2 ? "" : TextFolding.slug(
                        (d.startDate().length() >= 4 ? d.startDate().substring(0, 4) : "") + " "
                                + (d.place() == null ? "" : d.place().name()));
                byId.computeIfAbsent("event:" + e.getKey() + (qualifier.isEmpty() ? "" : "-" + qualifier),
                        k -> new ArrayList<>()).add(i);
            }
        }
        Set<String> taken = new java.util.HashSet<>(byId.keySet());
        for (Map.Entry<String, List<Integer>> e : byId.entrySet()) {
            List<Integer> same = e.getValue();
            same.sort(Comparator.comparingInt(i -> draft.get(i).firstOrdinal()));
            ids[same.get(0)] = e.getKey();
            for (int k = 1, n = 2; k < same.size(); n++) {
                if (taken.add(e.getKey() + "-" + n)) {
                    ids[same.get(k++)] = e.getKey() + "-" + n;
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < draft.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -draft.get(i).reports())
                .thenComparingInt(i -> -draft.get(i).articles()).thenComparing(i -> ids[i]));
        int[] position = new int[draft.size()];
        List<LinkedEvent> events = new ArrayList<>();
        for (int i : order) {
            LinkedEvent d = draft.get(i);
            position[i] = events.size();
            events.add(new LinkedEvent(ids[i], d.canonicalName(), d.names(), d.place(), d.startDate(), d.mentions(),
                    d.articles(), d.reports(), d.firstOrdinal()));
        }
        int[] out = new int[eventOf.length];
        for (int m = 0; m < eventOf.length; m++) {
            out[m] = eventOf[m] < 0 ? -1 : position[eventOf[m]];
        }
        return new Linked(events, out);
    }

    private static LinkedEvent describe(List<EventMention> mentions, Profile p, Reprints reprints) {
        // per name: [articles using it, what it tells of the event, first article using it]
        Map<String, int[]> nameUse = new TreeMap<>();
        Map<String, EventMention> wordUse = new HashMap<>();
        Map<Place, Integer> placeUse = new HashMap<>();
        int[] ordinals = new int[p.members.size()];
        long start = Long.MAX_VALUE;
        int first = Integer.MAX_VALUE;
        for (int k = 0; k < p.members.size(); k++) {
            EventMention m = mentions.get(p.members.get(k));
            ordinals[k] = m.ordinal();
            first = Math.min(first, m.ordinal());
            if (m.named()) {
                int[] use = nameUse.computeIfAbsent(m.localName(), n -> new int[]{0, 0, m.ordinal()});
                use[0]++;
                use[2] = Math.min(use[2], m.ordinal());
                wordUse.computeIfAbsent(m.localName(), n -> m);
            }
            if (m.place() != null) {
                placeUse.merge(m.place(), 2, Integer::sum);
            }
            for (Place q : m.nearby()) {
                placeUse.merge(q, 1, Integer::sum);
            }
            for (long d : m.dates()) {
                start = Math.min(start, d);
            }
        }
        if (start == Long.MAX_VALUE && p.minPublished != Long.MAX_VALUE) {
            start = p.minPublished;
        }
        // a name tells of the event by the words other names share with it and by the organisations, countries
        // and places it names; a common word no other name has (a clause the recogniser took in, `... débute
        // aujourd'hui`) counts against it
        Map<String, Integer> wordNames = new HashMap<>();
        for (EventMention m : wordUse.values()) {
            m.words().forEach(w -> wordNames.merge(w, 1, Integer::sum));
        }
        for (Map.Entry<String, int[]> e : nameUse.entrySet()) {
            EventMention m = wordUse.get(e.getKey());
            int tells = (m.place() != null ? 1 : 0) + (m.edition() > 0 ? 1 : 0);
            for (String w : m.words()) {
                tells += wordNames.get(w) > 1 || wordUse.size() == 1 || w.indexOf(':') >= 0 ? 1 : -1;
            }
            // a name that does not say which meeting it is (`Sommet des chefs d'État`) comes after every other
            e.getValue()[1] = m.identifies() ? tells : Integer.MIN_VALUE / 2;
        }
        List<String> names = new ArrayList<>(nameUse.keySet());
        names.sort(Comparator.comparingInt((String n) -> -nameUse.get(n)[0]).thenComparing(Comparator.naturalOrder()));
        String canonical = nameUse.keySet().stream().min(Comparator.comparingInt((String n) -> -nameUse.get(n)[1])
                .thenComparingInt(n -> -nameUse.get(n)[0]).thenComparingInt(n -> nameUse.get(n)[2])
                .thenComparing(Comparator.naturalOrder())).orElse("");
        Place place = placeUse.entrySet().stream()
                .filter(e -> p.places.isEmpty() || p.places.contains(e.getKey()))
                .min(Comparator.comparingInt((Map.Entry<Place, Integer> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().id()))
                .map(Map.Entry::getKey).orElse(null);
        return new LinkedEvent("", canonical, names, place,
                start == Long.MAX_VALUE ? "" : LocalDate.ofEpochDay(start).toString(), List.copyOf(p.members),
                Reprints.distinct(ordinals, ordinals.length), reprints.reports(ordinals, ordinals.length), first);
    }
}
