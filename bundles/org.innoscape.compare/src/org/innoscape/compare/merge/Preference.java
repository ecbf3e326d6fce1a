package org.innoscape.compare.merge;

/** How {@code innoscape merge} settles conflicts: it does not ({@code NONE}), or one side wins them all. */
public enum Preference {
    NONE, OURS, THEIRS
}
