package org.innoscape.analysis.duplication.core;

import java.util.List;
import java.util.Set;

/**
 * Which owners are companies, and which company each is. A company's grant or contract recorded again keeps its
 * company: two look-alike records each led by another company ("Phase 1: home blood pressure telemonitoring for
 * stillbirth" by two firms of one competition) are two awards, however alike their texts. An owner is a company
 * when its name ends as companies' names do ("Ltd", "Limited", "plc", "LLP", "Inc", "CIC"); it is known by the
 * name's words without that ending, as {@link TextWords} reads them, so "CURA HEALTH LTD" and "Cura Health Limited"
 * are one company and "Cytoexwell Analytics (UK) Ltd" is "cytoexwell analytics".
 */
final class Companies {
    private static final Set<String> LEGAL_ENDINGS = Set.of("ltd", "limited", "plc", "llp", "llc", "inc", "cic");
    /** Words before a legal ending that are not the company's own ("(UK) Ltd", "& Co Ltd"). */
    private static final Set<String> ALSO_ENDINGS = Set.of("uk", "co");
    private static final String[] NONE = {};

    private Companies() {
    }

    /** The words of a name without a company's ending (all of them when it has none). */
    static List<String> withoutEnding(List<String> words) {
        int kept = words.size();
        while (kept > 0 && (LEGAL_ENDINGS.contains(words.get(kept - 1)) || ALSO_ENDINGS.contains(words.get(kept - 1)))) {
            kept--;
        }
        return words.subList(0, kept);
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
        for (String company : first) {
            if (List.of(second).contains(company)) {
                return true;
            }
        }
        return false;
    }
}
