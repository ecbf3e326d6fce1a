package org.innoscape.model.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;

/**
 * The names an older model file may use for classes, features and enumeration literals that the
 * metamodel has since renamed, looked up while the file is parsed (before references are resolved),
 * so that an old file loads into today's metamodel without a text rewrite.
 */
public final class LegacyNames {
    /** No renames: files of the current version. */
    public static final LegacyNames NONE = new LegacyNames(List.of());

    /** What a rename applies to. */
    public enum Kind {
        /** An EClass (the owner is ignored). */
        CLASS,
        /** A structural feature of the owner class or its subclasses. */
        FEATURE,
        /** A literal of the owner enumeration. */
        LITERAL
    }

    /**
     * One rename: in model version {@code renamedIn} the metamodel started calling {@code oldName}
     * {@code newName}; files of an earlier version still say {@code oldName}.
     */
    public record Rename(int renamedIn, Kind kind, String owner, String oldName, String newName) {
        public static Rename ofClass(int renamedIn, String oldName, String newName) {
            return new Rename(renamedIn, Kind.CLASS, "", oldName, newName);
        }

        public static Rename ofFeature(int renamedIn, String className, String oldName, String newName) {
            return new Rename(renamedIn, Kind.FEATURE, className, oldName, newName);
        }

        public static Rename ofLiteral(int renamedIn, String enumName, String oldName, String newName) {
            return new Rename(renamedIn, Kind.LITERAL, enumName, oldName, newName);
        }
    }

    private final Map<String, String> names = new HashMap<>();

    LegacyNames(List<Rename> renames) {
        // Applied oldest first, so that a name renamed twice ends at its latest name.
        renames.stream().sorted(java.util.Comparator.comparingInt(Rename::renamedIn)).forEach(rename -> {
            String key = key(rename.kind(), rename.owner(), rename.oldName());
            names.put(key, rename.newName());
            names.replaceAll((k, v) -> k.startsWith(rename.kind() + "/" + rename.owner() + "/") && v.equals(rename.oldName())
                    ? rename.newName() : v);
        });
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    String className(String oldName) {
        return names.get(key(Kind.CLASS, "", oldName));
    }

    /** Today's name of a feature an old file names on an object of {@code eClass}, or null. */
    String featureName(EClass eClass, String oldName) {
        String renamed = names.get(key(Kind.FEATURE, eClass.getName(), oldName));
        if (renamed != null) {
            return renamed;
        }
        for (EClass superType : eClass.getEAllSuperTypes()) {
            renamed = names.get(key(Kind.FEATURE, superType.getName(), oldName));
            if (renamed != null) {
                return renamed;
            }
        }
        return null;
    }

    String literal(String enumName, String oldName) {
        return names.get(key(Kind.LITERAL, enumName, oldName));
    }

    private static String key(Kind kind, String owner, String name) {
        return kind + "/" + owner + "/" + name;
    }
}
