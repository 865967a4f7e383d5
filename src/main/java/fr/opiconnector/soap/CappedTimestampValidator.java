package fr.opiconnector.soap;

import java.time.Duration;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.message.token.Timestamp;
import org.apache.wss4j.dom.validate.Credential;
import org.apache.wss4j.dom.validate.TimestampValidator;

/**
 * WSS4J's checks of a WS-Security Timestamp (not expired, not created in the future), plus a cap on the lifetime it
 * claims: a Timestamp valid for years would let a captured request be replayed for years, and keep its entry in the
 * replay cache as long.
 */
final class CappedTimestampValidator extends TimestampValidator {

    private final Duration dureeMax;

    CappedTimestampValidator(Duration dureeMax) {
        this.dureeMax = dureeMax;
    }

    @Override
    public Credential validate(Credential credential, RequestData donnees) throws WSSecurityException {
        Credential valide = super.validate(credential, donnees);
        Timestamp horodatage = credential.getTimestamp();
        if (horodatage != null && horodatage.getCreated() != null && horodatage.getExpires() != null
                && Duration.between(horodatage.getCreated(), horodatage.getExpires()).compareTo(dureeMax) > 0) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.MESSAGE_EXPIRED, "invalidTimestamp",
                    new Object[] {"The Timestamp's lifetime exceeds " + dureeMax.toSeconds() + " seconds"});
        }
        return valide;
    }
}
