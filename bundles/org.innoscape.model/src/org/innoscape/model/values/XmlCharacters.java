package org.innoscape.model.values;

/** Which characters a model file can hold: those of XML 1.0 (no control characters but tab and line breaks). */
public final class XmlCharacters {

    private XmlCharacters() {
    }

    /** The index of the first character XML 1.0 cannot hold, or -1. */
    public static int firstForbidden(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
            if (!allowed) {
                return i;
            }
        }
        return -1;
    }
}
