package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.reception.Opi;
import fr.opiconnector.soap.generated.opimetier.DonneesOpiDTO10;
import fr.opiconnector.support.ConnecteurDEssai;
import jakarta.xml.bind.JAXBContext;
import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** From the generated classes to the domain: values kept as sent, "no value" in all its spellings. */
class OpiMapperTest {

    @Test
    void the_captured_request_maps_field_for_field() throws Exception {
        Opi opi = OpiMapper.versDomaine(lire("apogee-client-v10-full.xml"));

        assertEquals("P260000042", opi.codOpiIntEpo());
        assertEquals("LEFÈVRE-D'ARC", opi.individu().etatCivil().libNomPatIndOpi());
        assertEquals("0612345678", opi.individu().donneesPersonnelles().numTelPorOpi());
        assertNull(opi.individu().adresseAnnuelle(), "a nil block is absent");
        assertNull(opi.individu().adresseFixe().lib2(), "a nil field is absent");
        assertNull(opi.individu().codEtuOpi());
        assertEquals(2, opi.voeux().size());
        assertEquals("Remise à niveau méthodologie", opi.voeux().get(1).mtfCat());
        assertEquals(2, opi.voeux().get(1).codVrsVet());
    }

    @Test
    void empty_elements_are_no_value_and_an_empty_item_is_no_wish() throws Exception {
        Opi vide = OpiMapper.versDomaine(lire("v10-voeux-item-vide.xml"));
        Opi numClsVide = OpiMapper.versDomaine(lire("v10-voeu2-numCls-vide.xml"));

        assertTrue(vide.voeux().isEmpty());
        assertNull(numClsVide.voeux().get(1).numCls(), "an empty int element is not 0");
    }

    private static DonneesOpiDTO10 lire(String fichier) throws Exception {
        DocumentBuilderFactory usine = DocumentBuilderFactory.newInstance();
        usine.setNamespaceAware(true);
        Document document = usine.newDocumentBuilder().parse(new ByteArrayInputStream(ConnecteurDEssai.requete(fichier)));
        Node donnees = document.getElementsByTagName("_donneesOpi").item(0);
        return JAXBContext.newInstance(DonneesOpiDTO10.class).createUnmarshaller()
                .unmarshal(donnees, DonneesOpiDTO10.class).getValue();
    }
}
