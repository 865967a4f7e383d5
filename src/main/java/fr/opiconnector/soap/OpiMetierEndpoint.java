package fr.opiconnector.soap;

import fr.opiconnector.reception.Opi;
import fr.opiconnector.reception.VersionOpi;
import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.ClesFaute;
import fr.opiconnector.common.MaskedError;
import fr.opiconnector.journal.OpiRefuseeException;
import fr.opiconnector.reception.ReceptionOpi;
import fr.opiconnector.soap.generated.opimetier.DonneesOpiDTO10;
import fr.opiconnector.soap.generated.opimetier.DonneesOpiDTO7;
import fr.opiconnector.soap.generated.opimetier.DonneesOpiDTO8;
import fr.opiconnector.soap.generated.opimetier.DonneesOpiDTO9;
import fr.opiconnector.soap.generated.opimetier.OpiMetierServiceInterface;
import fr.opiconnector.soap.generated.opimetier.WebBaseException_Exception;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpiMetier endpoint, operations mettreajourDonneesOpi_v7 to _v10: maps the call to the domain, hands it to the
 * service, answers Apogée's fault form.
 */
@WebService(
        serviceName = "OpiMetierServiceInterfaceService",
        portName = "OpiMetier",
        targetNamespace = OpiMetierEndpoint.NAMESPACE_IMPL,
        endpointInterface = "fr.opiconnector.soap.generated.opimetier.OpiMetierServiceInterface",
        wsdlLocation = "classpath:wsdl/OpiMetier_Impl.wsdl")
public class OpiMetierEndpoint implements OpiMetierServiceInterface {

    /** The abstract part's namespace: types, messages, port type, and so every request's and answer's payload. */
    public static final String NAMESPACE = "gouv.education.apogee.commun.servicesmetiers.OpiMetier";
    /** The concrete part's namespace, as in Apogée's WSDL: binding, service and port. */
    public static final String NAMESPACE_IMPL = NAMESPACE + "-impl";

    private static final Logger LOG = LoggerFactory.getLogger(OpiMetierEndpoint.class);

    private final ReceptionOpi reception;
    private final String enteteEssai;

    @Resource
    private WebServiceContext contexte;

    /** @param enteteEssai the HTTP header whose value 1 asks for a dry run, or "" for none */
    public OpiMetierEndpoint(ReceptionOpi reception, String enteteEssai) {
        this.reception = reception;
        this.enteteEssai = enteteEssai;
    }

    @Override
    public void mettreajourDonneesOpiV10(DonneesOpiDTO10 donneesOpi) throws WebBaseException_Exception {
        recevoir(VersionOpi.V10, donneesOpi, OpiMapper::versDomaine);
    }

    @Override
    public void mettreajourDonneesOpiV9(DonneesOpiDTO9 donneesOpi) throws WebBaseException_Exception {
        recevoir(VersionOpi.V9, donneesOpi, OpiMapper::versDomaine);
    }

    @Override
    public void mettreajourDonneesOpiV8(DonneesOpiDTO8 donneesOpi) throws WebBaseException_Exception {
        recevoir(VersionOpi.V8, donneesOpi, OpiMapper::versDomaine);
    }

    @Override
    public void mettreajourDonneesOpiV7(DonneesOpiDTO7 donneesOpi) throws WebBaseException_Exception {
        recevoir(VersionOpi.V7, donneesOpi, OpiMapper::versDomaine);
    }

    private <T> void recevoir(VersionOpi version, T donneesOpi, Function<T, Opi> versDomaine)
            throws WebBaseException_Exception {
        Appel appel = SoapCall.de(contexte).operation(version.operation());
        if (!enteteEssai.isEmpty() && contexte != null
                && contexte.getMessageContext().get(MessageContext.SERVLET_REQUEST) instanceof HttpServletRequest http
                && "1".equals(http.getHeader(enteteEssai))) {
            appel.demanderEssai();
        }
        if (donneesOpi == null) {
            String cle = ClesFaute.DONNEE_INVALIDE + "donneesOpi";
            appel.refuser(null, cle);
            throw faute(cle, "Le paramètre _donneesOpi est absent ; il doit être présent et sans espace de "
                    + "noms (élément non qualifié), comme dans le contrat OpiMetier d'Apogée.");
        }
        try {
            reception.recevoir(versDomaine.apply(donneesOpi), appel);
        } catch (OpiRefuseeException e) {
            throw faute(e.cle(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Internal error on a {} call; nothing stored", version.operation(), MaskedError.de(e, null));
            appel.refuser(null, ClesFaute.ENREGISTREMENT);
            throw faute(ClesFaute.ENREGISTREMENT, "Erreur interne du connecteur : rien n'a été enregistré. "
                    + "Renvoyez l'OPI ; si l'erreur persiste, prévenez l'établissement.");
        }
    }

    private static WebBaseException_Exception faute(String cle, String message) {
        return new WebBaseException_Exception(cle, FautesApogee.detail(cle, message));
    }
}
