package org.tonle.normalise;

/** One row of dim_nationality: ISO 3166-1 entries plus ICAO's own codes (XXA, XXB, XXC, XXX, RKS). */
public record Nationality(String iso3, String iso2, String numericCode, String nameEn) {
}
