/**
 */
package org.innoscape.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.innoscape.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class InnoscapeFactoryImpl extends EFactoryImpl implements InnoscapeFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static InnoscapeFactory init() {
		try {
			InnoscapeFactory theInnoscapeFactory = (InnoscapeFactory)EPackage.Registry.INSTANCE.getEFactory(InnoscapePackage.eNS_URI);
			if (theInnoscapeFactory != null) {
				return theInnoscapeFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new InnoscapeFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InnoscapeFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case InnoscapePackage.PROPERTY: return createProperty();
			case InnoscapePackage.SOURCE_DOCUMENT: return createSourceDocument();
			case InnoscapePackage.SOURCE_REFERENCE: return createSourceReference();
			case InnoscapePackage.INNOVATION_SYSTEM: return createInnovationSystem();
			case InnoscapePackage.ACTOR: return createActor();
			case InnoscapePackage.STAKEHOLDER_GROUP: return createStakeholderGroup();
			case InnoscapePackage.RELATIONSHIP: return createRelationship();
			case InnoscapePackage.DRIVER: return createDriver();
			case InnoscapePackage.SUB_FACTOR: return createSubFactor();
			case InnoscapePackage.PATHWAY_STAGE: return createPathwayStage();
			case InnoscapePackage.BUDGET: return createBudget();
			case InnoscapePackage.POLICY_INITIATIVE: return createPolicyInitiative();
			case InnoscapePackage.RECOMMENDATION: return createRecommendation();
			case InnoscapePackage.DUPLICATE_REVIEW: return createDuplicateReview();
			case InnoscapePackage.DIAGRAM: return createDiagram();
			case InnoscapePackage.DIAGRAM_NODE: return createDiagramNode();
			case InnoscapePackage.DIAGRAM_EDGE: return createDiagramEdge();
			case InnoscapePackage.NODE_APPEARANCE: return createNodeAppearance();
			case InnoscapePackage.DIAGRAM_FILTER: return createDiagramFilter();
			case InnoscapePackage.INDICATOR: return createIndicator();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case InnoscapePackage.TRISTATE:
				return createTristateFromString(eDataType, initialValue);
			case InnoscapePackage.CERTAINTY:
				return createCertaintyFromString(eDataType, initialValue);
			case InnoscapePackage.ACTOR_KIND:
				return createActorKindFromString(eDataType, initialValue);
			case InnoscapePackage.ACTOR_LEVEL:
				return createActorLevelFromString(eDataType, initialValue);
			case InnoscapePackage.RELATIONSHIP_KIND:
				return createRelationshipKindFromString(eDataType, initialValue);
			case InnoscapePackage.DRIVER_KIND:
				return createDriverKindFromString(eDataType, initialValue);
			case InnoscapePackage.PATHWAY_SIDE:
				return createPathwaySideFromString(eDataType, initialValue);
			case InnoscapePackage.ACTIVITY_TYPE:
				return createActivityTypeFromString(eDataType, initialValue);
			case InnoscapePackage.INSTRUMENT_TYPE:
				return createInstrumentTypeFromString(eDataType, initialValue);
			case InnoscapePackage.FOCUS:
				return createFocusFromString(eDataType, initialValue);
			case InnoscapePackage.FUNDING_RECIPIENTS:
				return createFundingRecipientsFromString(eDataType, initialValue);
			case InnoscapePackage.INITIATIVE_STATUS:
				return createInitiativeStatusFromString(eDataType, initialValue);
			case InnoscapePackage.TIME_FRAME:
				return createTimeFrameFromString(eDataType, initialValue);
			case InnoscapePackage.INDICATOR_CATEGORY:
				return createIndicatorCategoryFromString(eDataType, initialValue);
			case InnoscapePackage.REVIEW_VERDICT:
				return createReviewVerdictFromString(eDataType, initialValue);
			case InnoscapePackage.LAYOUT_DIRECTION:
				return createLayoutDirectionFromString(eDataType, initialValue);
			case InnoscapePackage.APPEARANCE_CHANNEL:
				return createAppearanceChannelFromString(eDataType, initialValue);
			case InnoscapePackage.LINE_ROUTING:
				return createLineRoutingFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case InnoscapePackage.TRISTATE:
				return convertTristateToString(eDataType, instanceValue);
			case InnoscapePackage.CERTAINTY:
				return convertCertaintyToString(eDataType, instanceValue);
			case InnoscapePackage.ACTOR_KIND:
				return convertActorKindToString(eDataType, instanceValue);
			case InnoscapePackage.ACTOR_LEVEL:
				return convertActorLevelToString(eDataType, instanceValue);
			case InnoscapePackage.RELATIONSHIP_KIND:
				return convertRelationshipKindToString(eDataType, instanceValue);
			case InnoscapePackage.DRIVER_KIND:
				return convertDriverKindToString(eDataType, instanceValue);
			case InnoscapePackage.PATHWAY_SIDE:
				return convertPathwaySideToString(eDataType, instanceValue);
			case InnoscapePackage.ACTIVITY_TYPE:
				return convertActivityTypeToString(eDataType, instanceValue);
			case InnoscapePackage.INSTRUMENT_TYPE:
				return convertInstrumentTypeToString(eDataType, instanceValue);
			case InnoscapePackage.FOCUS:
				return convertFocusToString(eDataType, instanceValue);
			case InnoscapePackage.FUNDING_RECIPIENTS:
				return convertFundingRecipientsToString(eDataType, instanceValue);
			case InnoscapePackage.INITIATIVE_STATUS:
				return convertInitiativeStatusToString(eDataType, instanceValue);
			case InnoscapePackage.TIME_FRAME:
				return convertTimeFrameToString(eDataType, instanceValue);
			case InnoscapePackage.INDICATOR_CATEGORY:
				return convertIndicatorCategoryToString(eDataType, instanceValue);
			case InnoscapePackage.REVIEW_VERDICT:
				return convertReviewVerdictToString(eDataType, instanceValue);
			case InnoscapePackage.LAYOUT_DIRECTION:
				return convertLayoutDirectionToString(eDataType, instanceValue);
			case InnoscapePackage.APPEARANCE_CHANNEL:
				return convertAppearanceChannelToString(eDataType, instanceValue);
			case InnoscapePackage.LINE_ROUTING:
				return convertLineRoutingToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Property createProperty() {
		PropertyImpl property = new PropertyImpl();
		return property;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceDocument createSourceDocument() {
		SourceDocumentImpl sourceDocument = new SourceDocumentImpl();
		return sourceDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceReference createSourceReference() {
		SourceReferenceImpl sourceReference = new SourceReferenceImpl();
		return sourceReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InnovationSystem createInnovationSystem() {
		InnovationSystemImpl innovationSystem = new InnovationSystemImpl();
		return innovationSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor createActor() {
		ActorImpl actor = new ActorImpl();
		return actor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StakeholderGroup createStakeholderGroup() {
		StakeholderGroupImpl stakeholderGroup = new StakeholderGroupImpl();
		return stakeholderGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Relationship createRelationship() {
		RelationshipImpl relationship = new RelationshipImpl();
		return relationship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Driver createDriver() {
		DriverImpl driver = new DriverImpl();
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubFactor createSubFactor() {
		SubFactorImpl subFactor = new SubFactorImpl();
		return subFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PathwayStage createPathwayStage() {
		PathwayStageImpl pathwayStage = new PathwayStageImpl();
		return pathwayStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Budget createBudget() {
		BudgetImpl budget = new BudgetImpl();
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyInitiative createPolicyInitiative() {
		PolicyInitiativeImpl policyInitiative = new PolicyInitiativeImpl();
		return policyInitiative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recommendation createRecommendation() {
		RecommendationImpl recommendation = new RecommendationImpl();
		return recommendation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DuplicateReview createDuplicateReview() {
		DuplicateReviewImpl duplicateReview = new DuplicateReviewImpl();
		return duplicateReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diagram createDiagram() {
		DiagramImpl diagram = new DiagramImpl();
		return diagram;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramNode createDiagramNode() {
		DiagramNodeImpl diagramNode = new DiagramNodeImpl();
		return diagramNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramEdge createDiagramEdge() {
		DiagramEdgeImpl diagramEdge = new DiagramEdgeImpl();
		return diagramEdge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeAppearance createNodeAppearance() {
		NodeAppearanceImpl nodeAppearance = new NodeAppearanceImpl();
		return nodeAppearance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramFilter createDiagramFilter() {
		DiagramFilterImpl diagramFilter = new DiagramFilterImpl();
		return diagramFilter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator() {
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AppearanceChannel createAppearanceChannelFromString(EDataType eDataType, String initialValue) {
		AppearanceChannel result = AppearanceChannel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAppearanceChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LineRouting createLineRoutingFromString(EDataType eDataType, String initialValue) {
		LineRouting result = LineRouting.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLineRoutingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Tristate createTristateFromString(EDataType eDataType, String initialValue) {
		Tristate result = Tristate.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTristateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Certainty createCertaintyFromString(EDataType eDataType, String initialValue) {
		Certainty result = Certainty.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCertaintyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActorKind createActorKindFromString(EDataType eDataType, String initialValue) {
		ActorKind result = ActorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActorLevel createActorLevelFromString(EDataType eDataType, String initialValue) {
		ActorLevel result = ActorLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActorLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RelationshipKind createRelationshipKindFromString(EDataType eDataType, String initialValue) {
		RelationshipKind result = RelationshipKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationshipKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DriverKind createDriverKindFromString(EDataType eDataType, String initialValue) {
		DriverKind result = DriverKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDriverKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PathwaySide createPathwaySideFromString(EDataType eDataType, String initialValue) {
		PathwaySide result = PathwaySide.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPathwaySideToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActivityType createActivityTypeFromString(EDataType eDataType, String initialValue) {
		ActivityType result = ActivityType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActivityTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstrumentType createInstrumentTypeFromString(EDataType eDataType, String initialValue) {
		InstrumentType result = InstrumentType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstrumentTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Focus createFocusFromString(EDataType eDataType, String initialValue) {
		Focus result = Focus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFocusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FundingRecipients createFundingRecipientsFromString(EDataType eDataType, String initialValue) {
		FundingRecipients result = FundingRecipients.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFundingRecipientsToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InitiativeStatus createInitiativeStatusFromString(EDataType eDataType, String initialValue) {
		InitiativeStatus result = InitiativeStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInitiativeStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TimeFrame createTimeFrameFromString(EDataType eDataType, String initialValue) {
		TimeFrame result = TimeFrame.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTimeFrameToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndicatorCategory createIndicatorCategoryFromString(EDataType eDataType, String initialValue) {
		IndicatorCategory result = IndicatorCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIndicatorCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewVerdict createReviewVerdictFromString(EDataType eDataType, String initialValue) {
		ReviewVerdict result = ReviewVerdict.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReviewVerdictToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LayoutDirection createLayoutDirectionFromString(EDataType eDataType, String initialValue) {
		LayoutDirection result = LayoutDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLayoutDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InnoscapePackage getInnoscapePackage() {
		return (InnoscapePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static InnoscapePackage getPackage() {
		return InnoscapePackage.eINSTANCE;
	}

} //InnoscapeFactoryImpl
