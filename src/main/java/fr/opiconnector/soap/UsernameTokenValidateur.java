package fr.opiconnector.soap;

import fr.opiconnector.config.SecuriteConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.message.token.UsernameToken;
import org.apache.wss4j.dom.validate.UsernameTokenValidator;

/**
 * Checks a WS-Security UsernameToken against the configured credentials (clear or hashed password), and requires
 * its nonce and creation time, so that WSS4J's replay cache applies. A digest needs the password in clear.
 */
final class UsernameTokenValidateur extends UsernameTokenValidator {

    private final SecuriteConfig securite;

    UsernameTokenValidateur(SecuriteConfig securite) {
        this.securite = securite;
    }

    @Override
    protected void verifyPlaintextPassword(UsernameToken jeton, RequestData donnees) throws WSSecurityException {
        exigerNonceEtDate(jeton);
        boolean utilisateur = memeUtilisateur(jeton);
        boolean motDePasse = securite.motDePasse().verifier(jeton.getPassword());
        if (!(utilisateur & motDePasse)) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
    }

    @Override
    protected void verifyDigestPassword(UsernameToken jeton, RequestData donnees) throws WSSecurityException {
        exigerNonceEtDate(jeton);
        if (securite.motDePasse().estUnHache() || !memeUtilisateur(jeton)) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
        super.verifyDigestPassword(jeton, donnees);
    }

    private boolean memeUtilisateur(UsernameToken jeton) {
        return jeton.getName() != null && MessageDigest.isEqual(securite.utilisateur().getBytes(StandardCharsets.UTF_8),
                jeton.getName().getBytes(StandardCharsets.UTF_8));
    }

    private static void exigerNonceEtDate(UsernameToken jeton) throws WSSecurityException {
        if (jeton.getNonce() == null || jeton.getCreated() == null) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
    }
}
