package no.samskap.tiltak.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The small forms on the detail page (abort, reopen, publish, open/close): the version read, and what they ask. */
public class GjennomforingHandlingForm {

    private @Nullable Long version;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate sluttdato;

    private @Nullable String aarsak;

    static GjennomforingHandlingForm med(long version) {
        var form = new GjennomforingHandlingForm();
        form.version = version;
        return form;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }

    public @Nullable LocalDate getSluttdato() {
        return sluttdato;
    }

    public void setSluttdato(@Nullable LocalDate sluttdato) {
        this.sluttdato = sluttdato;
    }

    public @Nullable String getAarsak() {
        return aarsak;
    }

    public void setAarsak(@Nullable String aarsak) {
        this.aarsak = aarsak;
    }
}
