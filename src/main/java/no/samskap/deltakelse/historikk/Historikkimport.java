package no.samskap.deltakelse.historikk;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One run of a legacy file through the import, as stored: how far it got and what it found. No personal data.
 *
 * @param linjerBehandlet the last line of the file whose rows are committed (1 = only the header)
 * @param totaltLinjer the file's lines, header included
 * @param antallNye rows added to the history
 * @param antallFantes valid rows whose enrolment was already in the history (an earlier import, or the same file)
 * @param antallUgyldige rows not imported; each is listed with its line and reasons
 * @param kjorer whether a process is working on it right now (a stopped unfinished import continues when the same file
 *     is run again)
 */
public record Historikkimport(
        UUID id,
        String filnavn,
        String filSha256,
        long filStorrelse,
        long totaltLinjer,
        long linjerBehandlet,
        long antallNye,
        long antallFantes,
        long antallUgyldige,
        Status status,
        String startetAv,
        Instant startet,
        Instant oppdatert,
        @Nullable Instant fullfort,
        boolean kjorer) {

    /** Where an import is. */
    public enum Status {
        PAGAR,
        FULLFORT
    }

    public boolean ferdig() {
        return status == Status.FULLFORT;
    }

    /** Stopped before the end and nobody is working on it: running the same file again completes it. */
    public boolean stoppet() {
        return status == Status.PAGAR && !kjorer;
    }

    /** Whole per cent of the file's lines done (0–100). */
    public int prosent() {
        if (ferdig() || totaltLinjer <= 1) {
            return ferdig() ? 100 : 0;
        }
        return (int) Math.min(99, (linjerBehandlet - 1) * 100 / (totaltLinjer - 1));
    }

    /** Data lines done (the header not counted). */
    public long dataLinjerBehandlet() {
        return Math.max(0, linjerBehandlet - 1);
    }

    /** Data lines in the file (the header not counted). */
    public long dataLinjer() {
        return Math.max(0, totaltLinjer - 1);
    }
}
