package fr.opiconnector.bench;

import fr.opiconnector.bench.OpiSynthetique.Nature;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The bench's stream of OPIs for one connection, the same for the same seed: new candidates (40 %), candidates sent
 * again unchanged (30 %), a wish going from F to D (20 %) and a wish withdrawn (10 %). Each connection has candidates of
 * its own, so that the nature of a call holds whatever the interleaving: connection n (up to 99) draws its codes in
 * P26 + n × 100,000 + 0…99,999, one after the other from a start drawn from the seed; beyond 100 connections the
 * ranges are shared again.
 */
public final class GenerateurOpi {

    /** Candidates remembered per connection for the calls that send one again; older ones are forgotten. */
    private static final int MEMOIRE = 20_000;
    private static final String[] NOMS = {"MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT",
        "DURAND", "LEFÈVRE", "MOREAU", "GARCÍA", "N'DIAYE", "LE GALL", "FRANÇOIS", "MÜLLER-ÉTIENNE"};
    private static final String[] PRENOMS = {"Élodie", "Inès", "Chloé", "Léa", "Zoé", "Maël", "Noé", "Théo", "Lucas",
        "Hugo", "Anaïs", "Jérôme", "Benoît", "Gaëlle"};
    private static final String[] COMMUNES = {"RENNES", "SAINT-MALO", "BREST", "GRENOBLE", "CHÂTEAUROUX"};
    private static final String[][] FORMATIONS = {
        {"DRO", "LDRO1", "LDR1"}, {"ECO", "LECO1", "LEC1"}, {"SCI", "LPHY1", "LPH1"}, {"SCI", "LMAT1", "LMA1"}};
    private static final String ALPHABET_BEA = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private final SplittableRandom hasard;
    private final int premierCode;
    private int suivant;
    private final List<OpiSynthetique> connus = new ArrayList<>();

    public GenerateurOpi(long graine, int connexion) {
        this.hasard = new SplittableRandom(graine * 1_000_003L + connexion);
        this.premierCode = (connexion % 100) * 100_000;
        this.suivant = hasard.nextInt(100_000);
    }

    public OpiSynthetique suivante() {
        return selon(hasard.nextInt(100));
    }

    /**
     * The next OPI of that nature only, for measuring one nature at a time: a known candidate sent again, changed or
     * cut, among up to 20 drawn; when none of them can take it (or none is known yet), a new candidate instead, which
     * the report counts as new.
     */
    public OpiSynthetique suivante(Nature nature) {
        int tirage = switch (nature) {
            case NOUVELLE -> 0;
            case INCHANGEE -> 40;
            case F_VERS_D -> 70;
            case VOEU_RETIRE -> 90;
        };
        for (int essai = 0; essai < 20; essai++) {
            OpiSynthetique opi = selon(tirage);
            if (opi.nature() == nature) {
                return opi;
            }
        }
        return retenir(nouvelle());
    }

    private OpiSynthetique selon(int tirage) {
        if (connus.isEmpty() || tirage < 40) {
            return retenir(nouvelle());
        }
        int indice = hasard.nextInt(connus.size());
        OpiSynthetique connue = connus.get(indice);
        if (tirage < 70) {
            return connue.avec(Nature.INCHANGEE, connue.voeux());
        }
        if (tirage < 90) {
            List<VoeuSynthetique> voeux = new ArrayList<>(connue.voeux());
            for (int i = 0; i < voeux.size(); i++) {
                if (voeux.get(i).codDecVeu().equals("F")) {
                    voeux.set(i, voeux.get(i).avecDecision("D"));
                    OpiSynthetique changee = connue.avec(Nature.F_VERS_D, voeux);
                    connus.set(indice, changee);
                    return changee;
                }
            }
        } else if (connue.voeux().size() > 1) {
            OpiSynthetique retiree = connue.avec(Nature.VOEU_RETIRE, connue.voeux().subList(0, connue.voeux().size() - 1));
            connus.set(indice, retiree);
            return retiree;
        }
        // Nothing left to change on that candidate: a new one instead.
        return retenir(nouvelle());
    }

    private OpiSynthetique retenir(OpiSynthetique opi) {
        if (connus.size() == MEMOIRE) {
            connus.set(hasard.nextInt(MEMOIRE), opi);
        } else {
            connus.add(opi);
        }
        return opi;
    }

    private OpiSynthetique nouvelle() {
        int code = premierCode + suivant;
        suivant = (suivant + 1) % 100_000;
        return nouvelle(String.format("P26%07d", code));
    }

    /** A new candidate with the given code, the rest drawn from this generator's stream. */
    public OpiSynthetique nouvelle(String code) {
        String nom = NOMS[hasard.nextInt(NOMS.length)];
        String prenom = PRENOMS[hasard.nextInt(PRENOMS.length)];
        String date = String.format("%02d%02d%04d", 1 + hasard.nextInt(28), 1 + hasard.nextInt(12), 2005 + hasard.nextInt(4));
        long numero = 1_000_000_000L + hasard.nextLong(8_999_999_999L);
        String ine = numero + String.valueOf(ALPHABET_BEA.charAt((int) (numero % 23)));
        int nombre = 1 + hasard.nextInt(3);
        List<VoeuSynthetique> voeux = new ArrayList<>();
        int depart = hasard.nextInt(FORMATIONS.length);
        for (int i = 0; i < nombre; i++) {
            String[] formation = FORMATIONS[(depart + i) % FORMATIONS.length];
            int decision = hasard.nextInt(10);
            String codDecVeu = decision < 6 ? "F" : decision < 8 ? "S" : "D";
            voeux.add(new VoeuSynthetique(formation[0], formation[1], 1, formation[2], 1, i + 1, codDecVeu,
                    codDecVeu.equals("S") ? String.valueOf(1 + hasard.nextInt(2)) : null,
                    codDecVeu.equals("S") ? "Remise à niveau méthodologie" : null));
        }
        String telephone = String.format("06%08d", hasard.nextInt(100_000_000));
        return new OpiSynthetique(Nature.NOUVELLE, code, ine, hasard.nextBoolean() ? "F" : "M", nom, prenom, date,
                "candidat." + code.toLowerCase() + "@example.org", telephone, hasard.nextBoolean() ? "G" : "T",
                "0350710G", COMMUNES[hasard.nextInt(COMMUNES.length)], voeux);
    }
}
