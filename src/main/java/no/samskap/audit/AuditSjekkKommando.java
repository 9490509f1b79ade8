package no.samskap.audit;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import no.samskap.platform.Kommando;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code bin/samskap audit-sjekk}: walks the whole audit chain and reports the first break. Exit code 0 when the
 * chain is intact, 1 on a break.
 */
@Component
class AuditSjekkKommando implements Kommando {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final AuditLog auditLog;
    private final MessageSource messages;

    AuditSjekkKommando(AuditLog auditLog, MessageSource messages) {
        this.auditLog = auditLog;
        this.messages = messages;
    }

    @Override
    public String navn() {
        return "audit-sjekk";
    }

    @Override
    public String beskrivelse() {
        return tekst("audit.kommando.beskrivelse");
    }

    @Override
    public int kjor(List<String> argumenter, PrintStream ut) {
        if (!argumenter.isEmpty()) {
            ut.println(tekst("audit.kommando.bruk"));
            return BRUK;
        }
        ut.println(tekst("audit.kommando.starter"));
        AuditVerifisering resultat = auditLog.verifiser();
        AuditVerifisering.BruttEntry brudd = resultat.forsteBrudd();
        if (brudd == null) {
            ut.println(tekst("audit.kommando.hel", resultat.kontrollert()));
            return OK;
        }
        ut.println(tekst("audit.kommando.brudd", brudd.sekvens(), brudd.id().toString(),
                tekst("audit.brudd." + brudd.aarsak()), resultat.kontrollert()));
        return FEIL;
    }

    private String tekst(String key, Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
