package no.samskap.tiltak;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.arrangor.KontaktpersonBruk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@SamskapIntegrationTest
class GjennomforingOppslagIT {

    @Autowired
    GjennomforingOppslag oppslag;

    @Autowired
    java.util.List<KontaktpersonBruk> kontaktpersonBruk;

    @Autowired
    JdbcClient jdbc;

    @Test
    void answersWhatImplementationsOfAnAgreementUse() {
        UUID avtaleId = UUID.randomUUID();
        UUID underenhet = UUID.randomUUID();
        UUID prismodell = UUID.randomUUID();
        UUID kontaktperson = UUID.randomUUID();
        UUID running = insert(avtaleId, underenhet, prismodell, LocalDate.of(2026, 3, 1), "GJENNOMFORES");
        insert(avtaleId, underenhet, prismodell, LocalDate.of(2026, 1, 1), "AVLYST");
        jdbc.sql("insert into tiltak.gjennomforing_nav_enhet (gjennomforing_id, enhetsnummer) values (:id, '0315')")
                .param("id", running)
                .update();
        jdbc.sql("""
                        insert into tiltak.gjennomforing_arrangor_kontaktperson (gjennomforing_id, kontaktperson_id)
                        values (:id, :k)""")
                .param("id", running)
                .param("k", kontaktperson)
                .update();

        assertThat(oppslag.harGjennomforingSomGjennomfores(avtaleId)).isTrue();
        assertThat(oppslag.tidligsteStartdato(avtaleId)).contains(LocalDate.of(2026, 3, 1));
        assertThat(oppslag.prismodellerIBruk(avtaleId)).containsExactly(prismodell);
        assertThat(oppslag.arrangorUnderenheterIBruk(avtaleId)).containsExactly(underenhet);
        assertThat(oppslag.navEnheterIBruk(avtaleId)).containsExactly("0315");
        assertThat(kontaktpersonBruk).anyMatch(b -> b.erIBruk(kontaktperson));
        assertThat(kontaktpersonBruk).noneMatch(b -> b.erIBruk(UUID.randomUUID()));
    }

    @Test
    void answersNothingForAnAgreementWithoutImplementations() {
        UUID avtaleId = UUID.randomUUID();
        assertThat(oppslag.harGjennomforingSomGjennomfores(avtaleId)).isFalse();
        assertThat(oppslag.tidligsteStartdato(avtaleId)).isEmpty();
        assertThat(oppslag.prismodellerIBruk(avtaleId)).isEmpty();
    }

    private UUID insert(UUID avtaleId, UUID underenhet, UUID prismodell, LocalDate start, String status) {
        UUID id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        insert into tiltak.gjennomforing (id, avtale_id, tiltakskode, navn, arrangor_id, startdato,
                               antall_plasser, oppstartstype, prismodell_id, status, version, created_at, updated_at)
                        values (:id, :avtaleId, 'OPPFOLGING', 'Test', :arrangor, :start, 10, 'LOPENDE', :prismodell,
                               :status, 0, :now, :now)""")
                .param("id", id)
                .param("avtaleId", avtaleId)
                .param("arrangor", underenhet)
                .param("start", start)
                .param("prismodell", prismodell)
                .param("status", status)
                .param("now", now)
                .update();
        return id;
    }
}
