package org.innoscape.analysis.duplication.core;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Countries as registers write them. "UK", "U.K.", "United Kingdom", "GB" and "GBR" are one country
 * (a grants database says "UK" where STIP Compass says "United Kingdom"), and England, Scotland,
 * Wales and Northern Ireland lie within it: a UK-wide programme and an English one may be one
 * programme, never "similar policy elsewhere". Every country's English name and two- and three-letter
 * codes come from the JDK's ISO 3166 tables; anything else compares as written (as a place).
 */
final class Countries {
    /** Written form (as {@link InitiativeFeatures#placeKey}) to the country's key: its ISO code, or the nation's ISO 3166-2 code. */
    private static final Map<String, String> KEYS = keys();
    /** The UK's nations, each within the UK. */
    private static final Map<String, String> WITHIN = Map.of("gb-eng", "gb", "gb-sct", "gb", "gb-wls", "gb", "gb-nir", "gb");

    private Countries() {
    }

    /** One key for every way of writing a country: its code when known, else the place as written. */
    static String key(String written) {
        String place = InitiativeFeatures.placeKey(written);
        return KEYS.getOrDefault(place, place);
    }

    /** Whether the country of one key lies within the other's (England within the UK), either way round. */
    static boolean oneWithinTheOther(String first, String second) {
        return second.equals(WITHIN.get(first)) || first.equals(WITHIN.get(second));
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(alpha2).build();
            String key = alpha2.toLowerCase(Locale.ROOT);
            keys.put(key, key);
            keys.put(country.getISO3Country().toLowerCase(Locale.ROOT), key);
            keys.put(InitiativeFeatures.placeKey(country.getDisplayCountry(Locale.ENGLISH)), key);
        }
        // Names the tables do not hold, as registers write them.
        for (String uk : new String[] {"uk", "u k", "great britain", "britain", "united kingdom of great britain and northern ireland"}) {
            keys.put(uk, "gb");
        }
        for (String us : new String[] {"usa", "u s a", "u s", "us", "united states of america"}) {
            keys.put(us, "us");
        }
        nation(keys, "gb-eng", "england", "eng");
        nation(keys, "gb-sct", "scotland", "sct");
        nation(keys, "gb-wls", "wales", "cymru", "wls");
        nation(keys, "gb-nir", "northern ireland", "nir");
        return Map.copyOf(keys);
    }

    private static void nation(Map<String, String> keys, String code, String... names) {
        keys.put(InitiativeFeatures.placeKey(code), code);
        for (String name : names) {
            keys.put(name, code);
        }
    }
}
