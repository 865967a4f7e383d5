package fr.opiconnector.soap;

import fr.opiconnector.journal.CallsInProgress;
import fr.opiconnector.config.LimitesConfig;
import fr.opiconnector.config.SecuriteConfig;
import fr.opiconnector.config.TlsConfig;
import fr.opiconnector.securite.CredentialsVerifier;
import fr.opiconnector.inscription.InscriptionService;
import fr.opiconnector.reception.ReceptionOpi;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.configuration.jsse.TLSServerParameters;
import org.apache.cxf.configuration.security.ClientAuthentication;
import org.apache.cxf.interceptor.Interceptor;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngine;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;
import org.apache.cxf.transport.http_jetty.ThreadingParameters;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.WSConstants;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.Graceful;

/**
 * The SOAP endpoints on CXF's embedded Jetty: /services/OpiMetier for Parcoursup and /services/DossierOpi for the
 * registration application (WSDL of each at ?wsdl), and the other handlers of the port (/health).
 */
public final class SoapServer implements AutoCloseable {

    public static final String CHEMIN_OPI_METIER = "/services/OpiMetier";
    public static final String CHEMIN_DOSSIER_OPI = "/services/DossierOpi";

    private final Bus bus;
    private final String base;
    private final Graceful connecteur;

    private SoapServer(Bus bus, String base, Graceful connecteur) {
        this.bus = bus;
        this.base = base;
        this.connecteur = connecteur;
    }

    /**
     * @param verificateur checks the credentials of both endpoints (HTTP Basic or WS-Security)
     * @param capture the raw capture of requests, when it is on
     * @param autres handlers answering other paths on the same port (/health, /metrics), before the SOAP endpoints
     * @param protection applied to the started server: the bounds on slow and numerous connections
     */
    public static SoapServer demarrer(String host, int port, SecuriteConfig securite, CredentialsVerifier verificateur,
            LimitesConfig limites, TlsConfig tls, Optional<RequestCapture> capture, CallsInProgress enCours,
            Optional<URI> urlPublique, String enteteEssai, ReceptionOpi reception, InscriptionService inscriptions,
            List<Handler> autres,
            Consumer<Server> protection) {
        Bus bus = BusFactory.newInstance().createBus();
        String protocole = tls.https() ? "https" : "http";
        String base = protocole + "://" + host + ":" + port;
        try {
            JettyHTTPServerEngineFactory moteurs = bus.getExtension(JettyHTTPServerEngineFactory.class);
            if (tls.https()) {
                moteurs.setTLSServerParametersForPort(host, port, parametresTls(tls));
            }
            JettyHTTPServerEngine moteur = moteurs.createJettyHTTPServerEngine(host, port, protocole);
            moteur.setHandlers(new ArrayList<>(autres));
            ThreadingParameters travailleurs = new ThreadingParameters();
            travailleurs.setMaxThreads(limites.connexions().travailleurs());
            travailleurs.setMinThreads(8);
            moteur.setThreadingParameters(travailleurs);
            publier(bus, securite, verificateur, limites, capture, urlPublique.map(u -> u + CHEMIN_OPI_METIER),
                    new OpiMetierEndpoint(reception, enteteEssai), base + CHEMIN_OPI_METIER,
                    new AccessControlInterceptor(securite, verificateur, true, "OpiMetier"),
                    new UnreadableRequestInterceptor("OpiMetier", OpiMetierEndpoint.NAMESPACE),
                    List.of(new InboundNamespaceInterceptor()), List.of(new OutboundNamespaceInterceptor()));
            publier(bus, securite, verificateur, limites, capture, urlPublique.map(u -> u + CHEMIN_DOSSIER_OPI),
                    new DossierOpiEndpoint(inscriptions), base + CHEMIN_DOSSIER_OPI,
                    new AccessControlInterceptor(securite, verificateur, false, "DossierOpi"),
                    new UnreadableRequestInterceptor("DossierOpi", DossierOpiEndpoint.NAMESPACE),
                    List.of(), List.of());
            // CXF creates the connector with the first endpoint; the customizer applies from the next request on.
            moteur.getConnector().getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration()
                    .addCustomizer(new ProxiedRequestCustomizer(securite.proxysDeConfiance()));
            protection.accept(moteur.getServer());
            enCours.ouvrir();
            return new SoapServer(bus, base, (Graceful) moteur.getConnector());
        } catch (GeneralSecurityException | IOException e) {
            bus.shutdown(false);
            throw new IllegalStateException("cannot set up the HTTP server on " + base, e);
        } catch (RuntimeException e) {
            bus.shutdown(false);
            throw e;
        }
    }

    /** The server's key; with a truststore, every client must present a certificate it trusts. */
    private static TLSServerParameters parametresTls(TlsConfig tls) throws GeneralSecurityException {
        KeyManagerFactory cles = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        cles.init(tls.keystore().orElseThrow(), tls.motDePasseKeystore());
        TLSServerParameters parametres = new TLSServerParameters();
        parametres.setKeyManagers(cles.getKeyManagers());
        parametres.setIncludeProtocols(List.of("TLSv1.3", "TLSv1.2"));
        if (tls.certificatClientExige()) {
            TrustManagerFactory confiance = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            confiance.init(tls.truststore().orElseThrow());
            parametres.setTrustManagers(confiance.getTrustManagers());
            ClientAuthentication authentification = new ClientAuthentication();
            authentification.setRequired(true);
            authentification.setWant(true);
            parametres.setClientAuthentication(authentification);
        }
        return parametres;
    }

    /**
     * WS-Security: a UsernameToken (with nonce and creation time, replays refused) and a Timestamp, whose lifetime is
     * capped, are required.
     */
    private static WSS4JInInterceptor usernameToken(SecuriteConfig securite, CredentialsVerifier verificateur) {
        Map<String, Object> proprietes = new HashMap<>();
        proprietes.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN + " " + ConfigurationConstants.TIMESTAMP);
        proprietes.put(WSS4JInInterceptor.VALIDATOR_MAP, Map.of(
                WSConstants.USERNAME_TOKEN, new CredentialsUsernameTokenValidator(securite, verificateur),
                WSConstants.TIMESTAMP, new CappedTimestampValidator(securite.horodatageMax())));
        CallbackHandler motsDePasse = rappels -> {
            for (Callback rappel : rappels) {
                if (rappel instanceof WSPasswordCallback mdp && securite.utilisateur().equals(mdp.getIdentifier())) {
                    securite.motDePasse().enClair().ifPresent(mdp::setPassword);
                }
            }
        };
        proprietes.put(ConfigurationConstants.PW_CALLBACK_REF, motsDePasse);
        return new WSS4JInInterceptor(proprietes);
    }

    private static void publier(Bus bus, SecuriteConfig securite, CredentialsVerifier verificateur,
            LimitesConfig limites, Optional<RequestCapture> capture, Optional<String> adressePublique, Object implementation, String adresse,
            AccessControlInterceptor controleAcces, UnreadableRequestInterceptor requeteIllisible,
            List<Interceptor<Message>> entrants, List<Interceptor<Message>> sortants) {
        EndpointImpl endpoint = new EndpointImpl(bus, implementation);
        endpoint.setProperties(new HashMap<>(Map.of(
                "jaxb-validation-event-handler", new LenientValidation(),
                "schema-validation-enabled", "false",
                // CXF's hardened StAX reader (no DTD, no external entity) with the connector's own bounds.
                "org.apache.cxf.stax.maxElementDepth", String.valueOf(limites.profondeurMax()),
                "org.apache.cxf.stax.maxChildElements", String.valueOf(limites.enfantsMax()),
                "org.apache.cxf.stax.maxTextLength", String.valueOf(limites.texteMax()),
                "org.apache.cxf.stax.maxAttributeCount", "64",
                "org.apache.cxf.stax.maxAttributeSize", String.valueOf(limites.texteMax()))));
        if (securite.usernameToken()) {
            endpoint.getInInterceptors().add(usernameToken(securite, verificateur));
        }
        // Behind a reverse proxy, the WSDL tells callers the public address, not the one listened on.
        adressePublique.ifPresent(endpoint::setPublishedEndpointUrl);
        endpoint.getInInterceptors().add(new ReadLimitInterceptor(limites.octetsMax()));
        endpoint.getInInterceptors().add(controleAcces);
        capture.ifPresent(endpoint.getInInterceptors()::add);
        endpoint.getInInterceptors().addAll(entrants);
        // The answer's own interceptors run in the fault chain too: a fault is an answer.
        endpoint.getOutInterceptors().addAll(sortants);
        endpoint.getOutFaultInterceptors().addAll(sortants);
        endpoint.getOutFaultInterceptors().add(requeteIllisible);
        endpoint.getOutInterceptors().add(new AnswerStartedInterceptor());
        endpoint.getOutInterceptors().add(new CallEndInterceptor());
        endpoint.getOutFaultInterceptors().add(new CallEndInterceptor());
        endpoint.getOutInterceptors().add(new RequestEndInterceptor());
        endpoint.getOutFaultInterceptors().add(new RequestEndInterceptor());
        endpoint.publish(adresse);
    }

    /** The OpiMetier endpoint address, e.g. http://127.0.0.1:8080/services/OpiMetier. */
    public String adresseOpiMetier() {
        return base + CHEMIN_OPI_METIER;
    }

    /** The DossierOpi endpoint address. */
    public String adresseDossierOpi() {
        return base + CHEMIN_DOSSIER_OPI;
    }

    /**
     * Closes the listening socket and lets the open connections end: each answer from now on carries
     * "Connection: close", and an idle connection is closed after a second. Done when no connection is left, so that
     * the stop that follows cuts no request in the middle of its reading (Jetty would answer it a bare HTTP 500).
     */
    public CompletableFuture<Void> fermerLesConnexions() {
        return connecteur.shutdown();
    }

    @Override
    public void close() {
        // Shutting the bus down stops both endpoints and then their shared Jetty engine, letting calls in progress end.
        bus.shutdown(true);
    }
}
