package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.inscription.Dossier;
import fr.opiconnector.soap.generated.dossieropi.DossierInscriptionDTO;
import fr.opiconnector.soap.generated.dossieropi.DossierOpiServiceInterface;
import fr.opiconnector.soap.generated.opimetier.MAJOpiVoeuDTO3;
import fr.opiconnector.soap.generated.opimetier.OpiMetierServiceInterface;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ContratServi;
import fr.opiconnector.support.OpisGenerees;
import jakarta.xml.ws.Service;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The served WSDL is split as Apogée's (domain.md §0, §1.1): binding and service in the namespace …-impl, importing the
 * abstract part (types, messages, port type) in the payload's namespace. A JAX-WS client that looks the service up
 * under Apogée's names in the connector's live ?wsdl completes its calls; DossierOpi follows the same convention.
 */
class WsdlScindeCommeApogeeIT extends AvecConnecteur {

    private static final String WSDL = ContratServi.WSDL;
    private static final String OPI_METIER = "gouv.education.apogee.commun.servicesmetiers.OpiMetier";
    private static final String OPI_METIER_IMPL = OPI_METIER + "-impl";
    private static final String DOSSIER_OPI = "fr.opiconnector.servicesmetiers.DossierOpi";
    private static final String DOSSIER_OPI_IMPL = DOSSIER_OPI + "-impl";

    @Test
    void un_client_jax_ws_cree_sur_le_wsdl_servi_avec_les_noms_d_apogee_enregistre_une_opi() throws Exception {
        Service service = Service.create(URI.create(connecteur.adresse() + "?wsdl").toURL(),
                new QName(OPI_METIER_IMPL, "OpiMetierServiceInterfaceService"));
        OpiMetierServiceInterface client = service.getPort(new QName(OPI_METIER_IMPL, "OpiMetier"),
                OpiMetierServiceInterface.class);

        client.mettreajourDonneesOpiV10(OpisGenerees.opi("P260000501", voeu("DRO", "LDR1", 1, "F")));

        Dossier dossier = connecteur.dossier("P260000501").orElseThrow();
        assertEquals("GARCIA", dossier.individu().etatCivil().libNomPatIndOpi());
        assertEquals("LDR1", dossier.voeux().get(0).donnees().cle().codEtp());
        assertEquals(List.of("mettreajourDonneesOpi_v10 created"),
                dossier.journal().stream().map(j -> j.operation() + " " + j.resultat()).toList());
        assertEquals(1, base.compter("SELECT COUNT(*) FROM individu WHERE cod_opi_int_epo = 'P260000501'"));
    }

    @Test
    void un_client_jax_ws_cree_sur_le_wsdl_servi_de_dossier_opi_avec_ses_noms_impl_consulte_un_dossier() throws Exception {
        assertEquals(200, connecteur.poster("apogee-client-v10-full.xml").statut());
        Service service = Service.create(URI.create(connecteur.adresseDossierOpi() + "?wsdl").toURL(),
                new QName(DOSSIER_OPI_IMPL, "DossierOpiServiceInterfaceService"));
        DossierOpiServiceInterface client = service.getPort(new QName(DOSSIER_OPI_IMPL, "DossierOpi"),
                DossierOpiServiceInterface.class);

        DossierInscriptionDTO dossier = client.consulterDossier("P260000042", "14072008", null, null);

        assertEquals("P260000042", dossier.getCodOpiIntEpo());
        assertTrue(dossier.getVoeux().getItem().stream().anyMatch(v -> "LDR1".equals(v.getCodEtp())), "the wishes");
    }

    @Test
    void le_wsdl_d_opi_metier_servi_met_binding_et_service_dans_impl_et_le_port_type_dans_l_espace_abstrait() {
        verifierLaScission(connecteur.adresse(), OPI_METIER, "OpiMetierServiceInterface", "OpiMetierSoapBinding",
                "OpiMetierServiceInterfaceService", "OpiMetier");
    }

    @Test
    void le_wsdl_de_dossier_opi_servi_suit_la_meme_convention() {
        verifierLaScission(connecteur.adresseDossierOpi(), DOSSIER_OPI, "DossierOpiServiceInterface",
                "DossierOpiSoapBinding", "DossierOpiServiceInterfaceService", "DossierOpi");
    }

    /** The concrete WSDL at ?wsdl, and the abstract one it imports, fetched at the location the first one gives. */
    private static void verifierLaScission(String adresse, String abstrait, String portType, String binding,
            String service, String port) {
        ContratServi contrat = ContratServi.lire(adresse);
        Document concret = contrat.wsdl();
        Element racine = concret.getDocumentElement();
        assertEquals(abstrait + "-impl", racine.getAttribute("targetNamespace"));
        assertEquals(List.of(binding), noms(concret, "binding"));
        assertEquals(List.of(service), noms(concret, "service"));
        assertEquals(List.of(port), noms(concret, "port"));
        assertEquals(List.of(), noms(concret, "portType"));
        Element portWsdl = (Element) concret.getElementsByTagNameNS(WSDL, "port").item(0);
        assertEquals(abstrait + "-impl", racine.lookupNamespaceURI(prefixe(portWsdl.getAttribute("binding"))));
        Element bindingWsdl = (Element) concret.getElementsByTagNameNS(WSDL, "binding").item(0);
        assertEquals(abstrait, racine.lookupNamespaceURI(prefixe(bindingWsdl.getAttribute("type"))),
                "the binding's port type is the abstract part's");

        NodeList imports = concret.getElementsByTagNameNS(WSDL, "import");
        assertEquals(1, imports.getLength());
        Element importe = (Element) imports.item(0);
        assertEquals(abstrait, importe.getAttribute("namespace"));
        Document abstraite = contrat.document(importe.getAttribute("location"));
        assertEquals(abstrait, abstraite.getDocumentElement().getAttribute("targetNamespace"));
        assertEquals(List.of(portType), noms(abstraite, "portType"));
        assertEquals(List.of(), noms(abstraite, "binding"));
        assertEquals(List.of(), noms(abstraite, "service"));
        assertTrue(abstraite.getElementsByTagNameNS(WSDL, "message").getLength() > 0, "the messages are abstract");
        assertTrue(contrat.schemas().stream().anyMatch(s -> abstrait.equals(s.getAttribute("targetNamespace"))),
                "the abstract part's schema is served");
    }

    private static List<String> noms(Document wsdl, String element) {
        NodeList trouves = wsdl.getElementsByTagNameNS(WSDL, element);
        List<String> noms = new ArrayList<>();
        for (int i = 0; i < trouves.getLength(); i++) {
            noms.add(((Element) trouves.item(i)).getAttribute("name"));
        }
        return noms;
    }

    private static String prefixe(String nomQualifie) {
        return nomQualifie.substring(0, nomQualifie.indexOf(':'));
    }

    private static MAJOpiVoeuDTO3 voeu(String codCge, String codEtp, int codVrsVet, String decision) {
        MAJOpiVoeuDTO3 voeu = new MAJOpiVoeuDTO3();
        voeu.setNumCls(1);
        voeu.setCodCge(codCge);
        voeu.setCodEtp(codEtp);
        voeu.setCodVrsVet(codVrsVet);
        voeu.setCodDemDos("C");
        voeu.setCodDecVeu(decision);
        return voeu;
    }
}
