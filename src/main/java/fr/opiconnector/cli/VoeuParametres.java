package fr.opiconnector.cli;

import picocli.CommandLine.Parameters;

/** The wish a registration command acts on: OPI code and VET (the wish's own or the one offered for it). */
final class VoeuParametres {

    @Parameters(index = "0", paramLabel = "codOpiIntEpo", description = "The OPI code, e.g. P260000042.")
    String code;

    @Parameters(index = "1", paramLabel = "codEtp", description = "The étape of the VET, e.g. LDR1.")
    String codEtp;

    @Parameters(index = "2", paramLabel = "codVrsVet", description = "The version of the VET, e.g. 1.")
    Integer codVrsVet;

    @Override
    public String toString() {
        return code + " " + codEtp + "/" + codVrsVet;
    }
}
