package fr.opiconnector.soap;

import fr.opiconnector.config.SecuriteConfig;
import fr.opiconnector.securite.CredentialsVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.message.token.UsernameToken;
import org.apache.wss4j.dom.validate.UsernameTokenValidator;

/**
 * Checks a WS-Security UsernameToken against the configured credentials (clear or hashed password), and requires
 * its nonce and creation time, so that WSS4J's replay cache applies. A digest needs the password in clear. A text
 * password goes through the {@link CredentialsVerifier} shared with HTTP Basic; any verdict but accepted (wrong,
 * too many attempts from the address, no derivation slot) is the standard wsse fault WS-Security clients expect.
 */
final class CredentialsUsernameTokenValidator extends UsernameTokenValidator {

    /** Set on the message when the check found no derivation slot, so that the refusal is journaled as such. */
    static final String REFUS_OCCUPE = "fr.opiconnector.refusOccupe";

    private final SecuriteConfig securite;
    private final CredentialsVerifier verificateur;

    CredentialsUsernameTokenValidator(SecuriteConfig securite, CredentialsVerifier verificateur) {
        this.securite = securite;
        this.verificateur = verificateur;
    }

    @Override
    protected void verifyPlaintextPassword(UsernameToken jeton, RequestData donnees) throws WSSecurityException {
        exigerNonceEtDate(jeton);
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Object adresse = message == null ? null : message.get(AccessControlInterceptor.ADRESSE_APPELANT);
        CredentialsVerifier.Resultat resultat = verificateur.verifier(jeton.getName(), jeton.getPassword(),
                adresse == null ? null : adresse.toString());
        if (!resultat.accepte()) {
            if (message != null && resultat.verdict() == CredentialsVerifier.Verdict.OCCUPE) {
                message.put(REFUS_OCCUPE, Boolean.TRUE);
            }
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
