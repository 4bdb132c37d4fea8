package org.summitcoverage.corpus;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Language identification with OpenNLP's language-detection model, loaded once per JVM. The model is
 * shared; {@link LanguageDetectorME} is not thread-safe, so each thread gets its own.
 */
public final class LanguageDetector {
    private static final String MODEL = "/langdetect-183.bin";
    /** About 90 words: plenty for the model, whose cost grows with the sample (it was 5 % of a whole analysis at 1,200). */
    private static final int SAMPLE_CHARS = 600;
    /** Below this many characters the statistical guess is unreliable; French function words decide. */
    private static final int SHORT_TEXT = 200;
    private static final Set<String> FRENCH_WORDS = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une",
            "un", "dans", "pour", "sur", "au", "aux", "qui", "que", "a", "ont", "par", "avec", "pays", "sommet");

    private final ThreadLocal<LanguageDetectorME> detector;

    private static final class Holder {
        static final LanguageDetector INSTANCE = new LanguageDetector();
    }

    public static LanguageDetector shared() {
        return Holder.INSTANCE;
    }

    private LanguageDetector() {
        LanguageDetectorModel model;
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException(MODEL + " not on the classpath: is opennlp-models-langdetect a dependency?");
            }
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /** ISO 639-3 code of the text's language (`fra`, `eng`, ...) and the model's confidence. */
    public record Guess(String language, double confidence) {
        public boolean isFrench() {
            return language.equals("fra");
        }
    }

    public Guess detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Language best = detector.get().predictLanguage(sample);
        Guess guess = new Guess(best.getLang(), best.getConfidence());
        if (sample.length() < SHORT_TEXT && !guess.isFrench() && frenchWordShare(sample) > 0.25) {
            return new Guess("fra", guess.confidence());
        }
        return guess;
    }

    private static double frenchWordShare(String s) {
        String[] words = s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        int n = 0;
        int fr = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                n++;
                if (FRENCH_WORDS.contains(w)) {
                    fr++;
                }
            }
        }
        return n == 0 ? 0 : (double) fr / n;
    }
}
