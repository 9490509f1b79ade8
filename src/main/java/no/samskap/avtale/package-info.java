/**
 * Agreements (avtaler) between NAV and a provider for a measure type: period, options, price models, the NAV units
 * served, administrators, and the derived status.
 *
 * <p>The status is never stored or posted: UTKAST without a provider, AVBRUTT once aborted (sticky), AVSLUTTET from the
 * day after the end date, otherwise AKTIV. A nightly job ({@code AvtaleAvslutningJob}, one node via
 * {@code platform.JobLock}) records each agreement that has ended as an AVSLUTTET entry in its history.
 *
 * <p>Access: TILTAKSADMIN reads and writes all agreements; ARRANGOR reads the agreements whose hovedenhet or an
 * underenhet is one of its organisations (others answer 404); every other role, VEILEDER included, gets 403 — counsellors
 * work from published implementations, not from agreements.
 *
 * <p>Ports it implements: {@code tiltak.AvtaleOppslag} (what an implementation needs of its agreement) and
 * {@code arrangor.KontaktpersonBruk} (a contact person linked to an agreement cannot be deleted). It asks
 * {@code tiltak.GjennomforingOppslag} about the implementations under an agreement.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "tilgang", "organisasjon", "arrangor", "tiltak"})
@org.jspecify.annotations.NullMarked
package no.samskap.avtale;
