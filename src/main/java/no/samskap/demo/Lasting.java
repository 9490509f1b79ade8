package no.samskap.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.arrangor.ArrangorInfo;

/** The state of one loading run: what the earlier steps created, for the later steps to refer to, and the counts. */
final class Lasting {

    final LocalDate idag;
    private final Map<String, ArrangorInfo> arrangorer = new HashMap<>();
    private final Map<String, List<UUID>> kontaktpersoner = new HashMap<>();
    private final Map<String, UUID> avtaler = new HashMap<>();
    private final Map<String, UUID> gjennomforinger = new HashMap<>();
    int antallArrangorer;
    int antallKontaktpersoner;
    int antallAvtaler;
    int antallGjennomforinger;
    int antallDeltakelser;
    int antallEffektkontrakter;

    Lasting(LocalDate idag) {
        this.idag = idag;
    }

    void arrangor(ArrangorInfo arrangor) {
        arrangorer.put(arrangor.organisasjonsnummer(), arrangor);
    }

    ArrangorInfo arrangor(String organisasjonsnummer) {
        ArrangorInfo arrangor = arrangorer.get(organisasjonsnummer);
        if (arrangor == null) {
            throw new IllegalStateException("demo data refers to unknown provider " + organisasjonsnummer);
        }
        return arrangor;
    }

    void kontaktperson(String organisasjonsnummer, UUID id) {
        kontaktpersoner
                .computeIfAbsent(organisasjonsnummer, k -> new ArrayList<>())
                .add(id);
    }

    /** The contact persons this run added to the organisation, in the order they were added. */
    List<UUID> kontaktpersoner(String organisasjonsnummer) {
        return List.copyOf(kontaktpersoner.getOrDefault(organisasjonsnummer, List.of()));
    }

    void avtale(String nokkel, UUID id) {
        avtaler.put(nokkel, id);
    }

    UUID avtale(String nokkel) {
        UUID id = avtaler.get(nokkel);
        if (id == null) {
            throw new IllegalStateException("demo data refers to unknown agreement " + nokkel);
        }
        return id;
    }

    void gjennomforing(String navn, UUID id) {
        gjennomforinger.put(navn, id);
    }

    UUID gjennomforing(String navn) {
        UUID id = gjennomforinger.get(navn);
        if (id == null) {
            throw new IllegalStateException("demo data refers to unknown implementation " + navn);
        }
        return id;
    }

    DemoDataResultat resultat() {
        return new DemoDataResultat(antallArrangorer, antallKontaktpersoner, antallAvtaler, antallGjennomforinger,
                antallDeltakelser, antallEffektkontrakter);
    }
}
