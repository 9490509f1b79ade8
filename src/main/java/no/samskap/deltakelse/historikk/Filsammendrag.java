package no.samskap.deltakelse.historikk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies a file and sizes its progress bar: its SHA-256, its size and its number of lines (the last line may
 * lack its line break). Read in one streaming pass.
 */
record Filsammendrag(String sha256, long storrelse, long linjer) {

    static Filsammendrag av(Path fil) throws IOException {
        try (InputStream in = Files.newInputStream(fil)) {
            return les(in, null);
        }
    }

    /** Reads {@code in} to its end; every byte also goes to {@code kopi} when given. */
    static Filsammendrag les(InputStream in, java.io.@org.jspecify.annotations.Nullable OutputStream kopi)
            throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        byte[] buffer = new byte[1 << 16];
        long storrelse = 0;
        long linjeskift = 0;
        int siste = '\n';
        try (var digest = new DigestInputStream(in, sha)) {
            int n;
            while ((n = digest.read(buffer)) > 0) {
                if (kopi != null) {
                    kopi.write(buffer, 0, n);
                }
                storrelse += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        linjeskift++;
                    }
                }
                siste = buffer[n - 1];
            }
        }
        long linjer = linjeskift + (siste == '\n' ? 0 : 1);
        return new Filsammendrag(HexFormat.of().formatHex(sha.digest()), storrelse, linjer);
    }
}
