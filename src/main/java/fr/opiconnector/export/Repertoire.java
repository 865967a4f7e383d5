package fr.opiconnector.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one export, written beside their final names (".part") and put in place together at the end, so that a
 * failed export leaves the previous files untouched. Lines end with "\n". A character the charset cannot encode
 * fails the export instead of being replaced (the exports check every value first, so this does not happen).
 */
final class Repertoire implements AutoCloseable {

    private final Path dossier;
    private final Map<String, Writer> fichiers = new LinkedHashMap<>();
    private final Map<String, Integer> lignes = new LinkedHashMap<>();
    private boolean valide;

    Repertoire(Path dossier) throws IOException {
        this.dossier = Files.createDirectories(dossier);
    }

    /** Opens a file; entete, when not null, is its first line (not counted). */
    void ouvrir(String nom, Charset charset, String entete) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partiel(nom)), charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        fichiers.put(nom, writer);
        lignes.put(nom, 0);
        if (entete != null) {
            writer.write(entete);
            writer.write('\n');
        }
    }

    void ecrire(String nom, String ligne) {
        try {
            Writer writer = fichiers.get(nom);
            writer.write(ligne);
            writer.write('\n');
            lignes.merge(nom, 1, Integer::sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data lines written so far per file, in opening order. */
    Map<String, Integer> lignes() {
        return lignes;
    }

    /** Closes every file and puts them all in place. */
    void valider() throws IOException {
        for (Writer writer : fichiers.values()) {
            writer.close();
        }
        for (String nom : fichiers.keySet()) {
            Files.move(partiel(nom), dossier.resolve(nom), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        valide = true;
    }

    @Override
    public void close() throws IOException {
        if (valide) {
            return;
        }
        List<IOException> erreurs = new ArrayList<>();
        for (Map.Entry<String, Writer> fichier : fichiers.entrySet()) {
            try {
                fichier.getValue().close();
            } catch (IOException e) {
                erreurs.add(e);
            }
            Files.deleteIfExists(partiel(fichier.getKey()));
        }
        if (!erreurs.isEmpty()) {
            throw erreurs.get(0);
        }
    }

    private Path partiel(String nom) {
        return dossier.resolve(nom + ".part");
    }
}
