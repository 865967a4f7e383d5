package fr.opiconnector.journal;

/** The fault keys the connector answers, in Apogée's dotted form. */
public final class ClesFaute {

    /** Prefix of an invalid or missing input: followed by the field name. */
    public static final String DONNEE_INVALIDE = "technical.parameter.noncoherentinput.";
    /** The request could not be read as a call of the contract (malformed XML, unknown operation, wrong types). */
    public static final String REQUETE_ILLISIBLE = DONNEE_INVALIDE + "requete";
    /** The operation element is in none of the accepted namespaces (the fault's message lists them). */
    public static final String ESPACE_DE_NOMS_INCONNU = DONNEE_INVALIDE + "espaceDeNoms";
    /** The database could not be reached: nothing was stored, the call may be sent again. */
    public static final String CONNEXION = "technical.data.transaction.connexion";
    /**
     * The connection to the database broke during the commit: the call may or may not be stored. Sending it again is
     * safe (the same call is recognised).
     */
    public static final String ISSUE_INCONNUE = "technical.data.transaction.issueInconnue";
    /** The database refused the write for another reason: nothing was stored. */
    public static final String ENREGISTREMENT = "technical.data.transaction.enregistrement";

    /** No OPI with this code, or a wrong birth date: the same answer, so that nobody can probe which OPIs exist. */
    public static final String DOSSIER_INTROUVABLE = "technical.data.nullretrieve.dossier";
    /** An INE or student number that several stored individuals carry: the OPI code is needed. */
    public static final String PLUSIEURS_DOSSIERS = "technical.data.noncoherent.plusieursDossiers";
    /** The OPI has no wish on this VET (neither the wish's own VET nor the VET offered for it). */
    public static final String VOEU_INTROUVABLE = "technical.data.nullretrieve.voeu";
    /** The wish has no IA to cancel. */
    public static final String INSCRIPTION_INTROUVABLE = "technical.data.nullretrieve.inscription";
    /** The wish has no active laissez-passer to withdraw. */
    public static final String LAISSEZ_PASSER_INTROUVABLE = "technical.data.nullretrieve.laissezPasser";
    /** The wish cannot be registered on now (D or withdrawn, without laissez-passer). */
    public static final String VOEU_NON_INSCRIPTIBLE = "technical.data.noncoherent.voeuNonInscriptible";
    /** The individual already has a valid principal registration on another wish. */
    public static final String INSCRIPTION_PRINCIPALE_EXISTANTE = "technical.data.noncoherent.inscriptionPrincipaleExistante";

    private ClesFaute() {
    }
}
