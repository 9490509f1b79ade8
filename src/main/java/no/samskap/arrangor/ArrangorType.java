package no.samskap.arrangor;

/** The two levels of the Brønnøysund register. */
public enum ArrangorType {
    HOVEDENHET,
    UNDERENHET
}
