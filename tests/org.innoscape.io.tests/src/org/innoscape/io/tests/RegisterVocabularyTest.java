package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;
import org.innoscape.io.values.NameKey;
import org.innoscape.io.values.RegisterVocabularies;
import org.innoscape.io.values.Similarity;
import org.innoscape.io.values.StipInstrumentLabels;
import org.innoscape.io.values.Vocabulary;
import org.innoscape.model.ActivityType;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.Focus;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InstrumentType;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.values.Wording;
import org.junit.jupiter.api.Test;

/** Every enumerated register column accepts its values as people write them, and says what it expected otherwise. */
class RegisterVocabularyTest {

    /** Every value of every enumerated column, in every spelling: slug, the product's words, &, case, separators. */
    @Test
    void everyValueOfEveryColumnIsAcceptedInEverySpelling() {
        // The values come from the model's enumerations, not from the vocabularies, so a value a vocabulary left out fails.
        Map<Vocabulary<?>, List<? extends Enumerator>> all = Map.of(RegisterVocabularies.ACTIVITY_TYPE, ActivityType.VALUES,
                RegisterVocabularies.INSTRUMENT_TYPE, InstrumentType.VALUES, RegisterVocabularies.FOCUS, Focus.VALUES,
                RegisterVocabularies.FUNDING_RECIPIENTS, FundingRecipients.VALUES, RegisterVocabularies.STATUS, InitiativeStatus.VALUES,
                RegisterVocabularies.ACTOR_KIND, ActorKind.VALUES, RegisterVocabularies.ACTOR_LEVEL, ActorLevel.VALUES,
                RegisterVocabularies.RELATIONSHIP_KIND, RelationshipKind.VALUES);
        int checked = 0;
        for (var entry : all.entrySet()) {
            Vocabulary<?> vocabulary = entry.getKey();
            for (Enumerator value : entry.getValue()) {
                if ("UNKNOWN".equals(value.getName())) {
                    continue;
                }
                String words = Wording.of(value);
                for (String spelling : List.of(value.getName(), value.getName().toLowerCase(Locale.ROOT).replace('_', '-'), words,
                        words.replace(" and ", " & "), Wording.capitalized(value), "  " + words.toUpperCase(Locale.ROOT) + " ",
                        value.getName().replace('_', ' '))) {
                    assertEquals(Optional.of(value), vocabulary.find(spelling).map(Enumerator.class::cast),
                            vocabulary.what() + " '" + spelling + "'");
                    checked++;
                }
            }
        }
        assertTrue(checked > 400, "checked " + checked);
    }

    @Test
    void theWordsAnalystsUseMatchTheirValues() throws Exception {
        assertEquals(ActivityType.TRAINING_AND_SKILLS, RegisterVocabularies.ACTIVITY_TYPE.get("training & skills"));
        assertEquals(ActivityType.EVALUATION_AND_EVIDENCE, RegisterVocabularies.ACTIVITY_TYPE.get("Evaluation & Evidence"));
        assertEquals(ActivityType.INFORMATION_AND_SIGNPOSTING, RegisterVocabularies.ACTIVITY_TYPE.get("information/signposting"));
        assertEquals(Focus.NON_CLINICAL, RegisterVocabularies.FOCUS.get("non clinical"));
        assertEquals(Focus.NON_CLINICAL, RegisterVocabularies.FOCUS.get("Administrative"));
        assertEquals(Focus.NON_CLINICAL, RegisterVocabularies.FOCUS.get("administrative/operational"), "words that all mean one value");
        assertThrows(Vocabulary.UnknownValue.class, () -> RegisterVocabularies.FOCUS.get("clinical operational"), "words that disagree");
        assertEquals(FundingRecipients.INNOVATORS, RegisterVocabularies.FUNDING_RECIPIENTS.get("innovators only"));
        assertEquals(InitiativeStatus.ACTIVE, RegisterVocabularies.STATUS.get("Ongoing"));
        assertEquals(ActorKind.ARMS_LENGTH_BODY, RegisterVocabularies.ACTOR_KIND.get("Arm's length body"));
        assertEquals(RelationshipKind.PARTNERS_WITH, RegisterVocabularies.RELATIONSHIP_KIND.get("partners with"));
        assertEquals(RelationshipKind.ACCOUNTABLE_TO, RegisterVocabularies.RELATIONSHIP_KIND.get("Accountable-to"));
    }

    @Test
    void anUnknownValueSaysWhatWasExpectedAndSuggestsTheNearestOne() {
        Vocabulary.UnknownValue typo = assertThrows(Vocabulary.UnknownValue.class,
                () -> RegisterVocabularies.ACTIVITY_TYPE.get("traning and skills"));
        assertTrue(typo.getMessage().contains("did you mean 'training and skills'?"), typo.getMessage());
        assertTrue(typo.getMessage().contains("expected one of other, funding, training and skills"), typo.getMessage());
        Vocabulary.UnknownValue far = assertThrows(Vocabulary.UnknownValue.class, () -> RegisterVocabularies.FOCUS.get("banana"));
        assertFalse(far.getMessage().contains("did you mean"), far.getMessage());
        assertThrows(Vocabulary.UnknownValue.class, () -> RegisterVocabularies.STATUS.get("unknown"), "an empty cell means unknown");
    }

    @Test
    void everyStipCodebookLabelHasAnInstrumentType() throws Exception {
        for (var entry : StipInstrumentLabels.all().entrySet()) {
            assertEquals(entry.getValue(), RegisterVocabularies.INSTRUMENT_TYPE.get(entry.getKey()), entry.getKey());
            assertEquals(entry.getValue(), RegisterVocabularies.INSTRUMENT_TYPE.get(entry.getKey().toUpperCase()), entry.getKey());
        }
        assertEquals(InstrumentType.NATIONAL_STRATEGIES_AND_PLANS, RegisterVocabularies.INSTRUMENT_TYPE.get("Strategies, agendas and plans"));
        assertEquals(InstrumentType.TAX_RELIEF_FOR_INDIVIDUALS,
                RegisterVocabularies.INSTRUMENT_TYPE.get("Tax relief for individuals supporting R&D and innovation"));
        assertEquals(InstrumentType.EMERGING_TECHNOLOGY_REGULATION, RegisterVocabularies.INSTRUMENT_TYPE.get("Science and technology regulation"));
    }

    @Test
    void keysIgnoreCaseAccentsPunctuationAndAmpersands() {
        assertEquals("spread and scale up", NameKey.of(" Spread &  scale-up "));
        assertEquals(NameKey.of("Spread and scale-up"), NameKey.of("SPREAD_AND_SCALE_UP"));
        assertEquals(NameKey.of("Évaluation"), NameKey.of("evaluation"));
        assertEquals(NameKey.loose("Academic Health Science Networks"), NameKey.loose("academic health science network"));
        assertEquals("activity_types", NameKey.column("Activity Types"));
    }

    @Test
    void distanceIsExactWithinItsLimitAndCappedBeyond() {
        assertEquals(1, Similarity.distance("development", "developmentt", 2));
        assertEquals(3, Similarity.distance("kitten", "sitting", 3));
        assertEquals(3, Similarity.distance("kitten", "sitting", 2), "capped at limit + 1");
        assertEquals(3, Similarity.distance("abc", "xyzabcdef", 2), "capped at limit + 1");
        assertEquals(0, Similarity.distance("same", "same", 0));
    }
}
