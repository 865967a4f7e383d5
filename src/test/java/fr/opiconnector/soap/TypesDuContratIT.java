package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.ContratServi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The types of the served contract are Apogée's (domain.md §1.13: MAJOpiTheseDTO). */
class TypesDuContratIT extends AvecConnecteur {

    private static final String XSD = ContratServi.XSD;
    private static final String THESE = "<donneesThese><codDip>DOC1</codDip><codVrsVdi>1</codVrsVdi><codEtp>DOC1E</codEtp>"
            + "<codVrsVet>1</codVrsVet><codThsTrv>T1</codThsTrv><codDis>%s</codDis><libThs>Titre</libThs>"
            + "<libThsLng>Title</libThsLng><codLng>ANG</codLng><codEdo>ED1</codEdo><codPerDir>4021</codPerDir>"
            + "<codPerCdr>4022</codPerCdr><codPerCdr2>4023</codPerCdr2><codEqr>EQ1</codEqr></donneesThese>";

    @Test
    void les_elements_de_la_these_ont_les_types_et_l_ordre_d_apogee() throws Exception {
        List<String> elements = elements(schemaServi(), "MAJOpiTheseDTO");

        assertEquals(List.of("codDip:string:false", "codVrsVdi:int:false", "codEtp:string:false", "codVrsVet:int:false",
                "codThsTrv:string:true", "codDis:int:true", "libThs:string:true", "libThsLng:string:true",
                "codLng:string:true", "codEdo:string:true", "codPerDir:int:true", "codPerCdr:int:true",
                "codPerCdr2:int:true", "codEqr:string:true"), elements);
    }

    @Test
    void des_codes_de_these_entiers_sont_enregistres_tels_quels() throws Exception {
        ConnecteurDEssai.Reponse reponse = connecteur.posterOctets(requeteAvecThese("12"));

        assertEquals(200, reponse.statut(), reponse.corps());
        assertEquals(1, base.compter("SELECT COUNT(*) FROM individu WHERE donnees_these_cod_dis = '12' "
                + "AND donnees_these_cod_per_dir = '4021' AND donnees_these_cod_per_cdr2 = '4023'"));
    }

    @Test
    void un_code_de_discipline_qui_n_est_pas_un_entier_est_refuse_et_rien_n_est_enregistre() throws Exception {
        ConnecteurDEssai.Reponse reponse = connecteur.posterOctets(requeteAvecThese("SCI"));

        assertEquals(500, reponse.statut(), reponse.corps());
        assertEquals("technical.parameter.noncoherentinput.requete", reponse.faultstring());
        assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"));
    }

    private static byte[] requeteAvecThese(String codDis) throws Exception {
        String requete = Files.readString(Path.of("config/samples/mettreajourDonneesOpi_v10.xml"));
        assertTrue(requete.contains("<donneesThese xsi:nil=\"true\"/>"));
        return requete.replace("<donneesThese xsi:nil=\"true\"/>", String.format(THESE, codDis))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The OpiMetier schema the live WSDL reaches, as CXF serves it. */
    private static Element schemaServi() {
        return ContratServi.lire(connecteur.adresse()).schemas().stream()
                .filter(s -> OpiMetierEndpoint.NAMESPACE.equals(s.getAttribute("targetNamespace"))
                        && s.getElementsByTagNameNS(XSD, "complexType").getLength() > 0)
                .findFirst().orElseThrow(() -> new AssertionError("no OpiMetier schema served"));
    }

    /** name:type:nillable of each element of the named complex type, in order. */
    private static List<String> elements(Element schema, String type) {
        NodeList types = schema.getElementsByTagNameNS(XSD, "complexType");
        for (int i = 0; i < types.getLength(); i++) {
            Element complexe = (Element) types.item(i);
            if (type.equals(complexe.getAttribute("name"))) {
                List<String> elements = new ArrayList<>();
                NodeList enfants = complexe.getElementsByTagNameNS(XSD, "element");
                for (int j = 0; j < enfants.getLength(); j++) {
                    Element element = (Element) enfants.item(j);
                    elements.add(element.getAttribute("name") + ":" + element.getAttribute("type").replaceFirst(".*:", "")
                            + ":" + "true".equals(element.getAttribute("nillable")));
                }
                return elements;
            }
        }
        throw new AssertionError("no complexType " + type + " in the served schema");
    }
}
