package fr.opiconnector.reception;

/** A call's content cannot be stored as it is: names the field and says why, in French, for the caller. */
public class DonneeInvalideException extends RuntimeException {

    private final String champ;

    public DonneeInvalideException(String champ, String message) {
        super(message);
        this.champ = champ;
    }

    /** The field at fault, as named in the contract (codOpiIntEpo, dateNaiIndOpi, codVrsVet…). */
    public String champ() {
        return champ;
    }
}
