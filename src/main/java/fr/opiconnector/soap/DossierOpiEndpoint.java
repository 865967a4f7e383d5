package fr.opiconnector.soap;

import fr.opiconnector.reception.Champs;
import fr.opiconnector.reception.DonneesIndividu;
import fr.opiconnector.inscription.Offre;
import fr.opiconnector.inscription.Vet;
import fr.opiconnector.reception.VoeuOpi;
import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.ClesFaute;
import fr.opiconnector.inscription.DossierInscription;
import fr.opiconnector.inscription.DossierInscription.InscriptionAAnnuler;
import fr.opiconnector.inscription.DossierInscription.InscriptionVue;
import fr.opiconnector.inscription.DossierInscription.LaissezPasserVue;
import fr.opiconnector.inscription.DossierInscription.VoeuInscription;
import fr.opiconnector.common.MaskedError;
import fr.opiconnector.inscription.InscriptionService;
import fr.opiconnector.journal.OpiRefuseeException;
import fr.opiconnector.soap.generated.dossieropi.ChampDTO;
import fr.opiconnector.soap.generated.dossieropi.DossierInscriptionDTO;
import fr.opiconnector.soap.generated.dossieropi.DossierOpiServiceInterface;
import fr.opiconnector.soap.generated.dossieropi.InscriptionAAnnulerDTO;
import fr.opiconnector.soap.generated.dossieropi.InscriptionDTO;
import fr.opiconnector.soap.generated.dossieropi.LaissezPasserDTO;
import fr.opiconnector.soap.generated.dossieropi.TableauChamp;
import fr.opiconnector.soap.generated.dossieropi.TableauLaissezPasser;
import fr.opiconnector.soap.generated.dossieropi.TableauString2;
import fr.opiconnector.soap.generated.dossieropi.TableauVoeuInscription;
import fr.opiconnector.soap.generated.dossieropi.VetDTO;
import fr.opiconnector.soap.generated.dossieropi.VoeuInscriptionDTO;
import fr.opiconnector.soap.generated.dossieropi.WebBaseException_Exception;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The DossierOpi endpoint: maps the calls to the registration service and its views to the contract's types. */
@WebService(
        serviceName = "DossierOpiServiceInterfaceService",
        portName = "DossierOpi",
        targetNamespace = DossierOpiEndpoint.NAMESPACE_IMPL,
        endpointInterface = "fr.opiconnector.soap.generated.dossieropi.DossierOpiServiceInterface",
        wsdlLocation = "classpath:wsdl/DossierOpi_Impl.wsdl")
public class DossierOpiEndpoint implements DossierOpiServiceInterface {

    /** The abstract part's namespace: types, messages, port type, and so every request's and answer's payload. */
    public static final String NAMESPACE = "fr.opiconnector.servicesmetiers.DossierOpi";
    /** The concrete part's namespace, as in Apogée's WSDL: binding, service and port. */
    public static final String NAMESPACE_IMPL = NAMESPACE + "-impl";
    private static final Logger LOG = LoggerFactory.getLogger(DossierOpiEndpoint.class);
    private static final DateTimeFormatter JJMMAAAA = DateTimeFormatter.ofPattern("ddMMyyyy");

    private final InscriptionService inscriptions;

    @Resource
    private WebServiceContext contexte;

    public DossierOpiEndpoint(InscriptionService inscriptions) {
        this.inscriptions = inscriptions;
    }

    /** One operation of the service, as the endpoint runs it. */
    private interface Operation<T> {
        T executer(Appel appel) throws OpiRefuseeException;
    }

    private <T> T executer(String operation, String code, Operation<T> corps) throws WebBaseException_Exception {
        Appel appel = SoapCall.de(contexte).operation(operation);
        try {
            return corps.executer(appel);
        } catch (OpiRefuseeException e) {
            throw new WebBaseException_Exception(e.cle(), FautesApogee.detail(e.cle(), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Internal error on a {} call; nothing stored", operation, MaskedError.de(e, code));
            appel.refuser(code, ClesFaute.ENREGISTREMENT);
            throw new WebBaseException_Exception(ClesFaute.ENREGISTREMENT, FautesApogee.detail(ClesFaute.ENREGISTREMENT,
                    "Erreur interne du connecteur : rien n'a été enregistré. Si l'erreur persiste, prévenez l'exploitation."));
        }
    }

    @Override
    public DossierInscriptionDTO consulterDossier(String codOpiIntEpo, String dateNaissance, String ine, Integer codEtu)
            throws WebBaseException_Exception {
        return executer("consulterDossier", codOpiIntEpo,
                appel -> dossier(inscriptions.consulter(codOpiIntEpo, dateNaissance, ine, codEtu, appel)));
    }

    @Override
    public InscriptionDTO enregistrerInscription(String codOpiIntEpo, String codEtp, Integer codVrsVet,
            Integer etatInscription, String datePaiement, String canal, String auteur) throws WebBaseException_Exception {
        return executer("enregistrerInscription", codOpiIntEpo, appel -> inscription(inscriptions.enregistrer(codOpiIntEpo,
                codEtp, codVrsVet, etatInscription, datePaiement, canal, auteur, appel).inscription()));
    }

    @Override
    public InscriptionDTO annulerInscription(String codOpiIntEpo, String codEtp, Integer codVrsVet, String motif)
            throws WebBaseException_Exception {
        return executer("annulerInscription", codOpiIntEpo,
                appel -> inscription(inscriptions.annuler(codOpiIntEpo, codEtp, codVrsVet, motif, appel).inscription()));
    }

    @Override
    public LaissezPasserDTO accorderLaissezPasser(String codOpiIntEpo, String codEtp, Integer codVrsVet, String motif,
            String auteur) throws WebBaseException_Exception {
        return executer("accorderLaissezPasser", codOpiIntEpo, appel -> laissezPasser(
                inscriptions.accorderLaissezPasser(codOpiIntEpo, codEtp, codVrsVet, motif, auteur, appel)));
    }

    @Override
    public LaissezPasserDTO retirerLaissezPasser(String codOpiIntEpo, String codEtp, Integer codVrsVet, String motif,
            String auteur) throws WebBaseException_Exception {
        return executer("retirerLaissezPasser", codOpiIntEpo, appel -> laissezPasser(
                inscriptions.retirerLaissezPasser(codOpiIntEpo, codEtp, codVrsVet, motif, auteur, appel)));
    }

    @Override
    public List<InscriptionAAnnulerDTO> listerInscriptionsAAnnuler() throws WebBaseException_Exception {
        return executer("listerInscriptionsAAnnuler", null,
                appel -> inscriptions.aAnnuler(appel).stream().map(DossierOpiEndpoint::aAnnuler).toList());
    }

    // --- views → contract types --------------------------------------------------------------------------------

    private static DossierInscriptionDTO dossier(DossierInscription d) {
        DossierInscriptionDTO dto = new DossierInscriptionDTO();
        dto.setCodOpiIntEpo(d.codOpiIntEpo());
        dto.setCodNneIndOpi(d.ine());
        dto.setCodSexEtuOpi(d.sexe());
        dto.setLibNomPatIndOpi(d.nomPatronymique());
        dto.setLibNomUsuIndOpi(d.nomUsuel());
        dto.setLibPr1IndOpi(d.prenom1());
        dto.setLibPr2IndOpi(d.prenom2());
        dto.setDateNaiIndOpi(d.dateNaissance());
        dto.setAnomalies(textes(d.anomalies()));
        TableauVoeuInscription voeux = new TableauVoeuInscription();
        d.voeux().stream().map(DossierOpiEndpoint::voeu).forEach(voeux.getItem()::add);
        dto.setVoeux(voeux);
        TableauLaissezPasser horsVoeux = new TableauLaissezPasser();
        d.laissezPasserHorsVoeux().stream().map(DossierOpiEndpoint::laissezPasser).forEach(horsVoeux.getItem()::add);
        dto.setLaissezPasserHorsVoeux(horsVoeux);
        dto.setDonneesIndividu(champs(Champs.aplatir("", DonneesIndividu.class, d.individu())));
        return dto;
    }

    private static VoeuInscriptionDTO voeu(VoeuInscription v) {
        VoeuOpi d = v.donnees();
        Offre offre = v.offre();
        VoeuInscriptionDTO dto = new VoeuInscriptionDTO();
        dto.setCodCge(d.codCge());
        dto.setCodEtp(d.codEtp());
        dto.setCodVrsVet(d.codVrsVet());
        dto.setNumCls(d.numCls());
        dto.setCodDecVeu(d.codDecVeu());
        dto.setCodCatOuiSi(d.codCatOuiSi());
        dto.setMtfCat(d.mtfCat());
        dto.setEtatVoeu(v.etatVoeu());
        dto.setInscriptible(offre.inscriptible());
        dto.setMotif(offre.motif().name());
        dto.setLibelleMotif(offre.motif().libelle());
        dto.setVetProposee(vet(offre.vet()));
        dto.setDureeOuiSi(offre.dureeOuiSi());
        dto.setCursusAmenage(offre.cursusAmenage());
        dto.setCodeFormationPsup(offre.codeFormationPsup());
        dto.setLibelleFormation(offre.libelleFormation());
        dto.setAnomalies(textes(offre.anomalies()));
        dto.setLaissezPasser(v.laissezPasser() == null ? null : laissezPasser(v.laissezPasser()));
        dto.setInscription(v.inscription() == null ? null : inscription(v.inscription()));
        dto.setDonneesVoeu(champs(Champs.aplatir("", VoeuOpi.class, d)));
        return dto;
    }

    /** The fields that have a value, under their OpiMetier element paths. */
    private static TableauChamp champs(Map<String, String> champs) {
        TableauChamp tableau = new TableauChamp();
        champs.forEach((nom, valeur) -> {
            if (valeur != null) {
                ChampDTO champ = new ChampDTO();
                champ.setNom(nom);
                champ.setValeur(valeur);
                tableau.getItem().add(champ);
            }
        });
        return tableau;
    }

    private static InscriptionDTO inscription(InscriptionVue i) {
        InscriptionDTO dto = new InscriptionDTO();
        dto.setCodOpiIntEpo(i.codOpiIntEpo());
        dto.setCodEtp(i.vet().codEtp());
        dto.setCodVrsVet(i.vet().codVrsVet());
        dto.setEtatInscription(i.etat().code());
        dto.setLibelleEtat(i.etat().libelle());
        dto.setDatePaiement(date(i.datePaiement()));
        dto.setCodCatOuiSi(i.codCatOuiSi());
        dto.setMtfCat(i.mtfCat());
        dto.setCursusAmenage(i.cursusAmenage());
        dto.setEnregistreeLe(instant(i.enregistreeLe()));
        dto.setModifieeLe(instant(i.modifieeLe()));
        dto.setMotifAnnulation(i.motifAnnulation());
        dto.setCanal(i.canal().code());
        dto.setAuteur(i.auteur());
        dto.setSurVoeuFerme(i.surVoeuFerme());
        return dto;
    }

    private static LaissezPasserDTO laissezPasser(LaissezPasserVue l) {
        LaissezPasserDTO dto = new LaissezPasserDTO();
        dto.setCodOpiIntEpo(l.codOpiIntEpo());
        dto.setCodEtp(l.vetVoeu().codEtp());
        dto.setCodVrsVet(l.vetVoeu().codVrsVet());
        dto.setActif(l.actif());
        dto.setMotif(l.motif());
        dto.setAuteur(l.auteur());
        dto.setAccordeLe(instant(l.accordeLe()));
        dto.setMotifRetrait(l.motifRetrait());
        dto.setAuteurRetrait(l.auteurRetrait());
        dto.setRetireLe(instant(l.retireLe()));
        dto.setAnomalies(textes(l.anomalies()));
        return dto;
    }

    private static InscriptionAAnnulerDTO aAnnuler(InscriptionAAnnuler a) {
        InscriptionAAnnulerDTO dto = new InscriptionAAnnulerDTO();
        dto.setCodOpiIntEpo(a.codOpiIntEpo());
        dto.setCodEtp(a.vetVoeu().codEtp());
        dto.setCodVrsVet(a.vetVoeu().codVrsVet());
        dto.setEtatInscription(a.etat().code());
        dto.setDatePaiement(date(a.datePaiement()));
        dto.setCodDecVeu(a.codDecVeu());
        dto.setEtatVoeu(a.etatVoeu());
        dto.setRaison(a.raison());
        dto.setLibelleRaison(a.libelleRaison());
        dto.setDepuisLe(instant(a.depuisLe()));
        dto.setCouverteParLaissezPasser(a.couverteParLaissezPasser());
        return dto;
    }

    private static VetDTO vet(Vet vet) {
        if (vet == null) {
            return null;
        }
        VetDTO dto = new VetDTO();
        dto.setCodEtp(vet.codEtp());
        dto.setCodVrsVet(vet.codVrsVet());
        return dto;
    }

    private static TableauString2 textes(List<String> textes) {
        TableauString2 tableau = new TableauString2();
        tableau.getItem().addAll(textes);
        return tableau;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.format(JJMMAAAA);
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
