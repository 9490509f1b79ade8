package no.samskap.deltakelse;

import java.util.UUID;

/**
 * The places of an implementation changed: how many are taken (VENTER_PA_OPPSTART or DELTAR) and how many wait.
 * Published in the writer's transaction after every change that can move either count, for in-process read models
 * such as the catalog (not externalised).
 */
public record PlasserEndret(UUID gjennomforingId, int antallPlasser, int opptatt, int venteliste) {

    public int ledige() {
        return Math.max(0, antallPlasser - opptatt);
    }
}
