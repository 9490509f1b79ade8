package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Soft outcomes per scale: each participant's readings with the distance travelled between them, and the average
 * distance travelled (latest minus first reading) over participants with two readings or more, suppressed below five.
 */
public record MykeResultater(List<Skalaresultat> skalaer) {

    /**
     * One scale.
     *
     * @param deltakere the participants' readings (empty in aggregated views)
     * @param snittForflytningEgen the average distance travelled by the participants' own rating
     * @param snittForflytningVeileder the same by the worker's rating
     */
    public record Skalaresultat(
            String skala,
            String navn,
            List<Deltakerforflytning> deltakere,
            Prikket<BigDecimal> snittForflytningEgen,
            Prikket<BigDecimal> snittForflytningVeileder) {}

    /** One participant on one scale: readings in date order and the distance travelled from the first to the latest. */
    public record Deltakerforflytning(
            UUID deltakerId,
            String referanse,
            List<Avlesning> avlesninger,
            @Nullable Integer forflytningEgen,
            @Nullable Integer forflytningVeileder) {}

    /** One reading, with the change since the reading before. */
    public record Avlesning(
            LocalDate dato,
            int egenvurdering,
            @Nullable Integer veiledervurdering,
            @Nullable Integer endringEgen,
            @Nullable Integer endringVeileder) {}

    /** The same results without any participant: for aggregated views. */
    public MykeResultater aggregert() {
        return new MykeResultater(skalaer.stream()
                .map(s -> new Skalaresultat(s.skala(), s.navn(), List.of(), s.snittForflytningEgen(),
                        s.snittForflytningVeileder()))
                .toList());
    }
}
