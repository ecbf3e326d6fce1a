package org.innoscape.analysis.duplication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PolicyInitiative;

/**
 * A digest of what the duplication check compares in a pair of initiatives (in either order). A
 * review made against one fingerprint no longer applies once either initiative changes.
 */
public final class ReviewFingerprint {

    private ReviewFingerprint() {
    }

    public static String of(PolicyInitiative first, PolicyInitiative second) {
        String a = content(first);
        String b = content(second);
        String both = a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(both.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String content(PolicyInitiative i) {
        String content = String.join("|", i.getId(), String.valueOf(i.getName()), String.valueOf(i.getDescription()), ids(i.getOwners()),
                ids(i.getStagesSupported()), ids(i.getDriversAddressed()), ids(i.getTargetGroups()),
                i.getActivityTypes().toString(), String.valueOf(i.getFundingRecipients()), String.valueOf(i.getFocus()),
                String.valueOf(i.getInstrumentType()), String.valueOf(i.getStartDate()), String.valueOf(i.getEndDate()));
        // The technology area decides the class since 2026-12-06: added only when stated, so that reviews of initiatives
        // without one keep their fingerprints.
        return i.getTechnologyArea() == null ? content : content + "|" + i.getTechnologyArea();
    }

    private static String ids(List<? extends EObject> elements) {
        return String.join(",", elements.stream().map(e -> e instanceof ModelElement m ? String.valueOf(m.getId()) : "?").sorted().toList());
    }
}
