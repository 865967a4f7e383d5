package fr.opiconnector.web.admin;

import fr.opiconnector.inscription.Canal;
import fr.opiconnector.inscription.Dossier;
import fr.opiconnector.inscription.DossierInscription;
import fr.opiconnector.inscription.DossierService;
import fr.opiconnector.inscription.InscriptionService;
import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.Calls;
import fr.opiconnector.journal.OpiRefuseeException;
import fr.opiconnector.reception.RechercheIndividus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registrar's pages (profile gestionnaire): the search, a dossier with its actions (record or cancel an IA, grant
 * or withdraw a laissez-passer, each confirmed first, the outcome shown on the dossier), and the IAs to cancel.
 */
final class PagesGestion {

    static final int CSV_MAX = 10_000;
    private static final List<String> FILTRES_A_ANNULER = List.of("raison", "vet", "code");

    private final DossierService dossiers;
    private final InscriptionService inscriptions;
    private final Calls appels;
    private final RechercheIndividus recherche;

    PagesGestion(DossierService dossiers, InscriptionService inscriptions, Calls appels, RechercheIndividus recherche) {
        this.dossiers = dossiers;
        this.inscriptions = inscriptions;
        this.appels = appels;
        this.recherche = recherche;
    }

    /** The one search box's results: who the text may mean, each a link to the dossier; or why there is none. */
    String chercher(String saisie, Barre barre) {
        String texte = saisie.strip();
        List<RechercheIndividus.Trouve> trouves = texte.isEmpty() ? List.of() : recherche.chercher(texte);
        String message = texte.isEmpty() ? "Saisissez un code OPI, un INE, un numéro d'étudiant, une date de naissance "
                + "(JJ/MM/AAAA) ou le début d'un nom." : trouves.isEmpty() ? "Aucun dossier ne correspond à « " + texte + " »."
                : null;
        return Gabarits.rendre("recherche.jte", AdminHandler.parametres("barre", barre, "saisie", texte, "message", message,
                "trouves", trouves, "max", RechercheIndividus.MAX));
    }

    /**
     * A dossier by OPI code, INE or student number (codEtuOpi): the dossier when one individual matches, the list of
     * OPI codes when several do (one per admission campaign).
     */
    String recherche(Map<String, String> parametres, Barre barre) {
        String ine = parametres.getOrDefault("ine", "").strip();
        String etu = parametres.getOrDefault("etu", "").strip();
        if (ine.isEmpty() && etu.isEmpty()) {
            return dossier(parametres.get("code"), barre, null);
        }
        Integer numero = null;
        if (ine.isEmpty()) {
            try {
                numero = Integer.valueOf(etu);
            } catch (NumberFormatException e) {
                return dossier(null, barre, "Le numéro d'étudiant est un nombre.");
            }
        }
        List<String> codes = inscriptions.codesPar(ine.isEmpty() ? null : ine, numero);
        String quoi = ine.isEmpty() ? "le numéro d'étudiant " + etu : "l'INE " + ine;
        if (codes.size() == 1) {
            return dossier(codes.get(0), barre, null);
        }
        if (codes.isEmpty()) {
            return dossier(null, barre, "Aucun individu enregistré n'a " + quoi + ".");
        }
        return Gabarits.rendre("dossier.jte", AdminHandler.parametres("barre", barre, "code", null, "message", null,
                "codes", codes, "quoi", quoi));
    }

    /** The dossier of that code: identity, wishes with their offer, IA and laissez-passer, history; or why none. */
    String dossier(String code, Barre barre, String message) {
        String cherche = code == null ? "" : code.strip();
        Optional<Dossier> trouve = cherche.isEmpty() ? Optional.empty() : dossiers.consulter(cherche);
        return Gabarits.rendre("dossier.jte", AdminHandler.parametres("barre", barre, "code", cherche.isEmpty() ? null : cherche,
                "message", message, "dossier", trouve.orElse(null), "inscription", trouve.map(Dossier::inscription).orElse(null)));
    }

    /** What a registrar's action will do, in words, asked before it is done. */
    static String question(String chemin, Map<String, String> champs) {
        String code = champs.getOrDefault("code", "");
        String vet = champs.getOrDefault("codEtp", "") + "/" + champs.getOrDefault("codVrsVet", "");
        String motif = champs.getOrDefault("motif", "").strip();
        return switch (chemin) {
            case "/admin/inscription" -> "Enregistrer une IA (état " + champs.getOrDefault("etat", "") + ") payée le "
                    + Affichage.date(champs.getOrDefault("datePaiement", "").strip()) + " sur " + vet + " pour le dossier "
                    + code + " ?";
            case "/admin/laissez-passer" -> ("accorder".equals(champs.get("action")) ? "Accorder" : "Retirer")
                    + " un laissez-passer sur " + vet + " pour le dossier " + code + " (motif : " + motif + ") ?";
            default -> "Annuler l'IA du dossier " + code + " sur " + vet + " (motif : " + motif + ") ?";
        };
    }

    /** The form again, every field kept, with the question and a button that confirms. */
    static String confirmation(String chemin, Map<String, String> champs, Barre barre) {
        Map<String, String> caches = new LinkedHashMap<>(champs);
        caches.remove("csrf");
        caches.put("confirme", "1");
        String retour = "/admin/ias-a-annuler".equals(chemin) ? "/admin/ias-a-annuler"
                : "/admin/dossier?code=" + java.net.URLEncoder.encode(champs.getOrDefault("code", ""),
                        java.nio.charset.StandardCharsets.UTF_8);
        return Gabarits.rendre("confirmation.jte", AdminHandler.parametres("barre", barre, "question",
                question(chemin, champs), "action", chemin, "champs", caches, "retour", retour));
    }

    /** Records a registrar's IA in the logged-in registrar's name. The answer is the message to show on the dossier. */
    String inscription(Map<String, String> champs, String login, String adresse) {
        VoeuVise voeu = VoeuVise.de(champs);
        Integer etat;
        try {
            etat = Integer.valueOf(champs.getOrDefault("etat", ""));
        } catch (NumberFormatException e) {
            etat = null;
        }
        if (voeu == null || etat == null) {
            return "Version de VET ou état invalide.";
        }
        try (Appel appel = appels.admettre("enregistrerInscription", adresse)) {
            DossierInscription.InscriptionEnregistree ia = inscriptions.enregistrer(voeu.code(), voeu.codEtp(),
                    voeu.codVrsVet(), etat, champs.getOrDefault("datePaiement", "").strip(), Canal.GESTIONNAIRE.code(),
                    login, appel);
            return "IA enregistrée sur " + voeu.vet() + (ia.inscription().surVoeuFerme()
                    ? " (IA gestionnaire sur un vœu fermé : elle est signalée sur le dossier)." : ".");
        } catch (OpiRefuseeException e) {
            return "Refusé (" + Affichage.faute(e.cle()) + ") : " + e.getMessage();
        }
    }

    /**
     * Grants or withdraws a laissez-passer, in the registrar's name (the author kept with it); the journal row has the
     * browser's address as caller. The answer is the message to show on the dossier.
     */
    String laissezPasser(Map<String, String> champs, String login, String adresse) {
        VoeuVise voeu = VoeuVise.de(champs);
        if (voeu == null) {
            return "Version de VET invalide.";
        }
        String motif = champs.getOrDefault("motif", "").strip();
        boolean accorder = "accorder".equals(champs.get("action"));
        try (Appel appel = appels.admettre(accorder ? "accorderLaissezPasser" : "retirerLaissezPasser", adresse)) {
            if (accorder) {
                inscriptions.accorderLaissezPasser(voeu.code(), voeu.codEtp(), voeu.codVrsVet(), motif, login, appel);
                return "Laissez-passer accordé sur " + voeu.vet() + ".";
            }
            inscriptions.retirerLaissezPasser(voeu.code(), voeu.codEtp(), voeu.codVrsVet(), motif, login, appel);
            return "Laissez-passer retiré sur " + voeu.vet() + ".";
        } catch (OpiRefuseeException e) {
            return "Refusé (" + Affichage.faute(e.cle()) + ") : " + e.getMessage();
        }
    }

    /**
     * Cancels an IA, from the list or the dossier, in the registrar's name (kept in the motif); the journal row has the
     * browser's address as caller. The answer is the message to show.
     */
    String annulerInscription(Map<String, String> champs, String login, String adresse) {
        VoeuVise voeu = VoeuVise.de(champs);
        if (voeu == null) {
            return "Version de VET invalide.";
        }
        String motif = champs.getOrDefault("motif", "").strip();
        if (motif.isEmpty()) {
            return "Le motif de l'annulation est obligatoire.";
        }
        try (Appel appel = appels.admettre("annulerInscription", adresse)) {
            inscriptions.annuler(voeu.code(), voeu.codEtp(), voeu.codVrsVet(), login + " : " + motif, appel);
            return "IA de " + voeu.code() + " sur " + voeu.vet() + " annulée.";
        } catch (OpiRefuseeException e) {
            return "Refusé (" + Affichage.faute(e.cle()) + ") : " + e.getMessage();
        }
    }

    /** The wish a registrar's action names: its OPI code and VET, read once from the form. */
    private record VoeuVise(String code, String codEtp, int codVrsVet) {

        /** The wish of the form's code, codEtp and codVrsVet; null when the version is not a number. */
        static VoeuVise de(Map<String, String> champs) {
            try {
                return new VoeuVise(champs.getOrDefault("code", ""), champs.getOrDefault("codEtp", ""),
                        Integer.parseInt(champs.getOrDefault("codVrsVet", "")));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        String vet() {
            return codEtp + "/" + codVrsVet;
        }
    }

    /** The IAs to cancel, filtered by reason, VET and OPI code: what the page and its CSV list. */
    private List<DossierInscription.InscriptionAAnnuler> aAnnuler(Map<String, String> p, String adresse)
            throws OpiRefuseeException {
        List<DossierInscription.InscriptionAAnnuler> toutes;
        try (Appel appel = appels.admettre("listerInscriptionsAAnnuler", adresse)) {
            toutes = inscriptions.aAnnuler(appel);
        }
        String raison = ListePaginee.texte(p.get("raison"));
        String vet = ListePaginee.texte(p.get("vet"));
        String code = ListePaginee.texte(p.get("code"));
        return toutes.stream().filter(ia -> raison == null || raison.equals(ia.raison()))
                .filter(ia -> vet == null || ia.vetVoeu().toString().startsWith(vet.toUpperCase(java.util.Locale.ROOT))
                        || ia.vetInscription().toString().startsWith(vet.toUpperCase(java.util.Locale.ROOT)))
                .filter(ia -> code == null || ia.codOpiIntEpo().equalsIgnoreCase(code)).toList();
    }

    /** The valid IAs a registrar must cancel by hand, and why, 50 a page; each with the form that cancels it. */
    String pageAAnnuler(Map<String, String> p, String adresse, Barre barre, String message) {
        List<DossierInscription.InscriptionAAnnuler> liste;
        try {
            liste = aAnnuler(p, adresse);
        } catch (OpiRefuseeException e) {
            return Gabarits.rendre("message.jte", AdminHandler.parametres("titre", "IA à annuler", "barre", barre,
                    "message", e.getMessage()));
        }
        int page = ListePaginee.page(p);
        int debut = Math.min(liste.size(), (page - 1) * ListePaginee.PAR_PAGE);
        Map<String, String> raisons = new LinkedHashMap<>();
        raisons.put("RETIRE", "vœu retiré de l'OPI");
        raisons.put("DEFAVORABLE", "vœu devenu défavorable");
        return Gabarits.rendre("ias-a-annuler.jte", AdminHandler.parametres("barre", barre, "message", message,
                "filtres", List.of(Champ.choix("Raison", "raison", p, raisons), Champ.texte("VET (début)", "vet", p),
                        Champ.texte("Code OPI", "code", p)),
                "pagination", ListePaginee.pagination("/admin/ias-a-annuler", p, FILTRES_A_ANNULER, page, liste.size()),
                "lignes", liste.subList(debut, Math.min(liste.size(), debut + ListePaginee.PAR_PAGE))));
    }

    /** The same selection as CSV. */
    String csvAAnnuler(Map<String, String> p, String adresse) {
        StringBuilder csv = new StringBuilder("cod_opi_int_epo;vet_voeu;vet_inscription;etat_inscription;date_paiement;"
                + "raison;depuis_le;couverte_par_laissez_passer\n");
        try {
            for (DossierInscription.InscriptionAAnnuler ia : aAnnuler(p, adresse)) {
                csv.append(ListePaginee.cellule(ia.codOpiIntEpo())).append(';').append(ia.vetVoeu()).append(';')
                        .append(ia.vetInscription()).append(';').append(ia.etat().code()).append(';')
                        .append(ia.datePaiement()).append(';').append(ia.raison()).append(';')
                        .append(ListePaginee.cellule(ia.depuisLe())).append(';').append(ia.couverteParLaissezPasser() ? "oui" : "non")
                        .append('\n');
            }
        } catch (OpiRefuseeException e) {
            throw new IllegalStateException("the IAs to cancel could not be read: " + e.cle(), e);
        }
        return csv.toString();
    }
}
