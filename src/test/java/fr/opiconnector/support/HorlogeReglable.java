package fr.opiconnector.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves forward (sessions, lock-outs, TOTP steps); the server's threads read it too. */
public final class HorlogeReglable extends Clock {

    private volatile Instant maintenant;

    public HorlogeReglable(Instant depart) {
        this.maintenant = depart;
    }

    public void avancer(Duration duree) {
        maintenant = maintenant.plus(duree);
    }

    @Override
    public Instant instant() {
        return maintenant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
