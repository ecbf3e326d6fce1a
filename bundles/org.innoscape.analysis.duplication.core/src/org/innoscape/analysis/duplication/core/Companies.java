package org.innoscape.analysis.duplication.core;

import java.util.List;
import java.util.Set;

/**
 * Which owners are companies, and which company each is. A company's grant or contract recorded again keeps its
 * company: two look-alike records each led by another company ("Phase 1: home blood pressure telemonitoring for
 * stillbirth" by two firms of one competition) are two awards, however alike their texts. An owner is a company
 * when its name ends as companies' names do ("Ltd", "Limited", "plc", "LLP", "Inc", "CIC"); it is known by the
 * name's words without that ending, as {@link TextWords} reads them, so "CURA HEALTH LTD" and "Cura Health Limited"
 * are one company and "Cytoexwell Analytics (UK) Ltd" is "cytoexwell analytics". Registers write one company's name
 * more or less fully, so two names are one company when one's words begin the other's ("Acme Ltd", "Acme Health
 * Ltd", "Acme Holdings Ltd": a group and its firms) or their letters are the same ("Health Care", "Healthcare").
 */
final class Companies {
    private static final Set<String> LEGAL_ENDINGS = Set.of("ltd", "limited", "plc", "llp", "llc", "inc", "cic");
    /** Words before a legal ending that are not the company's own ("(UK) Ltd", "& Co Ltd", "Company Limited"). */
    private static final Set<String> ALSO_ENDINGS = Set.of("uk", "co", "and", "company");
    private static final String[] NONE = {};

    private Companies() {
    }

    /** The words of a name without a company's ending (all of them when it has none). */
    static List<String> withoutEnding(List<String> words) {
        int kept = words.size();
        while (kept > 0 && (LEGAL_ENDINGS.contains(words.get(kept - 1)) || ALSO_ENDINGS.contains(words.get(kept - 1)))) {
            kept--;
        }
        int first = kept > 1 && words.get(0).equals("the") ? 1 : 0;
        return words.subList(first, kept);
    }

    /** The companies that own an initiative, when every one of its owners is a company; otherwise none. */
    static String[] of(InitiativeRecord initiative) {
        if (initiative.owners().isEmpty()) {
            return NONE;
        }
        String[] companies = new String[initiative.owners().size()];
        for (int i = 0; i < companies.length; i++) {
            List<String> words = TextWords.of(initiative.owners().get(i).name());
            if (words.isEmpty() || !LEGAL_ENDINGS.contains(words.get(words.size() - 1)) || withoutEnding(words).isEmpty()) {
                return NONE;
            }
            companies[i] = String.join(" ", withoutEnding(words));
        }
        return companies;
    }

    /** Whether two lists of companies share one. */
    static boolean share(String[] first, String[] second) {
        for (String x : first) {
            for (String y : second) {
                if (same(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One company: the same name, one's words beginning the other's, or the same letters in other words. */
    static boolean same(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return longer.startsWith(shorter) && longer.charAt(shorter.length()) == ' ' || x.replace(" ", "").equals(y.replace(" ", ""));
    }
}
