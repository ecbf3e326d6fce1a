package org.innoscape.io.values;

import org.innoscape.model.ActivityType;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.Focus;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InstrumentType;
import org.innoscape.model.RelationshipKind;

/** The vocabulary of every enumerated register column: one place, used by every reader and the wizard. */
public final class RegisterVocabularies {
    public static final Vocabulary<ActivityType> ACTIVITY_TYPE = Vocabulary.of("activity type", ActivityType.VALUES);
    public static final Vocabulary<InstrumentType> INSTRUMENT_TYPE = Vocabulary.of("STIP instrument type", InstrumentType.VALUES);
    public static final Vocabulary<Focus> FOCUS = Vocabulary.of("focus", Focus.VALUES);
    public static final Vocabulary<FundingRecipients> FUNDING_RECIPIENTS = Vocabulary.of("funding recipient", FundingRecipients.VALUES);
    public static final Vocabulary<InitiativeStatus> STATUS = Vocabulary.of("status", InitiativeStatus.VALUES);
    public static final Vocabulary<ActorKind> ACTOR_KIND = Vocabulary.of("actor kind", ActorKind.VALUES);
    public static final Vocabulary<ActorLevel> ACTOR_LEVEL = Vocabulary.of("level", ActorLevel.VALUES);
    public static final Vocabulary<RelationshipKind> RELATIONSHIP_KIND = Vocabulary.of("relationship kind", RelationshipKind.VALUES);

    private RegisterVocabularies() {
    }
}
