package fr.opiconnector.config;

/** Limits on requests: body size, XML nesting depth, children of one element, length of one text node. */
public record LimitesConfig(long octetsMax, int profondeurMax, int enfantsMax, int texteMax) {
}
