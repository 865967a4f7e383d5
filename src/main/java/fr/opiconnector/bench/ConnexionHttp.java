package fr.opiconnector.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.net.ssl.SSLSocketFactory;

/**
 * One kept-alive HTTP/1.1 connection that posts SOAP requests and reads whole answers (Content-Length or chunked).
 * Deliberately minimal, so that the client's own cost stays small beside the server's on a shared machine.
 */
final class ConnexionHttp implements AutoCloseable {

    private static final int DELAI_MS = 30_000;

    private final URI url;
    private final byte[] enTete;
    private Socket socket;
    private InputStream entree;
    private OutputStream sortie;

    /** An answer: its status and body. */
    record Reponse(int statut, String corps) {
    }

    ConnexionHttp(URI url, String autorisation) {
        this.url = url;
        String chemin = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        this.enTete = ("POST " + chemin + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + port(url) + "\r\n"
                + "Content-Type: text/xml; charset=utf-8\r\nSOAPAction: \"\"\r\n"
                + (autorisation == null ? "" : "Authorization: " + autorisation + "\r\n")
                + "Content-Length: ").getBytes(StandardCharsets.US_ASCII);
    }

    Reponse poster(byte[] corps) throws IOException {
        if (socket == null) {
            ouvrir();
        }
        try {
            sortie.write(enTete);
            sortie.write((corps.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            sortie.write(corps);
            sortie.flush();
            return lire();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void ouvrir() throws IOException {
        socket = "https".equals(url.getScheme()) ? SSLSocketFactory.getDefault().createSocket() : new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(DELAI_MS);
        socket.connect(new InetSocketAddress(url.getHost(), port(url)), DELAI_MS);
        entree = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        sortie = socket.getOutputStream();
    }

    private Reponse lire() throws IOException {
        String ligneStatut = ligne();
        if (ligneStatut == null || !ligneStatut.startsWith("HTTP/1.")) {
            throw new IOException("no HTTP answer");
        }
        int statut = Integer.parseInt(ligneStatut.substring(9, 12));
        int longueur = -1;
        boolean morceaux = false;
        boolean fermer = false;
        for (String ligne = ligne(); ligne != null && !ligne.isEmpty(); ligne = ligne()) {
            String minuscule = ligne.toLowerCase(Locale.ROOT);
            if (minuscule.startsWith("content-length:")) {
                longueur = Integer.parseInt(ligne.substring(15).strip());
            } else if (minuscule.startsWith("transfer-encoding:") && minuscule.contains("chunked")) {
                morceaux = true;
            } else if (minuscule.startsWith("connection:") && minuscule.contains("close")) {
                fermer = true;
            }
        }
        byte[] corps;
        if (morceaux) {
            ByteArrayOutputStream tout = new ByteArrayOutputStream();
            for (int taille = Integer.parseInt(ligne().split(";")[0].strip(), 16); taille > 0;
                    taille = Integer.parseInt(ligne().split(";")[0].strip(), 16)) {
                tout.write(entree.readNBytes(taille));
                ligne();
            }
            ligne();
            corps = tout.toByteArray();
        } else if (longueur >= 0) {
            corps = entree.readNBytes(longueur);
        } else {
            corps = entree.readAllBytes();
            fermer = true;
        }
        if (fermer) {
            close();
        }
        return new Reponse(statut, new String(corps, StandardCharsets.UTF_8));
    }

    private String ligne() throws IOException {
        StringBuilder ligne = new StringBuilder(64);
        for (int c = entree.read(); c != -1; c = entree.read()) {
            if (c == '\n') {
                int fin = ligne.length();
                return fin > 0 && ligne.charAt(fin - 1) == '\r' ? ligne.substring(0, fin - 1) : ligne.toString();
            }
            ligne.append((char) c);
        }
        if (ligne.length() == 0) {
            return null;
        }
        throw new IOException("connection closed in the middle of a line");
    }

    private static int port(URI url) {
        return url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // The connection is being dropped anyway; the next call opens a new one.
            } finally {
                socket = null;
            }
        }
    }
}
