package org.innoscape.publish.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.innoscape.model.Diagram;
import org.innoscape.model.ModelElement;

/**
 * Where each page of the site is, relative to the site's folder: {@code index.html}, {@code e/ID.html}
 * for an element, {@code d/ID.html} for a diagram, {@code k/KIND.html} for the list of a kind. An id
 * that is not a safe file name (a register's own id may hold anything) is replaced by its hash.
 */
public final class PagePaths {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,100}");

    private PagePaths() {
    }

    /** The page of a model element (a diagram's page is the diagram, the model's the home page), or null for anything else. */
    public static String of(EObject object) {
        if (object instanceof org.innoscape.model.InnovationSystem) {
            return "index.html";
        }
        if (object instanceof Diagram diagram) {
            return "d/" + fileName(diagram.getId()) + ".html";
        }
        if (object instanceof ModelElement element && element.getId() != null) {
            return "e/" + fileName(element.getId()) + ".html";
        }
        return null;
    }

    public static String kind(String kind) {
        return "k/" + fileName(kind) + ".html";
    }

    static String fileName(String id) {
        if (SAFE.matcher(id).matches()) {
            return id;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "h" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
