package org.innoscape.analysis.duplication.core;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Countries as registers write them. "UK", "U.K.", "United Kingdom", "GB" and "GBR" are one country
 * (a grants database says "UK" where STIP Compass says "United Kingdom"), and its parts lie within it:
 * Great Britain, England and Wales (the legal jurisdiction), and the four nations. A UK-wide programme
 * and an English one may be one programme, never "similar policy elsewhere"; England and Scotland are
 * two countries, as are Great Britain and Northern Ireland. Every country's English name (the JDK's
 * CLDR names, accents ignored) and ISO 3166 two- and three-letter codes are known, with the spellings
 * of the OECD and the EU where they differ; anything else compares as written (as a place).
 */
final class Countries {
    /** Accents, as {@link #written} leaves them out; before {@link #KEYS}, which is made with it. */
    /** Written form (as {@link #written}) to the country's key: its ISO code, or the part's ISO 3166-2 code. */
    private static final Map<String, String> KEYS = keys();
    /** The part of the UK each part lies directly within: a tree whose root is the UK itself. */
    private static final Map<String, String> WITHIN = Map.of("gb-gbn", "gb", "gb-eaw", "gb-gbn", "gb-eng", "gb-eaw", "gb-wls", "gb-eaw",
            "gb-sct", "gb-gbn", "gb-nir", "gb");

    private Countries() {
    }

    /** One key for every way of writing a country: its code when known, else the place as written. */
    static String key(String written) {
        String place = written(written);
        return KEYS.getOrDefault(place, place);
    }

    /**
     * Whether words ({@link TextWords}) name a country by a name of more than three letters, in one to three
     * words ("Ireland", "South Africa"): codes are left out, as "in", "at" and "no" are also codes.
     */
    static boolean namesACountry(List<String> words) {
        for (int from = 0; from < words.size(); from++) {
            StringBuilder name = new StringBuilder();
            for (int to = from; to < Math.min(words.size(), from + 3); to++) {
                name.append(to > from ? " " : "").append(words.get(to));
                if (name.length() > 3 && KEYS.containsKey(name.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the country of one key lies within the other's (England within the UK), either way round. */
    static boolean oneWithinTheOther(String first, String second) {
        return within(first, second) || within(second, first);
    }

    private static boolean within(String part, String whole) {
        for (String up = WITHIN.get(part); up != null; up = WITHIN.get(up)) {
            if (up.equals(whole)) {
                return true;
            }
        }
        return false;
    }

    /** As {@link InitiativeFeatures#placeKey}, accents left out ("Türkiye" is "turkiye"). */
    private static String written(String value) {
        return InitiativeFeatures.placeKey(TextWords.plain(value));
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(alpha2).build();
            String key = alpha2.toLowerCase(Locale.ROOT);
            keys.put(key, key);
            keys.put(country.getISO3Country().toLowerCase(Locale.ROOT), key);
            keys.put(written(country.getDisplayCountry(Locale.ENGLISH)), key);
        }
        // Names the tables do not hold, as registers write them: the EU's codes, the OECD's names (STIP Compass).
        also(keys, "gb", "uk", "u k", "united kingdom of great britain and northern ireland");
        also(keys, "us", "usa", "u s a", "u s", "united states of america");
        also(keys, "gr", "el");
        also(keys, "ie", "eire", "republic of ireland");
        also(keys, "tr", "turkey");
        also(keys, "cz", "czech republic");
        also(keys, "sk", "slovak republic");
        also(keys, "kr", "korea", "republic of korea");
        also(keys, "ru", "russian federation");
        also(keys, "tw", "chinese taipei");
        also(keys, "hk", "hong kong", "hong kong china");
        also(keys, "vn", "viet nam");
        also(keys, "mm", "myanmar");
        // The UK's parts. "NI" is Northern Ireland here (Nicaragua keeps "NIC" and its name): this tool's registers are British.
        also(keys, "gb-gbn", "gb gbn", "great britain", "britain");
        also(keys, "gb-eaw", "gb eaw", "england and wales");
        also(keys, "gb-eng", "gb eng", "england", "eng");
        also(keys, "gb-sct", "gb sct", "scotland", "sct");
        also(keys, "gb-wls", "gb wls", "wales", "cymru", "wls");
        also(keys, "gb-nir", "gb nir", "northern ireland", "n ireland", "ni", "nir");
        return Map.copyOf(keys);
    }

    private static void also(Map<String, String> keys, String key, String... written) {
        for (String name : written) {
            keys.put(name, key);
        }
    }
}
