package fr.opiconnector.web.admin;

import static fr.opiconnector.web.admin.Html.e;

import fr.opiconnector.inscription.Canal;
import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.Calls;
import fr.opiconnector.reception.RechercheIndividus;
import fr.opiconnector.inscription.Dossier;
import fr.opiconnector.inscription.DossierInscription;
import fr.opiconnector.inscription.DossierService;
import fr.opiconnector.inscription.InscriptionService;
import fr.opiconnector.journal.OpiRefuseeException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registrar's pages (profile gestionnaire): a dossier by OPI code with its laissez-passer, the IAs to cancel. */
final class PagesGestion {

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
    String chercher(String saisie) {
        if (saisie.isBlank()) {
            return "<p id=\"message\">Saisissez un code OPI, un INE, un numéro d'étudiant, une date de naissance "
                    + "(JJ/MM/AAAA) ou le début d'un nom.</p>";
        }
        List<RechercheIndividus.Trouve> trouves = recherche.chercher(saisie);
        if (trouves.isEmpty()) {
            return "<p id=\"message\">Aucun dossier ne correspond à « " + e(saisie.strip()) + " ».</p>";
        }
        StringBuilder corps = new StringBuilder("<p>").append(trouves.size()).append(trouves.size() == 1 ? " dossier" : " dossiers")
                .append(trouves.size() == RechercheIndividus.MAX ? " (les " + RechercheIndividus.MAX + " premiers : précisez)" : "")
                .append(" pour « ").append(e(saisie.strip())).append(" » :</p><table id=\"resultats\"><tr><th>Code OPI</th>"
                        + "<th>Nom</th><th>Prénom</th><th>Né(e) le</th><th>INE</th><th>N° d'étudiant</th></tr>");
        for (RechercheIndividus.Trouve t : trouves) {
            corps.append("<tr><td><a href=\"/admin/dossier?code=").append(e(t.codOpiIntEpo())).append("\">")
                    .append(e(t.codOpiIntEpo())).append("</a></td><td>").append(e(t.nom())).append("</td><td>")
                    .append(e(t.prenom())).append("</td><td>").append(Affichage.date(t.dateNaissance())).append("</td><td>")
                    .append(e(t.ine())).append("</td><td>").append(e(t.codEtu())).append("</td></tr>");
        }
        return corps.append("</table>").toString();
    }

    /**
     * The search by OPI code, INE or student number (codEtuOpi): the dossier when one individual matches, the list of
     * OPI codes when several do (one per admission campaign).
     */
    String recherche(Map<String, String> parametres, AdminSessions.SessionAdmin s) {
        String ine = parametres.getOrDefault("ine", "").strip();
        String etu = parametres.getOrDefault("etu", "").strip();
        if (ine.isEmpty() && etu.isEmpty()) {
            return dossier(parametres.get("code"), s, null);
        }
        Integer numero = null;
        if (ine.isEmpty()) {
            try {
                numero = Integer.valueOf(etu);
            } catch (NumberFormatException e) {
                return dossier(null, s, "Le numéro d'étudiant est un nombre.");
            }
        }
        List<String> codes = inscriptions.codesPar(ine.isEmpty() ? null : ine, numero);
        String quoi = ine.isEmpty() ? "le numéro d'étudiant " + etu : "l'INE " + ine;
        if (codes.size() == 1) {
            return dossier(codes.get(0), s, null);
        }
        if (codes.isEmpty()) {
            return dossier(null, s, "Aucun individu enregistré n'a " + quoi + ".");
        }
        StringBuilder liste = new StringBuilder("<p>").append(codes.size()).append(" dossiers (un par campagne d'admission) "
                + "pour ").append(e(quoi)).append(" :</p><ul id=\"dossiers\">");
        codes.forEach(code -> liste.append("<li><a href=\"/admin/dossier?code=").append(e(code)).append("\">")
                .append(e(code)).append("</a></li>"));
        return dossier(null, s, null) + liste.append("</ul>");
    }

    /** The search form and, for a code, the dossier: identity, wishes with their offer, IA and laissez-passer, history. */
    String dossier(String code, AdminSessions.SessionAdmin s, String message) {
        StringBuilder corps = new StringBuilder("<form method=\"get\" action=\"/admin/dossier\"><label>Code OPI "
                + "<input name=\"code\" value=\"" + e(code) + "\" pattern=\"[A-Za-z0-9]{1,10}\" required></label> "
                + "<button type=\"submit\">Rechercher</button></form>"
                + "<form method=\"get\" action=\"/admin/dossier\"><label>INE <input name=\"ine\" maxlength=\"11\"></label> "
                + "<label>ou n° d'étudiant <input name=\"etu\" inputmode=\"numeric\" pattern=\"[0-9]{1,10}\"></label> "
                + "<button type=\"submit\">Rechercher</button></form>");
        if (message != null) {
            corps.append("<p id=\"message\">").append(e(message)).append("</p>");
        }
        if (code == null || code.isBlank()) {
            return corps.toString();
        }
        Optional<Dossier> trouve = dossiers.consulter(code.strip());
        if (trouve.isEmpty()) {
            return corps.append("<p class=\"ko\">Aucune OPI de code ").append(e(code)).append(".</p>").toString();
        }
        Dossier dossier = trouve.get();
        DossierInscription inscription = dossier.inscription();
        if (inscription == null) {
            return corps.append(appelsRefuses(code.strip(), dossier.journal())).toString();
        }
        corps.append("<section><h2>Individu</h2><table id=\"identite\"><tr><th>Code OPI</th><td>")
                .append(e(inscription.codOpiIntEpo())).append("</td></tr><tr><th>INE</th><td>").append(e(inscription.ine()))
                .append("</td></tr><tr><th>Nom</th><td>").append(e(inscription.nomPatronymique()))
                .append(inscription.nomUsuel() == null ? "" : " (usage : " + e(inscription.nomUsuel()) + ")")
                .append("</td></tr><tr><th>Prénoms</th><td>").append(e(inscription.prenom1()))
                .append(inscription.prenom2() == null ? "" : " " + e(inscription.prenom2()))
                .append("</td></tr><tr><th>Né(e) le</th><td>").append(Affichage.date(inscription.dateNaissance()))
                .append("</td></tr><tr><th>Anomalies</th><td>").append(e(String.join(", ", inscription.anomalies())))
                .append("</td></tr></table></section>");
        corps.append("<section><h2>Vœux</h2><table id=\"voeux\"><tr><th>VET</th><th>Décision</th><th>État</th>"
                + "<th>Offre</th><th>IA</th><th>Laissez-passer</th></tr>");
        for (DossierInscription.VoeuInscription voeu : inscription.voeux()) {
            String vet = voeu.donnees().codEtp() + "/" + voeu.donnees().codVrsVet();
            DossierInscription.LaissezPasserVue lp = voeu.laissezPasser();
            boolean actif = lp != null && lp.actif();
            corps.append("<tr><td>").append(e(vet)).append("</td><td>").append(Affichage.decision(voeu.donnees().codDecVeu()))
                    .append("</td><td>").append(e(voeu.etatVoeu())).append("</td><td>")
                    .append(e(voeu.offre().motif().libelle()))
                    .append(voeu.offre().anomalies().isEmpty() ? ""
                            : "<br><span class=\"anomalies\">Anomalies : "
                                    + e(String.join(", ", voeu.offre().anomalies())) + "</span>")
                    .append("</td><td>")
                    .append(voeu.inscription() == null ? "" : e(voeu.inscription().vet() + " : "
                            + voeu.inscription().etat().libelle()))
                    .append(voeu.inscription() != null && voeu.inscription().surVoeuFerme()
                            ? "<br><span class=\"anomalies\">IA gestionnaire (" + e(voeu.inscription().auteur())
                                    + ") sur un vœu fermé</span>" : "")
                    .append(voeu.inscription() == null || voeu.inscription().etat().code() == 3
                            ? formulaireInscription(inscription.codOpiIntEpo(), voeu, s) : "")
                    .append("</td><td>")
                    .append(actif ? "accordé par " + e(lp.auteur()) + " (" + e(lp.motif()) + ")" : "")
                    .append(formulaireLaissezPasser(inscription.codOpiIntEpo(), voeu, actif, s)).append("</td></tr>");
        }
        corps.append("</table>").append(formulaireLaissezPasserHorsVoeu(inscription.codOpiIntEpo(), s)).append("</section>");
        if (!inscription.laissezPasserHorsVoeux().isEmpty()) {
            corps.append("<section><h2>Laissez-passer sur une VET sans vœu</h2><table id=\"laissez-passer-hors-voeux\">"
                    + "<tr><th>VET</th><th>Accordé par</th><th>Motif</th><th>État</th><th>Anomalies</th></tr>");
            for (DossierInscription.LaissezPasserVue lp : inscription.laissezPasserHorsVoeux()) {
                corps.append("<tr><td>").append(e(lp.vetVoeu())).append("</td><td>").append(e(lp.auteur()))
                        .append("</td><td>").append(e(lp.motif())).append("</td><td>")
                        .append(lp.actif() ? "actif" : "retiré").append("</td><td>")
                        .append(e(String.join(", ", lp.anomalies()))).append("</td></tr>");
            }
            corps.append("</table></section>");
        }
        corps.append("<section><h2>Historique</h2><table id=\"historique\"><tr><th>Le</th>"
                + "<th>Événement</th><th>Vœu</th><th>Champ</th><th>Avant</th><th>Après</th></tr>");
        for (Dossier.LigneHistorique ligne : dossier.historique()) {
            corps.append("<tr><td>").append(Affichage.heure(ligne.horodatage())).append("</td><td>")
                    .append(Affichage.evenement(ligne.evenement()))
                    .append("</td><td>").append(e(ligne.voeu())).append("</td><td>").append(e(ligne.champ()))
                    .append("</td><td>").append(e(ligne.ancienneValeur())).append("</td><td>")
                    .append(e(ligne.nouvelleValeur())).append("</td></tr>");
        }
        return corps.append("</table></section>").toString();
    }

    /** A code that was sent but never stored: every call for it was refused; the calls, with their fault keys. */
    private static String appelsRefuses(String code, List<Dossier.LigneJournal> journal) {
        StringBuilder corps = new StringBuilder("<p class=\"ko\">Aucune OPI enregistrée pour le code ").append(e(code))
                .append(" : ").append(journal.size()).append(" appel(s) reçu(s), aucun n'a été enregistré.</p>")
                .append("<table id=\"appels\"><tr><th>Reçu le</th><th>Opération</th><th>Résultat</th>"
                        + "<th>Clé de faute</th></tr>");
        for (Dossier.LigneJournal ligne : journal) {
            corps.append("<tr><td>").append(Affichage.heure(ligne.recuLe())).append("</td><td>").append(e(ligne.operation()))
                    .append("</td><td>").append(Affichage.resultat(ligne.resultat(), ligne.cleFaute())).append("</td><td>")
                    .append(e(ligne.cleFaute())).append("</td></tr>");
        }
        return corps.append("</table>").toString();
    }

    /** A laissez-passer on any VET of the offer (a reorientation): one no wish carries. */
    private static String formulaireLaissezPasserHorsVoeu(String code, AdminSessions.SessionAdmin s) {
        return "<form method=\"post\" action=\"/admin/laissez-passer\" id=\"laissez-passer-autre-vet\">"
                + "<input type=\"hidden\" name=\"csrf\" value=\"" + e(s.jetonCsrf()) + "\">"
                + "<input type=\"hidden\" name=\"code\" value=\"" + e(code) + "\">"
                + "<input type=\"hidden\" name=\"action\" value=\"accorder\">"
                + "<label>Étape <input name=\"codEtp\" required maxlength=\"6\"></label> "
                + "<label>Version <input name=\"codVrsVet\" required pattern=\"[0-9]{1,3}\"></label> "
                + "<label>Motif <input name=\"motif\" required maxlength=\"500\"></label> "
                + "<button type=\"submit\">Accorder un laissez-passer sur une autre VET</button></form>";
    }

    /** A registrar's IA (canal gestionnaire): allowed on a closed wish too, where it is flagged. */
    private static String formulaireInscription(String code, DossierInscription.VoeuInscription voeu,
            AdminSessions.SessionAdmin s) {
        return "<form method=\"post\" action=\"/admin/inscription\"><input type=\"hidden\" name=\"csrf\" value=\""
                + e(s.jetonCsrf()) + "\"><input type=\"hidden\" name=\"code\" value=\"" + e(code) + "\">"
                + "<input type=\"hidden\" name=\"codEtp\" value=\"" + e(voeu.donnees().codEtp()) + "\">"
                + "<input type=\"hidden\" name=\"codVrsVet\" value=\"" + e(voeu.donnees().codVrsVet()) + "\">"
                + "<label>État <select name=\"etat\"><option value=\"1\">1 principale</option>"
                + "<option value=\"2\">2 double cursus</option><option value=\"4\">4 parallèle</option>"
                + "<option value=\"5\">5 parallèle secondaire</option></select></label> "
                + "<label>Payée le <input name=\"datePaiement\" placeholder=\"JJMMAAAA\" pattern=\"[0-9]{8}\" required>"
                + "</label> <button type=\"submit\">Enregistrer l'IA</button></form>";
    }

    /** Records a registrar's IA in the logged-in registrar's name. The answer is the message to show on the dossier. */
    String inscription(Map<String, String> champs, AdminSessions.SessionAdmin s, String adresse) {
        String code = champs.getOrDefault("code", "");
        String codEtp = champs.getOrDefault("codEtp", "");
        Integer codVrsVet;
        Integer etat;
        try {
            codVrsVet = Integer.valueOf(champs.getOrDefault("codVrsVet", ""));
            etat = Integer.valueOf(champs.getOrDefault("etat", ""));
        } catch (NumberFormatException e) {
            return "Version de VET ou état invalide.";
        }
        try (Appel appel = appels.admettre("enregistrerInscription", adresse)) {
            DossierInscription.InscriptionEnregistree ia = inscriptions.enregistrer(code, codEtp, codVrsVet, etat,
                    champs.getOrDefault("datePaiement", "").strip(), Canal.GESTIONNAIRE.code(), s.login(), appel);
            return "IA enregistrée sur " + codEtp + "/" + codVrsVet + (ia.inscription().surVoeuFerme()
                    ? " (IA gestionnaire sur un vœu fermé : elle est signalée sur le dossier)." : ".");
        } catch (OpiRefuseeException e) {
            return "Refusé (" + e.cle() + ") : " + e.getMessage();
        }
    }

    private static String formulaireLaissezPasser(String code, DossierInscription.VoeuInscription voeu, boolean actif,
            AdminSessions.SessionAdmin s) {
        return "<form method=\"post\" action=\"/admin/laissez-passer\"><input type=\"hidden\" name=\"csrf\" value=\""
                + e(s.jetonCsrf()) + "\"><input type=\"hidden\" name=\"code\" value=\"" + e(code) + "\">"
                + "<input type=\"hidden\" name=\"codEtp\" value=\"" + e(voeu.donnees().codEtp()) + "\">"
                + "<input type=\"hidden\" name=\"codVrsVet\" value=\"" + e(voeu.donnees().codVrsVet()) + "\">"
                + "<input type=\"hidden\" name=\"action\" value=\"" + (actif ? "retirer" : "accorder") + "\">"
                + "<input name=\"motif\" placeholder=\"Motif\" required maxlength=\"500\"> <button type=\"submit\">"
                + (actif ? "Retirer le laissez-passer" : "Accorder un laissez-passer") + "</button></form>";
    }

    /**
     * Grants or withdraws a laissez-passer, in the registrar's name (the author kept with it); the journal row has the
     * browser's address as caller. The answer is the message to show on the dossier.
     */
    String laissezPasser(Map<String, String> champs, AdminSessions.SessionAdmin s, String adresse) {
        String code = champs.getOrDefault("code", "");
        String codEtp = champs.getOrDefault("codEtp", "");
        Integer codVrsVet;
        try {
            codVrsVet = Integer.valueOf(champs.getOrDefault("codVrsVet", ""));
        } catch (NumberFormatException e) {
            return "Version de VET invalide.";
        }
        String motif = champs.getOrDefault("motif", "").strip();
        boolean accorder = "accorder".equals(champs.get("action"));
        try (Appel appel = appels.admettre(accorder ? "accorderLaissezPasser" : "retirerLaissezPasser", adresse)) {
            if (accorder) {
                inscriptions.accorderLaissezPasser(code, codEtp, codVrsVet, motif, s.login(), appel);
                return "Laissez-passer accordé sur " + codEtp + "/" + codVrsVet + ".";
            }
            inscriptions.retirerLaissezPasser(code, codEtp, codVrsVet, motif, s.login(), appel);
            return "Laissez-passer retiré sur " + codEtp + "/" + codVrsVet + ".";
        } catch (OpiRefuseeException e) {
            return "Refusé (" + e.cle() + ") : " + e.getMessage();
        }
    }

    /**
     * Cancels an IA from the list, in the registrar's name (kept in the motif); the journal row has the browser's
     * address as caller. The answer is the message to show above the list.
     */
    String annulerInscription(Map<String, String> champs, AdminSessions.SessionAdmin s, String adresse) {
        String code = champs.getOrDefault("code", "");
        String codEtp = champs.getOrDefault("codEtp", "");
        Integer codVrsVet;
        try {
            codVrsVet = Integer.valueOf(champs.getOrDefault("codVrsVet", ""));
        } catch (NumberFormatException e) {
            return "Version de VET invalide.";
        }
        String motif = champs.getOrDefault("motif", "").strip();
        if (motif.isEmpty()) {
            return "Le motif de l'annulation est obligatoire.";
        }
        try (Appel appel = appels.admettre("annulerInscription", adresse)) {
            inscriptions.annuler(code, codEtp, codVrsVet, s.login() + " : " + motif, appel);
            return "IA de " + code + " sur " + codEtp + "/" + codVrsVet + " annulée.";
        } catch (OpiRefuseeException e) {
            return "Refusé (" + Affichage.faute(e.cle()) + ") : " + e.getMessage();
        }
    }

    /** The valid IAs a registrar must cancel by hand, and why; each with the form that cancels it. */
    String aAnnuler(String adresse, AdminSessions.SessionAdmin s, String message) {
        List<DossierInscription.InscriptionAAnnuler> liste;
        try (Appel appel = appels.admettre("listerInscriptionsAAnnuler", adresse)) {
            liste = inscriptions.aAnnuler(appel);
        } catch (OpiRefuseeException e) {
            return "<p class=\"ko\">" + e(e.getMessage()) + "</p>";
        }
        StringBuilder corps = new StringBuilder(message == null ? "" : "<p id=\"message\">" + e(message) + "</p>")
                .append("<p>").append(liste.size()).append(" IA à annuler.</p><table id=\"a-annuler\">"
                + "<tr><th>Code OPI</th><th>VET du vœu</th><th>IA</th><th>Payée le</th><th>Raison</th><th>Depuis</th>"
                + "<th>Laissez-passer</th><th>Action</th></tr>");
        for (DossierInscription.InscriptionAAnnuler ia : liste) {
            corps.append("<tr><td><a href=\"/admin/dossier?code=").append(e(ia.codOpiIntEpo())).append("\">")
                    .append(e(ia.codOpiIntEpo())).append("</a></td><td>").append(e(ia.vetVoeu())).append("</td><td>")
                    .append(e(ia.vetInscription() + " : " + ia.etat().libelle())).append("</td><td>")
                    .append(Affichage.date(ia.datePaiement())).append("</td><td>").append(e(ia.libelleRaison()))
                    .append("</td><td>").append(Affichage.heure(ia.depuisLe())).append("</td><td>")
                    .append(ia.couverteParLaissezPasser() ? "oui, accordé avant la fermeture du vœu" : "non")
                    .append("</td><td><form method=\"post\" action=\"/admin/ias-a-annuler\">")
                    .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(e(s.jetonCsrf())).append("\">")
                    .append("<input type=\"hidden\" name=\"code\" value=\"").append(e(ia.codOpiIntEpo())).append("\">")
                    .append("<input type=\"hidden\" name=\"codEtp\" value=\"").append(e(ia.vetVoeu().codEtp())).append("\">")
                    .append("<input type=\"hidden\" name=\"codVrsVet\" value=\"").append(e(ia.vetVoeu().codVrsVet()))
                    .append("\"><label>Motif <input name=\"motif\" required maxlength=\"400\"></label> ")
                    .append("<button type=\"submit\">Annuler l'IA</button></form></td></tr>");
        }
        return corps.append("</table>").toString();
    }
}
