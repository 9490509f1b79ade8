package no.samskap.tilgang;

/**
 * A count another module shows beside one of the menu's entries, e.g. a counsellor's unread notifications. The layout
 * asks only when it renders a page (never for API calls), and shows nothing for 0.
 */
public interface Menyteller {

    /** The menu entry the count belongs to (its {@code href}). */
    String href();

    /** The count for this user. */
    long antall(Innlogget bruker);
}
