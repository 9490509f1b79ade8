package no.samskap.arrangor;

import org.springframework.dao.DuplicateKeyException;

/** A provider with this organisasjonsnummer is already registered (API: 409; pages: the message beside the field). */
public class OrganisasjonsnummerFinnes extends DuplicateKeyException {

    public OrganisasjonsnummerFinnes() {
        super(ArrangorProblem.ORGANISASJONSNUMMER_FINNES.code());
    }
}
