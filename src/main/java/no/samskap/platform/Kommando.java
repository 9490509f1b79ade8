package no.samskap.platform;

import java.io.PrintStream;
import java.util.List;

/**
 * A command-line command of the application ({@code bin/samskap <navn> ...}): runs once in a context without a web
 * server and ends the JVM with its exit code. Modules contribute commands as beans; {@link Kommandolinje} picks the
 * one named on the command line.
 */
public interface Kommando {

    /** Done without remarks. */
    int OK = 0;
    /** Could not do what was asked (the output says why). */
    int FEIL = 1;
    /** Wrong use: unknown command, missing or extra arguments. */
    int BRUK = 2;

    /** The name on the command line, e.g. {@code audit-sjekk}. */
    String navn();

    /** One line for the list of commands, in bokmål. */
    String beskrivelse();

    /**
     * Runs the command.
     *
     * @param argumenter the arguments after the command's name, without Spring's {@code --name=value} options
     * @param ut where progress and the result go (standard output)
     * @return the exit code
     */
    int kjor(List<String> argumenter, PrintStream ut);
}
