package fr.opiconnector.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The contract as a caller reads it over HTTP: the WSDL at ?wsdl and every document it reaches through wsdl:import
 * and xsd:import, at the locations the served documents give.
 */
public final class ContratServi {

    public static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema";

    /** Each document by the address it was fetched from, the ?wsdl one first. */
    private final Map<String, Document> documents = new LinkedHashMap<>();

    private ContratServi() {
    }

    /** @param adresse the endpoint's address, without ?wsdl */
    public static ContratServi lire(String adresse) {
        ContratServi contrat = new ContratServi();
        contrat.suivre(adresse + "?wsdl");
        return contrat;
    }

    /** The WSDL served at ?wsdl. */
    public Document wsdl() {
        return documents.values().iterator().next();
    }

    /** The document fetched from that address, once reached by an import. */
    public Document document(String adresse) {
        Document document = documents.get(adresse);
        if (document == null) {
            throw new AssertionError(adresse + " is not reached from ?wsdl: " + documents.keySet());
        }
        return document;
    }

    /** The schemas reached, standalone ones and those inlined in a WSDL's types. */
    public List<Element> schemas() {
        List<Element> schemas = new ArrayList<>();
        for (Document document : documents.values()) {
            NodeList trouves = document.getElementsByTagNameNS(XSD, "schema");
            for (int i = 0; i < trouves.getLength(); i++) {
                schemas.add((Element) trouves.item(i));
            }
        }
        return schemas;
    }

    private void suivre(String adresse) {
        if (documents.containsKey(adresse)) {
            return;
        }
        Document document = charger(adresse);
        documents.put(adresse, document);
        NodeList imports = document.getElementsByTagNameNS(WSDL, "import");
        for (int i = 0; i < imports.getLength(); i++) {
            suivre(((Element) imports.item(i)).getAttribute("location"));
        }
        NodeList schemas = document.getElementsByTagNameNS(XSD, "import");
        for (int i = 0; i < schemas.getLength(); i++) {
            String emplacement = ((Element) schemas.item(i)).getAttribute("schemaLocation");
            if (!emplacement.isEmpty()) {
                suivre(emplacement);
            }
        }
    }

    private static Document charger(String adresse) {
        ConnecteurDEssai.Reponse reponse = ConnecteurDEssai.get(URI.create(adresse));
        assertEquals(200, reponse.statut(), adresse + ": " + reponse.corps());
        try {
            DocumentBuilderFactory fabrique = DocumentBuilderFactory.newInstance();
            fabrique.setNamespaceAware(true);
            return fabrique.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(reponse.corps().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML at " + adresse, e);
        }
    }
}
