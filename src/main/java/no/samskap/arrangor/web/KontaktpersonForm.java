package no.samskap.arrangor.web;

import java.util.List;
import java.util.Set;
import no.samskap.arrangor.KontaktpersonDetaljer;
import no.samskap.arrangor.KontaktpersonInfo.Ansvar;
import org.jspecify.annotations.Nullable;

/** The add and edit form of a contact person; {@code version} is hidden on edit. */
record KontaktpersonForm(
        @Nullable String navn,
        @Nullable String epost,
        @Nullable String telefon,
        @Nullable List<Ansvar> ansvar,
        @Nullable Long version) {

    static KontaktpersonForm tom() {
        return new KontaktpersonForm(null, null, null, null, null);
    }

    static KontaktpersonForm av(KontaktpersonDetaljer k) {
        return new KontaktpersonForm(
                k.navn(), k.epost(), k.telefon(), k.ansvar().stream().sorted().toList(), k.version());
    }

    @Nullable Set<Ansvar> ansvarSett() {
        return ansvar == null ? null : Set.copyOf(ansvar);
    }
}
