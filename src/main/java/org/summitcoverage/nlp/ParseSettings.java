package org.summitcoverage.nlp;

/**
 * How a cue sentence is prepared for the parser: the speed levers of issue 19, each measured by `bench`.
 *
 * @param mwtWhereNeeded run CoreNLP's mwt (and the second tagger inside it) only as far as the sentence's
 *                       contractions need it ({@link Contractions}); the parse is the same
 * @param tagger         which part-of-speech tagger feeds the parser; OpenNLP's was measured no faster than
 *                       CoreNLP's on cue sentences and costs 0.004 role F1 (docs/speed-notes.md): off
 * @param clauseOnly     parse only the stretch of the sentence around its cues, between semicolons
 *                       (see {@code ParseScope}); same roles, but only ~1 % fewer words parsed: off by default
 * @param plusPlus       build CoreNLP's enhanced++ graph rather than the enhanced one; the extra steps of ++
 *                       (multi-word prepositions, quantificational modifiers, prepositions copied over
 *                       conjuncts) are the English grammar's and gave the same rows on every corpus we have,
 *                       for about a tenth of the parse's time: off by default
 * @param nameMargin     0: the name tagger reads every word of a sentence the gate selects; n > 0: only the
 *                       stretches of n words either side of the words the gate flags ({@link NameTaggingGate}),
 *                       {@link #NAME_MARGIN} by default
 */
public record ParseSettings(boolean mwtWhereNeeded, Tagger tagger, boolean clauseOnly, boolean plusPlus, int nameMargin) {
    /** CoreNLP's French UD tagger (the parser's training tagger), or Apache OpenNLP's French UD perceptron. */
    public enum Tagger { CORENLP, OPENNLP }

    /**
     * Words either side of an unknown capital that the name tagger reads by default: its features look five
     * words away, and at five a few labels changed on our corpora; from six on none did but two labels of realdev
     * (a false person and a misread acronym dropped). Eight keeps a margin; 10–13 % less CPU than whole sentences.
     */
    public static final int NAME_MARGIN = 8;

    /** What every command runs unless told otherwise. */
    public static final ParseSettings DEFAULT = new ParseSettings(true, Tagger.CORENLP, false, false, NAME_MARGIN);

    /** CoreNLP's own way, before issue 19: mwt with its tagger on every cue sentence, names tagged on whole sentences. */
    public static final ParseSettings ORIGINAL = new ParseSettings(false, Tagger.CORENLP, false, true, 0);

    /** The system property that sets them for a whole run, e.g. {@code -Dsummit.parse=tagger=opennlp,scope=clause}. */
    public static final String PROPERTY = "summit.parse";

    /** {@link #DEFAULT} changed by the {@link #PROPERTY} system property: keys `mwt` (needed|always), `tagger`, `scope`, `graph`. */
    public static ParseSettings configured() {
        return parse(System.getProperty(PROPERTY, ""));
    }

    /** Reads `key=value,key=value`; an unknown key or value fails loudly rather than silently measuring the default. */
    public static ParseSettings parse(String spec) {
        ParseSettings s = DEFAULT;
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.trim().split("=", 2);
            String v = kv.length < 2 ? "" : kv[1].trim().toLowerCase(java.util.Locale.ROOT);
            s = switch (kv[0].trim() + "=" + v) {
                case "mwt=needed" -> s.withMwtWhereNeeded(true);
                case "mwt=always" -> s.withMwtWhereNeeded(false);
                case "tagger=corenlp" -> s.withTagger(Tagger.CORENLP);
                case "tagger=opennlp" -> s.withTagger(Tagger.OPENNLP);
                case "scope=sentence" -> s.withClauseOnly(false);
                case "scope=clause" -> s.withClauseOnly(true);
                case "graph=enhanced" -> s.withPlusPlus(false);
                case "graph=enhanced++" -> s.withPlusPlus(true);
                case "ner=sentence" -> s.withNameMargin(0);
                default -> {
                    if (kv[0].trim().equals("ner") && v.matches("[1-9][0-9]?")) {
                        yield s.withNameMargin(Integer.parseInt(v));
                    }
                    throw new IllegalArgumentException("unknown parse setting '" + part + "' (mwt=needed|always, "
                            + "tagger=corenlp|opennlp, scope=sentence|clause, graph=enhanced|enhanced++, ner=sentence|1..99)");
                }
            };
        }
        return s;
    }

    public ParseSettings withTagger(Tagger t) {
        return new ParseSettings(mwtWhereNeeded, t, clauseOnly, plusPlus, nameMargin);
    }

    public ParseSettings withClauseOnly(boolean c) {
        return new ParseSettings(mwtWhereNeeded, tagger, c, plusPlus, nameMargin);
    }

    public ParseSettings withMwtWhereNeeded(boolean m) {
        return new ParseSettings(m, tagger, clauseOnly, plusPlus, nameMargin);
    }

    public ParseSettings withPlusPlus(boolean p) {
        return new ParseSettings(mwtWhereNeeded, tagger, clauseOnly, p, nameMargin);
    }

    public ParseSettings withNameMargin(int n) {
        return new ParseSettings(mwtWhereNeeded, tagger, clauseOnly, plusPlus, n);
    }

    /** A short name for tables: `mwt=needed tagger=corenlp scope=sentence graph=enhanced`. */
    public String label() {
        return "mwt=" + (mwtWhereNeeded ? "needed" : "always") + " tagger=" + tagger.name().toLowerCase(java.util.Locale.ROOT)
                + " scope=" + (clauseOnly ? "clause" : "sentence") + " graph=enhanced" + (plusPlus ? "++" : "")
                + " ner=" + (nameMargin == 0 ? "sentence" : String.valueOf(nameMargin));
    }
}
