package no.samskap.demo;

/**
 * What one run of the demo data loader created. All zero when the data was already loaded (by an earlier start or by
 * another node).
 *
 * @param arrangorer providers registered (hovedenheter and underenheter)
 * @param kontaktpersoner the providers' contact persons added
 * @param avtaler agreements created
 * @param gjennomforinger implementations created
 * @param deltakelser enrolments created
 * @param effektkontrakter outcome contracts created
 */
public record DemoDataResultat(int arrangorer, int kontaktpersoner, int avtaler, int gjennomforinger, int deltakelser,
        int effektkontrakter) {

    static DemoDataResultat ingenting() {
        return new DemoDataResultat(0, 0, 0, 0, 0, 0);
    }

    /** True when this run loaded nothing. */
    public boolean erTom() {
        return arrangorer == 0 && kontaktpersoner == 0 && avtaler == 0 && gjennomforinger == 0 && deltakelser == 0
                && effektkontrakter == 0;
    }
}
