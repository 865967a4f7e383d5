package fr.opiconnector.inscription;

import fr.opiconnector.reception.EtatCivil;
import fr.opiconnector.reception.Individu;
import fr.opiconnector.reception.IndividuRepository;
import fr.opiconnector.reception.Voeu;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OPIs received, as a registrar lists them: newest first reception, filtered by the date of that first reception,
 * by a wish (its decision or its withdrawal, its Oui-Si category, its VET — one wish must meet them all), by anomalies,
 * and by the state of the individual's IA; each row with the individual's wishes and IAs. One JPQL query with bound
 * parameters selects the page (the filters as EXISTS conditions), two more fetch the page's wishes and IAs.
 */
public final class ListeOpis {

    /** Filter on a wish: still in the OPI with that decision (F, S, D), or withdrawn from the OPI. */
    public enum DecisionVoeu {
        F,
        S,
        D,
        RETIRE
    }

    /** Filter on the Oui-Si category of a wish still in the OPI: present, or an Oui-Si that lacks it. */
    public enum OuiSi {
        AVEC_CATEGORIE,
        SANS_CATEGORIE
    }

    /** Where an individual stands: never an IA, a valid IA (at least one), or only cancelled IAs. */
    public enum EtatIa {
        SANS_IA,
        VALIDE,
        ANNULEE
    }

    /**
     * What to keep; a null member keeps everything. Dates: first reception at or after {@code depuis}, before
     * {@code avant}. Anomalies: true keeps the individuals flagged (on themselves or a wish still in the OPI), false
     * those not flagged. codEtp and codVrsVet: a wish on that VET, still in the OPI unless {@link DecisionVoeu#RETIRE}.
     */
    public record Filtre(Instant depuis, Instant avant, DecisionVoeu decision, OuiSi ouiSi, Boolean anomalies,
            String codEtp, Integer codVrsVet, EtatIa etatIa) {

        public static final Filtre AUCUN = new Filtre(null, null, null, null, null, null, null, null);

        boolean surUnVoeu() {
            return decision != null || ouiSi != null || codEtp != null || codVrsVet != null;
        }
    }

    /** One wish of a row: its VET, decision code, Oui-Si category, and whether it is still in the OPI. */
    public record LigneVoeu(Vet vet, String codDecVeu, String codCatOuiSi, boolean actif) {
    }

    /** One IA of a row: the VET registered on and its state. */
    public record LigneIa(Vet vet, EtatInscription etat) {
    }

    /**
     * One OPI: the individual, when it was first received, its wishes (withdrawn ones included, in their order), its
     * IAs, and the anomalies of the individual and of its wishes still in the OPI.
     */
    public record Ligne(String codOpiIntEpo, String nom, String prenom, String dateNaissance, Instant recueLe,
            List<LigneVoeu> voeux, List<LigneIa> inscriptions, List<String> anomalies) {

        public EtatIa etatIa() {
            if (inscriptions.isEmpty()) {
                return EtatIa.SANS_IA;
            }
            return inscriptions.stream().anyMatch(i -> i.etat() != EtatInscription.ANNULEE) ? EtatIa.VALIDE
                    : EtatIa.ANNULEE;
        }
    }

    /** The wishes and IAs of a page are read this many individuals at a time (a CSV may hold thousands). */
    private static final int LOT = 500;

    private final EntityManagerFactory emf;

    public ListeOpis(EntityManagerFactory emf) {
        this.emf = emf;
    }

    public long compter(Filtre filtre) {
        return emf.callInTransaction(em -> requete(em, "select count(i)", filtre, "", Long.class).getSingleResult());
    }

    /** The rows the filter keeps, newest first reception first, from position debut, at most nombre. */
    public List<Ligne> lignes(Filtre filtre, int debut, int nombre) {
        return emf.callInTransaction(em -> {
            List<Individu> individus = requete(em, "select i", filtre, " order by i.creeLe desc, i.id desc", Individu.class)
                    .setFirstResult(debut).setMaxResults(nombre).getResultList();
            List<Ligne> lignes = new ArrayList<>(individus.size());
            for (int i = 0; i < individus.size(); i += LOT) {
                lignes.addAll(lignes(em, individus.subList(i, Math.min(individus.size(), i + LOT))));
            }
            return lignes;
        });
    }

    private static List<Ligne> lignes(EntityManager em, List<Individu> individus) {
        if (individus.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Voeu>> voeux = new HashMap<>();
        new IndividuRepository(em).voeux(individus)
                .forEach(v -> voeux.computeIfAbsent(v.individu().id(), k -> new ArrayList<>()).add(v));
        Map<Long, List<LigneIa>> inscriptions = new HashMap<>();
        em.createQuery("select i from Inscription i where i.individuId in :ids order by i.id", Inscription.class)
                .setParameter("ids", individus.stream().map(Individu::id).toList()).getResultList()
                .forEach(i -> inscriptions.computeIfAbsent(i.individuId(), k -> new ArrayList<>())
                        .add(new LigneIa(i.vet(), i.etat())));
        List<Ligne> lignes = new ArrayList<>(individus.size());
        for (Individu individu : individus) {
            EtatCivil etatCivil = individu.donnees().etatCivil();
            List<Voeu> siens = voeux.getOrDefault(individu.id(), List.of());
            List<String> anomalies = new ArrayList<>(individu.anomalies());
            siens.stream().filter(Voeu::estActif).forEach(v -> anomalies.addAll(v.anomalies()));
            lignes.add(new Ligne(individu.codOpiIntEpo(), etatCivil == null ? null : etatCivil.libNomPatIndOpi(),
                    etatCivil == null ? null : etatCivil.libPr1IndOpi(),
                    individu.donnees().donneesNaissance() == null ? null
                            : individu.donnees().donneesNaissance().dateNaiIndOpi(),
                    individu.creeLe(),
                    siens.stream().map(v -> new LigneVoeu(Vet.de(v), v.donnees().codDecVeu(), v.donnees().codCatOuiSi(),
                            v.estActif())).toList(),
                    inscriptions.getOrDefault(individu.id(), List.of()), List.copyOf(anomalies)));
        }
        return lignes;
    }

    /** The query of that selection, every value a bound parameter. */
    private static <T> TypedQuery<T> requete(EntityManager em, String select, Filtre f, String ordre, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parametres = new LinkedHashMap<>();
        if (f.depuis() != null) {
            conditions.add("i.creeLe >= :depuis");
            parametres.put("depuis", f.depuis());
        }
        if (f.avant() != null) {
            conditions.add("i.creeLe < :avant");
            parametres.put("avant", f.avant());
        }
        if (f.surUnVoeu()) {
            conditions.add("exists (select v from Voeu v where v.individu = i and " + String.join(" and ",
                    conditionsDuVoeu(f, parametres)) + ")");
        }
        if (f.anomalies() != null) {
            String signalees = "(i.anomalies is not null or exists (select a from Voeu a where a.individu = i "
                    + "and a.etat = :actifAnomalie and a.anomalies is not null))";
            conditions.add(f.anomalies() ? signalees : "not " + signalees);
            parametres.put("actifAnomalie", Voeu.Etat.ACTIF);
        }
        if (f.etatIa() != null) {
            String valide = "exists (select 1 from Inscription n where n.individuId = i.id and n.etatInscription <> :annulee)";
            conditions.add(switch (f.etatIa()) {
                case SANS_IA -> "not exists (select 1 from Inscription n where n.individuId = i.id)";
                case VALIDE -> valide;
                case ANNULEE -> "exists (select 1 from Inscription n where n.individuId = i.id) and not " + valide;
            });
            if (f.etatIa() != EtatIa.SANS_IA) {
                parametres.put("annulee", EtatInscription.ANNULEE.code());
            }
        }
        TypedQuery<T> requete = em.createQuery(select + " from Individu i"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + ordre, type);
        parametres.forEach(requete::setParameter);
        return requete;
    }

    private static List<String> conditionsDuVoeu(Filtre f, Map<String, Object> parametres) {
        List<String> conditions = new ArrayList<>();
        conditions.add("v.etat = :etatVoeu");
        parametres.put("etatVoeu", f.decision() == DecisionVoeu.RETIRE ? Voeu.Etat.RETIRE : Voeu.Etat.ACTIF);
        if (f.decision() != null && f.decision() != DecisionVoeu.RETIRE) {
            conditions.add("v.codDecVeu = :decision");
            parametres.put("decision", f.decision().name());
        }
        if (f.ouiSi() == OuiSi.AVEC_CATEGORIE) {
            conditions.add("v.codCatOuiSi is not null");
        } else if (f.ouiSi() == OuiSi.SANS_CATEGORIE) {
            conditions.add("v.codDecVeu = :ouiSi and v.codCatOuiSi is null");
            parametres.put("ouiSi", DecisionVoeu.S.name());
        }
        if (f.codEtp() != null) {
            conditions.add("v.codEtp = :codEtp");
            parametres.put("codEtp", f.codEtp());
        }
        if (f.codVrsVet() != null) {
            conditions.add("v.codVrsVet = :codVrsVet");
            parametres.put("codVrsVet", f.codVrsVet());
        }
        return conditions;
    }
}
