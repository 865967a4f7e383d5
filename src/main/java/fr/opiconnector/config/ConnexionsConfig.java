package fr.opiconnector.config;

import java.time.Duration;

/**
 * What a connection may hold: it is closed after {@code inactivite} without a byte; the headers of a request, then its
 * body, must arrive within {@code lecture} (the body gets one more second per {@code debitMin} bytes received); one
 * source address may hold {@code parSource} connections at once; {@code travailleurs} threads serve the requests.
 */
public record ConnexionsConfig(Duration inactivite, Duration lecture, int debitMin, int parSource, int travailleurs) {
}
