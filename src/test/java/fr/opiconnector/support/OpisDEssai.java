package fr.opiconnector.support;

import fr.opiconnector.reception.DonneesIndividu;
import fr.opiconnector.reception.DonneesNaissance;
import fr.opiconnector.reception.EtatCivil;
import fr.opiconnector.reception.Opi;
import fr.opiconnector.reception.VersionOpi;
import fr.opiconnector.reception.VoeuOpi;
import java.util.List;

/** Small OPIs built in code, for the fast tests of the model and the use cases. */
public final class OpisDEssai {

    private OpisDEssai() {
    }

    public static Opi opi(String code, VoeuOpi... voeux) {
        return new Opi(VersionOpi.V10, individu(code, "14072008"), List.of(voeux));
    }

    public static DonneesIndividu individu(String code, String dateNaissance) {
        return new DonneesIndividu(code, null,
                new EtatCivil(null, "F", "LEFÈVRE", null, "ÉLODIE", null, null),
                new DonneesNaissance(null, "100", null, dateNaissance, null, null, "N"),
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static VoeuOpi voeu(String cge, String etp, int version, String decision) {
        return new VoeuOpi(cge, etp, version, 1, decision, null, null, "C", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }
}
