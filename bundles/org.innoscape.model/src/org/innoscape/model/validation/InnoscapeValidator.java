package org.innoscape.model.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.innoscape.model.Actor;
import org.innoscape.model.Budget;
import org.innoscape.model.DuplicateReview;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.ModelElement;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Recommendation;
import org.innoscape.model.Relationship;
import org.innoscape.model.SourceReference;
import org.innoscape.model.Tristate;
import org.innoscape.model.values.PartialDate;

/**
 * The Innoscape model constraints. Headless: use {@link ModelValidation#validate} or register it
 * with any EMF {@code Diagnostician}. Each message names the element and says what is expected.
 */
public class InnoscapeValidator implements EValidator {
    public static final String SOURCE = "org.innoscape.model";

    /** Constraint codes, so tools and tests can tell problems apart. */
    public static final int NAME_REQUIRED = 1;
    public static final int ID_REQUIRED = 2;
    public static final int ID_DUPLICATE = 3;
    public static final int RELATIONSHIP_ENDS_REQUIRED = 10;
    public static final int RELATIONSHIP_SELF = 11;
    public static final int RELATIONSHIP_STRENGTH_RANGE = 12;
    public static final int INFLUENCE_RANGE = 20;
    public static final int DATE_FORMAT = 30;
    public static final int END_BEFORE_START = 31;
    public static final int BUDGET_NEGATIVE = 40;
    public static final int BUDGET_RANGE_REVERSED = 41;
    public static final int BUDGET_CURRENCY = 42;
    public static final int FUNDING_RECIPIENTS_WITHOUT_FUNDING = 50;
    public static final int FUNDING_WITHOUT_RECIPIENTS = 51;
    public static final int SOURCE_DOCUMENT_REQUIRED = 60;
    public static final int RECOMMENDATION_NUMBER = 70;
    public static final int REVIEW_PAIR = 80;

    public static final int MIN_STRENGTH = 1;
    public static final int MAX_STRENGTH = 5;
    public static final int MIN_INFLUENCE = 0;
    public static final int MAX_INFLUENCE = 10;

    @Override
    public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(object.eClass(), object, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(object, diagnostics);
        if (object instanceof ModelElement element) {
            checkIdentity(element, problems);
        }
        if (object instanceof InnovationSystem system) {
            checkDate(system.getSnapshotDate(), "snapshot date", problems);
            checkUniqueIds(system, problems);
        } else if (object instanceof Relationship relationship) {
            checkRelationship(relationship, problems);
        } else if (object instanceof Actor actor) {
            checkRange(actor.getInfluence(), MIN_INFLUENCE, MAX_INFLUENCE, "influence", INFLUENCE_RANGE, problems);
        } else if (object instanceof PolicyInitiative initiative) {
            checkInitiative(initiative, problems);
        } else if (object instanceof Recommendation recommendation) {
            if (recommendation.getNumber() != null && recommendation.getNumber() < 1) {
                problems.error(RECOMMENDATION_NUMBER, "its number must be 1 or more, not " + recommendation.getNumber());
            }
        } else if (object instanceof Budget budget) {
            checkBudget(budget, problems);
        } else if (object instanceof DuplicateReview review) {
            if (review.getFirst() == null || review.getSecond() == null || review.getFirst() == review.getSecond()) {
                problems.error(REVIEW_PAIR, "a duplicate review must name two different initiatives");
            }
        } else if (object instanceof SourceReference reference && reference.getDocument() == null) {
            problems.error(SOURCE_DOCUMENT_REQUIRED, "the source reference names no document");
        }
        return problems.none();
    }

    @Override
    public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    private static void checkIdentity(ModelElement element, Problems problems) {
        if (element.getId() == null || element.getId().isBlank()) {
            problems.error(ID_REQUIRED, "it has no id");
        }
        boolean nameOptional = element instanceof Relationship;
        if (!nameOptional && (element.getName() == null || element.getName().isBlank())) {
            problems.error(NAME_REQUIRED, "a name is required");
        }
    }

    private static void checkUniqueIds(InnovationSystem system, Problems problems) {
        Map<String, EObject> seen = new HashMap<>();
        for (Iterator<EObject> it = system.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ModelElement element && element.getId() != null) {
                EObject earlier = seen.putIfAbsent(element.getId(), element);
                if (earlier != null) {
                    problems.errorOn(element, ID_DUPLICATE, "its id '" + element.getId() + "' is also used by "
                            + ModelValidation.label(earlier));
                }
            }
        }
    }

    private static void checkRelationship(Relationship relationship, Problems problems) {
        if (relationship.getSource() == null || relationship.getTarget() == null) {
            problems.error(RELATIONSHIP_ENDS_REQUIRED, "a relationship needs both a source and a target actor");
        } else if (relationship.getSource() == relationship.getTarget()) {
            problems.error(RELATIONSHIP_SELF, "an actor cannot have a relationship with itself ("
                    + relationship.getSource().getName() + ")");
        }
        checkRange(relationship.getStrength(), MIN_STRENGTH, MAX_STRENGTH, "strength", RELATIONSHIP_STRENGTH_RANGE, problems);
    }

    private static void checkInitiative(PolicyInitiative initiative, Problems problems) {
        Optional<PartialDate> start = checkDate(initiative.getStartDate(), "start date", problems);
        Optional<PartialDate> end = checkDate(initiative.getEndDate(), "end date", problems);
        if (start.isPresent() && end.isPresent() && !PartialDate.isOrdered(start.get(), end.get())) {
            problems.error(END_BEFORE_START, "its end date " + end.get().text() + " is before its start date "
                    + start.get().text());
        }
        FundingRecipients recipients = initiative.getFundingRecipients();
        boolean namesRecipients = recipients == FundingRecipients.INNOVATORS || recipients == FundingRecipients.ADOPTERS
                || recipients == FundingRecipients.BOTH;
        if (namesRecipients && initiative.getOffersFunding() == Tristate.NO) {
            problems.error(FUNDING_RECIPIENTS_WITHOUT_FUNDING, "it names funding recipients (" + recipients.getLiteral()
                    + ") but does not offer funding; set 'offers funding' or clear the recipients");
        }
        if (recipients == FundingRecipients.NONE && initiative.getOffersFunding() == Tristate.YES) {
            problems.error(FUNDING_WITHOUT_RECIPIENTS,
                    "it offers funding but its funding recipients are NONE; say who receives the funding");
        }
    }

    private static void checkBudget(Budget budget, Problems problems) {
        BigDecimal amount = budget.getAmount();
        BigDecimal upper = budget.getUpperAmount();
        if (amount != null && amount.signum() < 0) {
            problems.error(BUDGET_NEGATIVE, "the budget amount must not be negative (" + amount.toPlainString() + ")");
        }
        if (upper != null && upper.signum() < 0) {
            problems.error(BUDGET_NEGATIVE, "the upper budget amount must not be negative (" + upper.toPlainString() + ")");
        }
        if (amount != null && upper != null && upper.compareTo(amount) < 0) {
            problems.error(BUDGET_RANGE_REVERSED, "the upper budget amount " + upper.toPlainString()
                    + " is below the amount " + amount.toPlainString());
        }
        String currency = budget.getCurrency();
        if ((amount != null || upper != null) && (currency == null || !currency.matches("[A-Z]{3}"))) {
            problems.error(BUDGET_CURRENCY, "a budget amount needs a three-letter ISO 4217 currency code such as GBP, not '"
                    + (currency == null ? "" : currency) + "'");
        }
    }

    private static Optional<PartialDate> checkDate(String text, String what, Problems problems) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<PartialDate> date = PartialDate.parse(text);
        if (date.isEmpty()) {
            problems.error(DATE_FORMAT, "its " + what + " '" + text + "' is not a date (expected " + PartialDate.EXPECTED + ")");
        }
        return date;
    }

    private static void checkRange(Integer value, int min, int max, String what, int code, Problems problems) {
        if (value != null && (value < min || value > max)) {
            problems.error(code, "its " + what + " must be between " + min + " and " + max + ", not " + value);
        }
    }

    /** Collects the problems of one element into the diagnostic chain. */
    private static final class Problems {
        private final EObject subject;
        private final DiagnosticChain chain;
        private boolean any;

        Problems(EObject subject, DiagnosticChain chain) {
            this.subject = subject;
            this.chain = chain;
        }

        void error(int code, String message) {
            errorOn(subject, code, message);
        }

        void errorOn(EObject element, int code, String message) {
            any = true;
            if (chain != null) {
                chain.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, code,
                        ModelValidation.label(element) + ": " + message, new Object[] {element}));
            }
        }

        boolean none() {
            return !any;
        }
    }
}
