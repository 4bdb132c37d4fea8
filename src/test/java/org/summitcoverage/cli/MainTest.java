package org.summitcoverage.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitcoverage.run.ExitCodes;
import org.summitcoverage.run.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exit codes a scheduler relies on and the help a user reads, for the cases that need no model. */
class MainTest {
    /** The options the README documents, per command: each must exist and be explained by `--help`. */
    private static final Map<String, List<String>> DOCUMENTED = Map.of(
            "analyze", List.of("--out", "--threads", "--quiet", "--max-bytes", "--since", "--until", "--compare",
                    "--incremental", "--fast", "--no-report"),
            "eval", List.of("--corpus", "--gold", "--errors", "--out", "--floors", "--ner-only", "--fast", "--threads"),
            "explain", List.of("--id"),
            "bench", List.of("--sample", "--sizes", "--threads", "--heap"));

    @TempDir
    Path tmp;

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, Main.execute("analyze", "corpus", "--out", tmp.toString(), "--threads", "0"));
        assertEquals(ExitCodes.USAGE, Main.execute("analyze", "--no-such-option"));
        assertEquals(ExitCodes.USAGE, Main.execute("analyze", "corpus"));
    }

    @Test
    void aMissingCorpusIsFatal() {
        assertEquals(ExitCodes.FATAL, Main.execute("analyze", tmp.resolve("nowhere").toString(), "--out",
                tmp.resolve("out").toString(), "--quiet"));
    }

    @Test
    void helpExplainsEveryOption() {
        CommandLine root = Main.commandLine();
        assertEquals(DOCUMENTED.keySet().stream().sorted().toList(),
                root.getSubcommands().keySet().stream().filter(c -> !c.equals("help")).sorted().toList());
        for (String command : DOCUMENTED.keySet()) {
            CommandLine cl = Main.commandLine();
            StringWriter out = new StringWriter();
            cl.setOut(new PrintWriter(out));
            assertEquals(ExitCodes.OK, cl.execute(command, "--help"), command + " --help");
            String help = oneLine(out.toString());
            assertTrue(help.startsWith("Usage: summit-coverage " + command), help);

            List<String> names = new ArrayList<>();
            for (OptionSpec option : cl.getSubcommands().get(command).getCommandSpec().options()) {
                names.addAll(Arrays.asList(option.names()));
                assertTrue(help.contains(option.longestName()), command + ": " + option.longestName() + " not in " + help);
                String description = String.join(" ", option.description());
                assertFalse(description.isBlank(), command + " " + option.longestName() + " has no description");
                String opening = firstWords(description, 3);
                assertTrue(help.contains(opening), command + " " + option.longestName() + ": '" + opening
                        + "' not in " + help);
            }
            assertTrue(names.containsAll(DOCUMENTED.get(command)), command + " lost a documented option: " + names);
            assertTrue(names.containsAll(List.of("--help", "--version")), command + ": " + names);
        }
    }

    @Test
    void versionIsThePomVersion() throws IOException {
        Matcher m = Pattern.compile("<artifactId>summit-coverage</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), "no project version in pom.xml");
        assertEquals(m.group(1), ToolVersion.current());
        List<List<String>> calls = new ArrayList<>(List.of(List.of("--version")));
        DOCUMENTED.keySet().forEach(command -> calls.add(List.of(command, "--version")));
        for (List<String> call : calls) {
            CommandLine cl = Main.commandLine();
            StringWriter out = new StringWriter();
            cl.setOut(new PrintWriter(out));
            assertEquals(ExitCodes.OK, cl.execute(call.toArray(String[]::new)), call.toString());
            assertEquals("summit-coverage " + m.group(1), out.toString().strip(), call.toString());
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** The first words of a description, before any picocli variable (which the help shows expanded). */
    private static String firstWords(String description, int n) {
        String plain = description.replaceAll("\\$\\{[^}]*}.*", "").strip();
        String[] words = plain.split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(n, words.length)));
    }
}
