package fr.opiconnector.service;

/** Who called which operation, and when the call started (for the journal's duration). */
public record Appel(String operation, String adresseAppelant, long debutNanos) {

    public int dureeMs() {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - debutNanos) / 1_000_000);
    }
}
