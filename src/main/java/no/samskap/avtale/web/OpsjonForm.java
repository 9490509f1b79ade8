package no.samskap.avtale.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The register-option form on the detail page. */
public class OpsjonForm {

    private @Nullable Long version;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate nySluttdato;

    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public @Nullable LocalDate getNySluttdato() { return nySluttdato; }
    public void setNySluttdato(@Nullable LocalDate nySluttdato) { this.nySluttdato = nySluttdato; }
}
