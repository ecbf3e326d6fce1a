package org.innoscape.diagram.types;

import java.util.EnumMap;
import java.util.Map;

import org.innoscape.diagram.description.NodeShape;
import org.innoscape.diagram.description.NodeStyle;
import org.innoscape.diagram.description.Rgb;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.FundingRecipients;

/**
 * The colours and shapes the built-in diagram types share, so that an actor kind or a kind of
 * funding looks the same on every diagram (and in the dashboard's legends).
 */
public final class InnoscapeStyles {
    private static final Map<ActorKind, Rgb> KIND_COLOURS = new EnumMap<>(ActorKind.class);

    static {
        KIND_COLOURS.put(ActorKind.GOVERNMENT_DEPARTMENT, Rgb.hex("#9ecae1"));
        KIND_COLOURS.put(ActorKind.ARMS_LENGTH_BODY, Rgb.hex("#c6dbef"));
        KIND_COLOURS.put(ActorKind.REGULATOR, Rgb.hex("#fcae91"));
        KIND_COLOURS.put(ActorKind.RESEARCH_FUNDER, Rgb.hex("#a1d99b"));
        KIND_COLOURS.put(ActorKind.NETWORK, Rgb.hex("#fdd0a2"));
        KIND_COLOURS.put(ActorKind.HEALTHCARE_PROVIDER, Rgb.hex("#dadaeb"));
        KIND_COLOURS.put(ActorKind.COMMISSIONER, Rgb.hex("#bcbddc"));
        KIND_COLOURS.put(ActorKind.INDUSTRY, Rgb.hex("#fee391"));
        KIND_COLOURS.put(ActorKind.ACADEMIA, Rgb.hex("#c7e9c0"));
        KIND_COLOURS.put(ActorKind.CHARITY, Rgb.hex("#fbb4b9"));
        KIND_COLOURS.put(ActorKind.PATIENT_PUBLIC_GROUP, Rgb.hex("#f768a1"));
        KIND_COLOURS.put(ActorKind.PROFESSIONAL_BODY, Rgb.hex("#d9d9d9"));
        KIND_COLOURS.put(ActorKind.OTHER, Rgb.hex("#f0f0f0"));
    }

    public static final Rgb INNOVATORS = Rgb.hex("#6baed6");
    public static final Rgb ADOPTERS = Rgb.hex("#74c476");
    public static final Rgb BOTH = Rgb.hex("#9e9ac8");
    public static final Rgb NO_FUNDING = Rgb.hex("#e0e0e0");
    public static final Rgb UNKNOWN_FUNDING = Rgb.hex("#ffffff");
    public static final Rgb BORDER = Rgb.hex("#555555");

    private InnoscapeStyles() {
    }

    public static Rgb kindColour(ActorKind kind) {
        return KIND_COLOURS.getOrDefault(kind, KIND_COLOURS.get(ActorKind.OTHER));
    }

    public static Rgb recipientsColour(FundingRecipients recipients) {
        return switch (recipients) {
            case INNOVATORS -> INNOVATORS;
            case ADOPTERS -> ADOPTERS;
            case BOTH -> BOTH;
            case NONE -> NO_FUNDING;
            case UNKNOWN -> UNKNOWN_FUNDING;
        };
    }

    /**
     * An actor: fill by kind; national bodies rounded with a strong border, regional ones rounded,
     * local ones elliptical, international ones square-cornered. Size by influence is an appearance
     * (a new stakeholder network starts with it), so it follows the model even after nodes are placed.
     */
    public static NodeStyle actor(Actor actor) {
        ActorLevel level = actor == null ? ActorLevel.UNKNOWN : actor.getLevel();
        NodeShape shape = switch (level) {
            case LOCAL -> NodeShape.ELLIPSE;
            case INTERNATIONAL -> NodeShape.RECTANGLE;
            default -> NodeShape.ROUNDED;
        };
        int border = level == ActorLevel.NATIONAL || level == ActorLevel.INTERNATIONAL ? 2 : 1;
        return NodeStyle.of(shape, kindColour(actor == null ? ActorKind.OTHER : actor.getKind()), BORDER)
                .withBorder(BORDER, border).withSize(130, 52);
    }

    public static NodeStyle initiative(Rgb fill) {
        return NodeStyle.of(NodeShape.RECTANGLE, fill, BORDER).withSize(150, 44).withLabel(Rgb.BLACK, 8, false);
    }
}
