package fr.opiconnector.config;

/**
 * Limits on requests: body size, XML nesting depth, children of one element, length of one text node, and how long
 * and how many connections a caller may hold.
 */
public record LimitesConfig(long octetsMax, int profondeurMax, int enfantsMax, int texteMax, ConnexionsConfig connexions) {
}
