package org.summitcoverage.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: `analyze`, `eval`, `explain`, `bench`. Exit codes are those of {@link org.summitcoverage.run.ExitCodes}. */
@Command(name = "summit-coverage", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Reads French news articles about international summits and writes who signed, refused, "
                + "chaired, hosted, led a delegation or took part, as CSV and JSON.",
        subcommands = {AnalyzeCommand.class, EvalCommand.class, ExplainCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The whole command line with its exit-code mapping, before it runs (tests read its help and options). */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
                ? org.summitcoverage.run.ExitCodes.USAGE : org.summitcoverage.run.ExitCodes.FATAL);
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: analyze, eval, explain or bench");
    }
}
