package org.summitcoverage.link;

import org.summitcoverage.dict.RomanNumerals;
import org.summitcoverage.dict.DictEntry;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.Kind;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a meeting's name as what identifies the meeting: its kind (`sommet`, `conference`, `cop`...), the words
 * that say which one it is (folded, variants unified, organisations and countries as their ids), its place (a
 * city of the dictionaries) and its edition (`31e`, `XIXe`, `COP29`, `UNOC3`). `Sommet pour l'action sur l'IA`,
 * `AI Action Summit` and `Sommet de Paris pour l'action sur l'intelligence artificielle` give kind sommet and
 * words {action, ia}, the last with the place Paris.
 */
public final class EventNames {
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})(?:e|er|ere|eme|th|st|nd|rd)");
    /** Roman editions only in capitals (`XIXe`), as EventRecognizer reads them: `vie` is no sixth edition. */
    private static final Pattern ROMAN = Pattern.compile("(?<![\\p{L}\\d])([IVXLC]+)(?:e|er|ème|eme)(?![\\p{L}\\d])");
    private static final Pattern SERIES_NUMBER = Pattern.compile("([a-z]{2,})(\\d{1,3})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(Map.entry("premier", 1),
            Map.entry("premiere", 1), Map.entry("deuxieme", 2), Map.entry("second", 2), Map.entry("seconde", 2),
            Map.entry("troisieme", 3), Map.entry("quatrieme", 4), Map.entry("cinquieme", 5), Map.entry("sixieme", 6),
            Map.entry("septieme", 7), Map.entry("huitieme", 8), Map.entry("neuvieme", 9), Map.entry("dixieme", 10));

    /** What a name says about its meeting; {@code place} may be null and {@code edition} 0 (unknown). */
    public record EventName(String kind, TreeSet<String> words, Place place, int edition) {
        /** True when the name says which meeting it is, not only that there was one (`Sommet de deux jours`). */
        public boolean identifies() {
            return !words.isEmpty() || place != null || edition > 0;
        }
    }

    private final Dictionaries dict;
    private final EventWords words;

    EventNames(Dictionaries dict, EventWords words) {
        this.dict = dict;
        this.words = words;
    }

    public static EventNames shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final EventNames INSTANCE = new EventNames(Dictionaries.shared(), EventWords.shared());
    }

    /** The folded words of a text: apostrophe elisions are words of their own (`l'`, `ia`). */
    static List<String> tokens(String folded) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                w.append(c);
            } else if (c == '\'' && w.length() > 0) {
                w.append(c);
                out.add(w.toString());
                w.setLength(0);
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
    }

    public EventName read(String name) {
        List<String> t = tokens(TextFolding.fold(name));
        String kind = "";
        TreeSet<String> ws = new TreeSet<>();
        Place place = null;
        int edition = 0;
        java.util.Set<String> romans = new java.util.HashSet<>();
        Matcher rm = ROMAN.matcher(name);
        while (rm.find()) {
            String r = rm.group(1);
            // a lone L or C would read `Le` and `Ce` as the 50th and the 100th
            if (!r.equals("L") && !r.equals("C")) {
                edition = edition == 0 ? RomanNumerals.value(r) : edition;
                romans.add(TextFolding.fold(rm.group()));
            }
        }
        int i = 0;
        while (i < t.size()) {
            if (t.get(i).equals("cop") && i + 1 < t.size() && NUMBER.matcher(t.get(i + 1)).matches()) {
                // `COP 28`, `COP-28`
                kind = "cop";
                edition = edition == 0 ? Integer.parseInt(t.get(i + 1)) : edition;
                i += 2;
                continue;
            }
            int used = 0;
            for (int n = Math.min(t.size() - i, Math.max(words.longestForm(), dict.longestFormTokens())); n >= 1 && used == 0; n--) {
                String phrase = join(t, i, i + n);
                EventWords.Word w = words.lookup(phrase);
                if (w != null) {
                    switch (w.use()) {
                        case HEAD -> kind = kind.isEmpty() ? w.value() : kind;
                        case SAME -> ws.add(w.value());
                        case DROP -> { }
                    }
                    used = n;
                    continue;
                }
                DictEntry e = known(phrase);
                if (e != null) {
                    if (e.type() == EntityType.LOCATION && !e.countryCode().isEmpty()) {
                        place = place == null ? new Place(e.entityId(), e.countryCode(), e.canonicalName()) : place;
                    } else {
                        ws.add(e.entityId());
                    }
                    used = n;
                }
            }
            if (used > 0) {
                i += used;
                continue;
            }
            String tok = t.get(i);
            if (romans.contains(tok)) {
                i++;
                continue;
            }
            int ed = edition(tok);
            Matcher series = SERIES_NUMBER.matcher(tok);
            if (ed > 0) {
                edition = edition == 0 ? ed : edition;
            } else if (series.matches() && series.group(1).equals("cop")) {
                kind = "cop";
                edition = edition == 0 ? Integer.parseInt(series.group(2)) : edition;
            } else if (series.matches() && !YEAR.matcher(tok).matches()) {
                ws.add(series.group(1));
                edition = edition == 0 ? Integer.parseInt(series.group(2)) : edition;
            } else if (!tok.endsWith("'") && tok.length() > 1 && !NUMBER.matcher(tok).matches()
                    && !YEAR.matcher(tok).matches()) {
                ws.add(singular(tok));
            }
            i++;
        }
        return new EventName(kind, ws, place, edition);
    }

    /** A place, country or organisation of the dictionaries; a capital is its city, never its government here. */
    private DictEntry known(String phrase) {
        DictEntry best = null;
        for (DictEntry e : dict.lookup(phrase)) {
            if (e.kind() == Kind.DEMONYM || e.kind() == Kind.METONYM) {
                continue;
            }
            if (e.type() == EntityType.LOCATION) {
                return e;
            }
            if (best == null && (e.type() == EntityType.COUNTRY && e.kind() != Kind.CAPITAL
                    || e.type() == EntityType.ORGANIZATION)) {
                best = e;
            }
        }
        return best;
    }

    /** `31e`, `premier` (folded): the edition, else 0. */
    static int edition(String tok) {
        Matcher m = NUMBERED.matcher(tok);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        Integer word = ORDINAL_WORDS.get(tok);
        return word == null ? 0 : word;
    }

    /** `oceans` and `ocean`, `jeux` aside: plural and singular of a name word are one word. */
    private static String singular(String w) {
        return w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    static String join(List<String> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && !t.get(k - 1).endsWith("'")) {
                b.append(' ');
            }
            b.append(t.get(k));
        }
        return b.toString();
    }
}
