package no.samskap.tiltak;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Create an implementation under an AKTIV agreement, at one of its underenheter ({@code arrangorId}). */
public record CreateGjennomforing(@Nullable UUID avtaleId, @Nullable UUID arrangorId, GjennomforingInnhold innhold) {}
