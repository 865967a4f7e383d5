package fr.opiconnector.common;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a text file a person handed to the connector (a CSV, the formations file), UTF-8 only. */
public final class Utf8File {

    private Utf8File() {
    }

    /** Its lines; a file that cannot be read is one sentence naming it and what to do. */
    public static List<String> lignes(Path fichier) {
        if (Files.isDirectory(fichier)) {
            throw new FichierIllisibleException(fichier + ": a directory, not a file");
        }
        try {
            return Files.readAllLines(fichier, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new FichierIllisibleException(fichier + ": no such file");
        } catch (AccessDeniedException e) {
            throw new FichierIllisibleException(fichier + ": not readable by this user; check its permissions");
        } catch (CharacterCodingException e) {
            throw new FichierIllisibleException(fichier + ": not UTF-8 (a spreadsheet may have saved it as Latin-1 or "
                    + "Windows-1252): save it again as « CSV UTF-8 » — enregistrez-le en UTF-8 — and run the command again");
        } catch (IOException e) {
            throw new FichierIllisibleException(fichier + ": cannot be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }

    /** A file that cannot be read, said in one sentence that names it. */
    public static final class FichierIllisibleException extends RuntimeException {

        FichierIllisibleException(String message) {
            super(message);
        }
    }
}
