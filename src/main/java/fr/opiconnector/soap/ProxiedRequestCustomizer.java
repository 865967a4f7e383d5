package fr.opiconnector.soap;

import fr.opiconnector.securite.AllowedNetworks;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * The request as its caller sent it to a trusted reverse proxy: scheme, host and port from X-Forwarded-Proto,
 * X-Forwarded-Host and X-Forwarded-Port, so that the served WSDLs give the address callers use. Only for connections
 * from opi.http.trusted.proxies; from anyone else the headers are ignored. A header that is not a plain scheme, host
 * or port is ignored too (the first value of a list is taken). The caller's address is judged elsewhere
 * (CallerAddress), from X-Forwarded-For.
 */
public final class ProxiedRequestCustomizer implements HttpConfiguration.Customizer {

    private static final Pattern HOTE = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]");

    private final AllowedNetworks proxys;

    public ProxiedRequestCustomizer(AllowedNetworks proxys) {
        this.proxys = proxys;
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable enTetesReponse) {
        if (proxys.vide() || !proxys.contient(Request.getRemoteAddr(request))) {
            return request;
        }
        HttpFields enTetes = request.getHeaders();
        String protocole = premier(enTetes.get("X-Forwarded-Proto"));
        String hote = premier(enTetes.get("X-Forwarded-Host"));
        String port = premier(enTetes.get("X-Forwarded-Port"));
        HttpURI.Mutable uri = HttpURI.build(request.getHttpURI());
        boolean change = false;
        if (protocole != null) {
            protocole = protocole.toLowerCase(Locale.ROOT);
            if (protocole.equals("http") || protocole.equals("https")) {
                uri.scheme(protocole);
                // The port the caller used is the scheme's default unless a header says otherwise.
                uri.port(-1);
                change = true;
            }
        }
        if (hote != null) {
            int deuxPoints = hote.lastIndexOf(':');
            String nom = deuxPoints > hote.lastIndexOf(']') ? hote.substring(0, deuxPoints) : hote;
            String portHote = deuxPoints > hote.lastIndexOf(']') ? hote.substring(deuxPoints + 1) : null;
            if (HOTE.matcher(nom).matches() && (portHote == null || port(portHote) > 0)) {
                uri.host(nom);
                uri.port(portHote == null ? -1 : port(portHote));
                change = true;
            }
        }
        if (port != null && port(port) > 0) {
            uri.port(port(port));
            change = true;
        }
        if (!change) {
            return request;
        }
        if (uri.getPort() == 443 && "https".equals(uri.getScheme()) || uri.getPort() == 80 && "http".equals(uri.getScheme())) {
            uri.port(-1);
        }
        HttpURI publique = uri.asImmutable();
        boolean securisee = "https".equals(publique.getScheme());
        // Jetty requires the Host header to agree with the URI's authority.
        HttpFields enTetesPublics = HttpFields.build(enTetes).put(HttpHeader.HOST, publique.getAuthority()).asImmutable();
        return new Request.Wrapper(request) {
            @Override
            public HttpURI getHttpURI() {
                return publique;
            }

            @Override
            public HttpFields getHeaders() {
                return enTetesPublics;
            }

            @Override
            public boolean isSecure() {
                return securisee;
            }
        };
    }

    private static String premier(String valeur) {
        if (valeur == null) {
            return null;
        }
        String premier = valeur.split(",", 2)[0].strip();
        return premier.isEmpty() ? null : premier;
    }

    private static int port(String texte) {
        if (!texte.matches("[0-9]{1,5}")) {
            return -1;
        }
        int port = Integer.parseInt(texte);
        return port >= 1 && port <= 65535 ? port : -1;
    }
}
