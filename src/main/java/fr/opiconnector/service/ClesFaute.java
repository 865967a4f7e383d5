package fr.opiconnector.service;

/** The fault keys the connector answers, in Apogée's dotted form. */
public final class ClesFaute {

    /** Prefix of an invalid or missing input: followed by the field name. */
    public static final String DONNEE_INVALIDE = "technical.parameter.noncoherentinput.";
    /** The request could not be read as a call of the contract (malformed XML, unknown operation, wrong types). */
    public static final String REQUETE_ILLISIBLE = DONNEE_INVALIDE + "requete";
    /** The database could not be reached: nothing was stored, the call may be sent again. */
    public static final String CONNEXION = "technical.data.transaction.connexion";
    /** The database refused the write for another reason: nothing was stored. */
    public static final String ENREGISTREMENT = "technical.data.transaction.enregistrement";

    private ClesFaute() {
    }
}
