package no.samskap.arrangor;

import java.util.UUID;

/**
 * Implemented by modules that link provider contact persons (agreements, implementations): a contact person that any
 * implementation reports as used cannot be deleted.
 */
public interface KontaktpersonBruk {

    boolean erIBruk(UUID kontaktpersonId);
}
