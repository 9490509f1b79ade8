package no.samskap.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samskap.audit.domain.AuditKjede.Brudd;
import org.junit.jupiter.api.Test;

class AuditKjedeTests {

    private static final Instant T = Instant.parse("2026-11-22T10:15:30.123456789Z");

    @Test
    void acceptsAnIntactChain() {
        var kjede = new AuditKjede();

        assertThat(kjede(3)).allSatisfy(e -> assertThat(kjede.kontroller(e)).isEmpty());
        assertThat(kjede.kontrollert()).isEqualTo(3);
    }

    @Test
    void cutsTheTimeToMicrosecondsAsPostgresqlStoresIt() {
        assertThat(kjede(1).getFirst().tidspunkt()).isEqualTo(Instant.parse("2026-11-22T10:15:30.123456Z"));
    }

    @Test
    void detectsAChangedField() {
        var entries = kjede(3);
        var b = entries.get(1);
        entries.set(1, new AuditEntry(b.id(), b.sekvens(), b.tidspunkt(), "en-annen", b.rolle(), b.handling(),
                b.ressursType(), b.ressursId(), b.personRef(), b.forrigeHash(), b.hash(), b.formaal()));

        assertThat(forsteBrudd(entries)).isEqualTo("2:" + Brudd.INNHOLD_ENDRET);
    }

    @Test
    void detectsAChangedEntryWhoseHashWasRecomputed() {
        var entries = kjede(3);
        var b = entries.get(1);
        var endret = new AuditEntry(b.id(), b.sekvens(), b.tidspunkt(), b.utfortAv(), b.rolle(), "SLETT",
                b.ressursType(), b.ressursId(), b.personRef(), b.forrigeHash(), "", b.formaal());
        entries.set(1, new AuditEntry(b.id(), b.sekvens(), b.tidspunkt(), b.utfortAv(), b.rolle(), "SLETT",
                b.ressursType(), b.ressursId(), b.personRef(), b.forrigeHash(), AuditHash.beregn(endret), b.formaal()));

        assertThat(forsteBrudd(entries)).isEqualTo("3:" + Brudd.FORRIGE_HASH_STEMMER_IKKE);
    }

    @Test
    void detectsARemovedEntry() {
        var entries = kjede(3);
        entries.remove(1);

        assertThat(forsteBrudd(entries)).isEqualTo("3:" + Brudd.SEKVENS_BRUTT);
    }

    @Test
    void distinguishesTextMovedBetweenFields() {
        var a = AuditEntry.ny(UUID.randomUUID(), 0, AuditEntry.START_HASH, T, "ab", "c", "LES", "x", "1", null, "KONTROLL");
        var b = new AuditEntry(a.id(), a.sekvens(), a.tidspunkt(), "a", "bc", "LES", "x", "1", null, a.forrigeHash(),
                "", "KONTROLL");

        assertThat(AuditHash.beregn(b)).isNotEqualTo(a.hash());
    }

    @Test
    void distinguishesMissingFromEmptyPersonRef() {
        var utenPerson = AuditEntry.ny(UUID.randomUUID(), 0, AuditEntry.START_HASH, T, "a", "b", "LES", "x", "1", null, "KONTROLL");
        var tom = new AuditEntry(utenPerson.id(), 1, utenPerson.tidspunkt(), "a", "b", "LES", "x", "1", "",
                utenPerson.forrigeHash(), "", "KONTROLL");

        assertThat(AuditHash.beregn(tom)).isNotEqualTo(utenPerson.hash());
    }

    @Test
    void acceptsAnEntryForManyPersonsWithItsPersons() {
        var forste = kjede(1).getFirst();
        var mange = forPersoner(UUID.randomUUID(), forste.sekvens(), forste.hash(), T, "kommando:ola",
                "TILTAKSADMIN", "OPPRETT", "historisk_deltakelse", "import-1", List.of("p2", "p1", "p3"), "IMPORT");
        var kjede = new AuditKjede();

        assertThat(kjede.kontroller(forste)).isEmpty();
        assertThat(kjede.kontroller(mange, List.of("p3", "p1", "p2"))).as("order does not matter").isEmpty();
        assertThat(mange.antallPersoner()).isEqualTo(3);
        assertThat(mange.personRef()).isNull();
    }

    @Test
    void detectsAPersonRemovedAddedOrChangedBesideAnEntry() {
        var mange = forPersoner(UUID.randomUUID(), 0, AuditEntry.START_HASH, T, "a", "TILTAKSADMIN",
                "OPPRETT", "historisk_deltakelse", "import-1", List.of("p1", "p2"), "IMPORT");

        assertThat(new AuditKjede().kontroller(mange, List.of("p1"))).contains(Brudd.PERSONER_ENDRET);
        assertThat(new AuditKjede().kontroller(mange, List.of("p1", "p2", "p3"))).contains(Brudd.PERSONER_ENDRET);
        assertThat(new AuditKjede().kontroller(mange, List.of("p1", "px"))).contains(Brudd.PERSONER_ENDRET);
        assertThat(new AuditKjede().kontroller(kjede(1).getFirst(), List.of("p1"))).contains(Brudd.PERSONER_ENDRET);
    }

    @Test
    void acceptsPersonsStoredInTheirGroupsAndDetectsOneInAnotherGroup() {
        List<String> personer = List.of("p1", "p2", "p3", "p4");
        var mange = forPersoner(UUID.randomUUID(), 0, AuditEntry.START_HASH, T, "a", "TILTAKSADMIN",
                "OPPRETT", "historisk_deltakelse", "import-1", personer, "IMPORT");
        var grupper = AuditHash.iGrupper(personer);
        var flyttet = new java.util.TreeMap<Integer, List<String>>();
        flyttet.put((AuditHash.gruppe("p1") + 1) % AuditHash.GRUPPER, List.of("p1"));
        grupper.forEach((g, p) -> {
            var uten = p.stream().filter(x -> !x.equals("p1")).toList();
            if (!uten.isEmpty()) {
                flyttet.merge(g, uten, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
            }
        });

        assertThat(new AuditKjede().kontroller(mange, grupper)).isEmpty();
        assertThat(new AuditKjede().kontroller(mange, flyttet)).as("p1 in a group a lookup would not read")
                .contains(Brudd.PERSONER_ENDRET);
    }

    @Test
    void spreadsPersonsOverTheGroupsByTheFirstByteOfTheirMd5() {
        // md5("p1") = ec6ef230f1828039ee794566b9c58adc; the same as SQL's get_byte(decode(md5('p1'), 'hex'), 0)
        assertThat(AuditHash.gruppe("p1")).isEqualTo(0xec);
        var brukt = new java.util.HashSet<Integer>();
        for (int i = 0; i < 10_000; i++) {
            brukt.add(AuditHash.gruppe(Integer.toString(i)));
        }
        assertThat(brukt).hasSize(AuditHash.GRUPPER);
    }

    @Test
    void detectsAChangedPersonCountOrPersonHash() {
        var m = forPersoner(UUID.randomUUID(), 0, AuditEntry.START_HASH, T, "a", "TILTAKSADMIN",
                "OPPRETT", "historisk_deltakelse", "import-1", List.of("p1", "p2"), "IMPORT");
        var endret = new AuditEntry(m.id(), m.sekvens(), m.tidspunkt(), m.utfortAv(), m.rolle(), m.handling(),
                m.ressursType(), m.ressursId(), m.personRef(), m.forrigeHash(), m.hash(), m.formaal(),
                AuditHash.personer(List.of("p1")), 1);

        assertThat(new AuditKjede().kontroller(endret, List.of("p1"))).contains(Brudd.INNHOLD_ENDRET);
    }

    @Test
    void hashesEntriesAboutOnePersonAsBeforeManyPersonEntriesExisted() {
        var e = kjede(1).getFirst();
        var utenNyeFelt = new AuditEntry(e.id(), e.sekvens(), e.tidspunkt(), e.utfortAv(), e.rolle(), e.handling(),
                e.ressursType(), e.ressursId(), e.personRef(), e.forrigeHash(), e.hash(), e.formaal(), null, null);

        assertThat(AuditHash.beregn(utenNyeFelt)).isEqualTo(e.hash());
    }

    private static List<AuditEntry> kjede(int antall) {
        List<AuditEntry> entries = new ArrayList<>();
        long sekvens = 0;
        String forrige = AuditEntry.START_HASH;
        for (int i = 0; i < antall; i++) {
            var e = AuditEntry.ny(UUID.randomUUID(), sekvens, forrige, T.plusSeconds(i), "Z990001", "VEILEDER",
                    "LES", "deltakelse", "d-" + i, "person-" + i, "OPPFOLGING");
            entries.add(e);
            sekvens = e.sekvens();
            forrige = e.hash();
        }
        return entries;
    }

    private static String forsteBrudd(List<AuditEntry> entries) {
        var kjede = new AuditKjede();
        for (AuditEntry e : entries) {
            var brudd = kjede.kontroller(e);
            if (brudd.isPresent()) {
                return e.sekvens() + ":" + brudd.get();
            }
        }
        return "intakt";
    }

    /** An entry for these persons, their references sorted and hashed as {@code AuditPersoner} does. */
    private static AuditEntry forPersoner(UUID id, long forrigeSekvens, String forrigeHash, Instant tidspunkt,
            String utfortAv, String rolle, String handling, String ressursType, String ressursId, List<String> personer,
            String formaal) {
        List<String> unike = AuditHash.sortert(personer);
        return AuditEntry.nyForPersoner(id, forrigeSekvens, forrigeHash, tidspunkt, utfortAv, rolle, handling,
                ressursType, ressursId, unike.size(), AuditHash.personer(unike), formaal);
    }
}
