/**
 */
package org.innoscape.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.innoscape.model.ActivityType;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.AppearanceChannel;
import org.innoscape.model.Budget;
import org.innoscape.model.Certainty;
import org.innoscape.model.Diagram;
import org.innoscape.model.DiagramEdge;
import org.innoscape.model.DiagramFilter;
import org.innoscape.model.DiagramNode;
import org.innoscape.model.Driver;
import org.innoscape.model.DriverKind;
import org.innoscape.model.DuplicateReview;
import org.innoscape.model.Focus;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.Indicator;
import org.innoscape.model.IndicatorCategory;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.InstrumentType;
import org.innoscape.model.LayoutDirection;
import org.innoscape.model.LineRouting;
import org.innoscape.model.ModelElement;
import org.innoscape.model.NodeAppearance;
import org.innoscape.model.PathwaySide;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Property;
import org.innoscape.model.Recommendation;
import org.innoscape.model.Relationship;
import org.innoscape.model.RelationshipKind;
import org.innoscape.model.ReviewVerdict;
import org.innoscape.model.SourceDocument;
import org.innoscape.model.SourceReference;
import org.innoscape.model.StakeholderGroup;
import org.innoscape.model.SubFactor;
import org.innoscape.model.TimeFrame;
import org.innoscape.model.Tristate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class InnoscapePackageImpl extends EPackageImpl implements InnoscapePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modelElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass propertyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceDocumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass innovationSystemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stakeholderGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass relationshipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass driverEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subFactorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pathwayStageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyInitiativeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recommendationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass duplicateReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramNodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramEdgeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeAppearanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramFilterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum appearanceChannelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lineRoutingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tristateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum certaintyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actorLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationshipKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum driverKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pathwaySideEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum activityTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum instrumentTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum focusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fundingRecipientsEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum initiativeStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum timeFrameEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum indicatorCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reviewVerdictEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum layoutDirectionEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.innoscape.model.InnoscapePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private InnoscapePackageImpl() {
		super(eNS_URI, InnoscapeFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link InnoscapePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static InnoscapePackage init() {
		if (isInited) return (InnoscapePackage)EPackage.Registry.INSTANCE.getEPackage(InnoscapePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredInnoscapePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		InnoscapePackageImpl theInnoscapePackage = registeredInnoscapePackage instanceof InnoscapePackageImpl ? (InnoscapePackageImpl)registeredInnoscapePackage : new InnoscapePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theInnoscapePackage.createPackageContents();

		// Initialize created meta-data
		theInnoscapePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theInnoscapePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(InnoscapePackage.eNS_URI, theInnoscapePackage);
		return theInnoscapePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModelElement() {
		return modelElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Id() {
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Name() {
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Description() {
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getModelElement_Sources() {
		return (EReference)modelElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_ExternalId() {
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getModelElement_Properties() {
		return (EReference)modelElementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProperty() {
		return propertyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProperty_Key() {
		return (EAttribute)propertyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProperty_Value() {
		return (EAttribute)propertyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSourceDocument() {
		return sourceDocumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceDocument_FileName() {
		return (EAttribute)sourceDocumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceDocument_Publisher() {
		return (EAttribute)sourceDocumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceDocument_Year() {
		return (EAttribute)sourceDocumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSourceReference() {
		return sourceReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSourceReference_Document() {
		return (EReference)sourceReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceReference_Section() {
		return (EAttribute)sourceReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceReference_Certainty() {
		return (EAttribute)sourceReferenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceReference_Note() {
		return (EAttribute)sourceReferenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInnovationSystem() {
		return innovationSystemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInnovationSystem_ModelVersion() {
		return (EAttribute)innovationSystemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInnovationSystem_Jurisdiction() {
		return (EAttribute)innovationSystemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInnovationSystem_SnapshotDate() {
		return (EAttribute)innovationSystemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSystem_Documents() {
		return (EReference)innovationSystemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSystem_Actors() {
		return (EReference)innovationSystemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSystem_StakeholderGroups() {
		return (EReference)innovationSystemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSystem_Relationships() {
		return (EReference)innovationSystemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSystem_Drivers() {
		return (EReference)innovationSystemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSystem_Stages() {
		return (EReference)innovationSystemEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSystem_Initiatives() {
		return (EReference)innovationSystemEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSystem_Recommendations() {
		return (EReference)innovationSystemEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSystem_Indicators() {
		return (EReference)innovationSystemEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSystem_DuplicateReviews() {
		return (EReference)innovationSystemEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInnovationSystem_Diagrams() {
		return (EReference)innovationSystemEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActor() {
		return actorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Acronym() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Kind() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Level() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Influence() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Goals() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActor_MemberOf() {
		return (EReference)actorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStakeholderGroup() {
		return stakeholderGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholderGroup_Side() {
		return (EAttribute)stakeholderGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStakeholderGroup_Members() {
		return (EReference)stakeholderGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRelationship() {
		return relationshipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationship_Source() {
		return (EReference)relationshipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationship_Target() {
		return (EReference)relationshipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Kind() {
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Strength() {
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Evidence() {
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDriver() {
		return driverEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriver_Kind() {
		return (EAttribute)driverEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDriver_SubFactors() {
		return (EReference)driverEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubFactor() {
		return subFactorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPathwayStage() {
		return pathwayStageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPathwayStage_Side() {
		return (EAttribute)pathwayStageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudget() {
		return budgetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_Amount() {
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_UpperAmount() {
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_Currency() {
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_Period() {
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyInitiative() {
		return policyInitiativeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInitiative_Acronym() {
		return (EAttribute)policyInitiativeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyInitiative_Owners() {
		return (EReference)policyInitiativeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyInitiative_Partners() {
		return (EReference)policyInitiativeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInitiative_ActivityTypes() {
		return (EAttribute)policyInitiativeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInitiative_InstrumentType() {
		return (EAttribute)policyInitiativeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInitiative_SupportsInnovation() {
		return (EAttribute)policyInitiativeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInitiative_Focus() {
		return (EAttribute)policyInitiativeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInitiative_ProductivityFocus() {
		return (EAttribute)policyInitiativeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInitiative_OffersFunding() {
		return (EAttribute)policyInitiativeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInitiative_FundingRecipients() {
		return (EAttribute)policyInitiativeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyInitiative_StagesSupported() {
		return (EReference)policyInitiativeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyInitiative_DriversAddressed() {
		return (EReference)policyInitiativeEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyInitiative_TargetGroups() {
		return (EReference)policyInitiativeEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInitiative_TechnologyArea() {
		return (EAttribute)policyInitiativeEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyInitiative_Budget() {
		return (EReference)policyInitiativeEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInitiative_Status() {
		return (EAttribute)policyInitiativeEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInitiative_StartDate() {
		return (EAttribute)policyInitiativeEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInitiative_EndDate() {
		return (EAttribute)policyInitiativeEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInitiative_Evaluated() {
		return (EAttribute)policyInitiativeEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInitiative_RapidEvaluation() {
		return (EAttribute)policyInitiativeEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyInitiative_Indicators() {
		return (EReference)policyInitiativeEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecommendation() {
		return recommendationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecommendation_Number() {
		return (EAttribute)recommendationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecommendation_Text() {
		return (EAttribute)recommendationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecommendation_Driver() {
		return (EReference)recommendationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecommendation_AddressedActors() {
		return (EReference)recommendationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecommendation_TimeFrame() {
		return (EAttribute)recommendationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecommendation_ImplementingInitiatives() {
		return (EReference)recommendationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDuplicateReview() {
		return duplicateReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDuplicateReview_First() {
		return (EReference)duplicateReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDuplicateReview_Second() {
		return (EReference)duplicateReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuplicateReview_Verdict() {
		return (EAttribute)duplicateReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuplicateReview_Fingerprint() {
		return (EAttribute)duplicateReviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuplicateReview_Reviewer() {
		return (EAttribute)duplicateReviewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuplicateReview_Date() {
		return (EAttribute)duplicateReviewEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuplicateReview_Note() {
		return (EAttribute)duplicateReviewEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagram() {
		return diagramEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagram_Type() {
		return (EAttribute)diagramEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagram_EnabledLayers() {
		return (EAttribute)diagramEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagram_Nodes() {
		return (EReference)diagramEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagram_Edges() {
		return (EReference)diagramEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagram_HiddenElements() {
		return (EReference)diagramEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagram_Filters() {
		return (EReference)diagramEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagram_LayoutDirection() {
		return (EAttribute)diagramEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagram_LineRouting() {
		return (EAttribute)diagramEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagram_Appearances() {
		return (EReference)diagramEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramNode() {
		return diagramNodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramNode_Id() {
		return (EAttribute)diagramNodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramNode_Mapping() {
		return (EAttribute)diagramNodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramNode_Element() {
		return (EReference)diagramNodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramNode_X() {
		return (EAttribute)diagramNodeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramNode_Y() {
		return (EAttribute)diagramNodeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramNode_Width() {
		return (EAttribute)diagramNodeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramNode_Height() {
		return (EAttribute)diagramNodeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramNode_Children() {
		return (EReference)diagramNodeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramEdge() {
		return diagramEdgeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramEdge_Mapping() {
		return (EAttribute)diagramEdgeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramEdge_Element() {
		return (EReference)diagramEdgeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramEdge_Source() {
		return (EReference)diagramEdgeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramEdge_Target() {
		return (EReference)diagramEdgeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramEdge_Bendpoints() {
		return (EAttribute)diagramEdgeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramEdge_LabelPosition() {
		return (EAttribute)diagramEdgeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeAppearance() {
		return nodeAppearanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeAppearance_Mapping() {
		return (EAttribute)nodeAppearanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeAppearance_Channel() {
		return (EAttribute)nodeAppearanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeAppearance_Source() {
		return (EAttribute)nodeAppearanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeAppearance_Smallest() {
		return (EAttribute)nodeAppearanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeAppearance_Largest() {
		return (EAttribute)nodeAppearanceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramFilter() {
		return diagramFilterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramFilter_Filter() {
		return (EAttribute)diagramFilterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramFilter_Values() {
		return (EReference)diagramFilterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicator() {
		return indicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Category() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Group() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Stage() {
		return (EReference)indicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAppearanceChannel() {
		return appearanceChannelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLineRouting() {
		return lineRoutingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTristate() {
		return tristateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCertainty() {
		return certaintyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActorKind() {
		return actorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActorLevel() {
		return actorLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationshipKind() {
		return relationshipKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDriverKind() {
		return driverKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPathwaySide() {
		return pathwaySideEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActivityType() {
		return activityTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInstrumentType() {
		return instrumentTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFocus() {
		return focusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFundingRecipients() {
		return fundingRecipientsEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInitiativeStatus() {
		return initiativeStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTimeFrame() {
		return timeFrameEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIndicatorCategory() {
		return indicatorCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReviewVerdict() {
		return reviewVerdictEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLayoutDirection() {
		return layoutDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InnoscapeFactory getInnoscapeFactory() {
		return (InnoscapeFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		modelElementEClass = createEClass(MODEL_ELEMENT);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__ID);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__NAME);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__DESCRIPTION);
		createEReference(modelElementEClass, MODEL_ELEMENT__SOURCES);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__EXTERNAL_ID);
		createEReference(modelElementEClass, MODEL_ELEMENT__PROPERTIES);

		propertyEClass = createEClass(PROPERTY);
		createEAttribute(propertyEClass, PROPERTY__KEY);
		createEAttribute(propertyEClass, PROPERTY__VALUE);

		sourceDocumentEClass = createEClass(SOURCE_DOCUMENT);
		createEAttribute(sourceDocumentEClass, SOURCE_DOCUMENT__FILE_NAME);
		createEAttribute(sourceDocumentEClass, SOURCE_DOCUMENT__PUBLISHER);
		createEAttribute(sourceDocumentEClass, SOURCE_DOCUMENT__YEAR);

		sourceReferenceEClass = createEClass(SOURCE_REFERENCE);
		createEReference(sourceReferenceEClass, SOURCE_REFERENCE__DOCUMENT);
		createEAttribute(sourceReferenceEClass, SOURCE_REFERENCE__SECTION);
		createEAttribute(sourceReferenceEClass, SOURCE_REFERENCE__CERTAINTY);
		createEAttribute(sourceReferenceEClass, SOURCE_REFERENCE__NOTE);

		innovationSystemEClass = createEClass(INNOVATION_SYSTEM);
		createEAttribute(innovationSystemEClass, INNOVATION_SYSTEM__MODEL_VERSION);
		createEAttribute(innovationSystemEClass, INNOVATION_SYSTEM__JURISDICTION);
		createEAttribute(innovationSystemEClass, INNOVATION_SYSTEM__SNAPSHOT_DATE);
		createEReference(innovationSystemEClass, INNOVATION_SYSTEM__DOCUMENTS);
		createEReference(innovationSystemEClass, INNOVATION_SYSTEM__ACTORS);
		createEReference(innovationSystemEClass, INNOVATION_SYSTEM__STAKEHOLDER_GROUPS);
		createEReference(innovationSystemEClass, INNOVATION_SYSTEM__RELATIONSHIPS);
		createEReference(innovationSystemEClass, INNOVATION_SYSTEM__DRIVERS);
		createEReference(innovationSystemEClass, INNOVATION_SYSTEM__STAGES);
		createEReference(innovationSystemEClass, INNOVATION_SYSTEM__INITIATIVES);
		createEReference(innovationSystemEClass, INNOVATION_SYSTEM__RECOMMENDATIONS);
		createEReference(innovationSystemEClass, INNOVATION_SYSTEM__INDICATORS);
		createEReference(innovationSystemEClass, INNOVATION_SYSTEM__DUPLICATE_REVIEWS);
		createEReference(innovationSystemEClass, INNOVATION_SYSTEM__DIAGRAMS);

		actorEClass = createEClass(ACTOR);
		createEAttribute(actorEClass, ACTOR__ACRONYM);
		createEAttribute(actorEClass, ACTOR__KIND);
		createEAttribute(actorEClass, ACTOR__LEVEL);
		createEAttribute(actorEClass, ACTOR__INFLUENCE);
		createEAttribute(actorEClass, ACTOR__GOALS);
		createEReference(actorEClass, ACTOR__MEMBER_OF);

		stakeholderGroupEClass = createEClass(STAKEHOLDER_GROUP);
		createEAttribute(stakeholderGroupEClass, STAKEHOLDER_GROUP__SIDE);
		createEReference(stakeholderGroupEClass, STAKEHOLDER_GROUP__MEMBERS);

		relationshipEClass = createEClass(RELATIONSHIP);
		createEReference(relationshipEClass, RELATIONSHIP__SOURCE);
		createEReference(relationshipEClass, RELATIONSHIP__TARGET);
		createEAttribute(relationshipEClass, RELATIONSHIP__KIND);
		createEAttribute(relationshipEClass, RELATIONSHIP__STRENGTH);
		createEAttribute(relationshipEClass, RELATIONSHIP__EVIDENCE);

		driverEClass = createEClass(DRIVER);
		createEAttribute(driverEClass, DRIVER__KIND);
		createEReference(driverEClass, DRIVER__SUB_FACTORS);

		subFactorEClass = createEClass(SUB_FACTOR);

		pathwayStageEClass = createEClass(PATHWAY_STAGE);
		createEAttribute(pathwayStageEClass, PATHWAY_STAGE__SIDE);

		budgetEClass = createEClass(BUDGET);
		createEAttribute(budgetEClass, BUDGET__AMOUNT);
		createEAttribute(budgetEClass, BUDGET__UPPER_AMOUNT);
		createEAttribute(budgetEClass, BUDGET__CURRENCY);
		createEAttribute(budgetEClass, BUDGET__PERIOD);

		policyInitiativeEClass = createEClass(POLICY_INITIATIVE);
		createEAttribute(policyInitiativeEClass, POLICY_INITIATIVE__ACRONYM);
		createEReference(policyInitiativeEClass, POLICY_INITIATIVE__OWNERS);
		createEReference(policyInitiativeEClass, POLICY_INITIATIVE__PARTNERS);
		createEAttribute(policyInitiativeEClass, POLICY_INITIATIVE__ACTIVITY_TYPES);
		createEAttribute(policyInitiativeEClass, POLICY_INITIATIVE__INSTRUMENT_TYPE);
		createEAttribute(policyInitiativeEClass, POLICY_INITIATIVE__SUPPORTS_INNOVATION);
		createEAttribute(policyInitiativeEClass, POLICY_INITIATIVE__FOCUS);
		createEAttribute(policyInitiativeEClass, POLICY_INITIATIVE__PRODUCTIVITY_FOCUS);
		createEAttribute(policyInitiativeEClass, POLICY_INITIATIVE__OFFERS_FUNDING);
		createEAttribute(policyInitiativeEClass, POLICY_INITIATIVE__FUNDING_RECIPIENTS);
		createEReference(policyInitiativeEClass, POLICY_INITIATIVE__STAGES_SUPPORTED);
		createEReference(policyInitiativeEClass, POLICY_INITIATIVE__DRIVERS_ADDRESSED);
		createEReference(policyInitiativeEClass, POLICY_INITIATIVE__TARGET_GROUPS);
		createEAttribute(policyInitiativeEClass, POLICY_INITIATIVE__TECHNOLOGY_AREA);
		createEReference(policyInitiativeEClass, POLICY_INITIATIVE__BUDGET);
		createEAttribute(policyInitiativeEClass, POLICY_INITIATIVE__STATUS);
		createEAttribute(policyInitiativeEClass, POLICY_INITIATIVE__START_DATE);
		createEAttribute(policyInitiativeEClass, POLICY_INITIATIVE__END_DATE);
		createEAttribute(policyInitiativeEClass, POLICY_INITIATIVE__EVALUATED);
		createEAttribute(policyInitiativeEClass, POLICY_INITIATIVE__RAPID_EVALUATION);
		createEReference(policyInitiativeEClass, POLICY_INITIATIVE__INDICATORS);

		recommendationEClass = createEClass(RECOMMENDATION);
		createEAttribute(recommendationEClass, RECOMMENDATION__NUMBER);
		createEAttribute(recommendationEClass, RECOMMENDATION__TEXT);
		createEReference(recommendationEClass, RECOMMENDATION__DRIVER);
		createEReference(recommendationEClass, RECOMMENDATION__ADDRESSED_ACTORS);
		createEAttribute(recommendationEClass, RECOMMENDATION__TIME_FRAME);
		createEReference(recommendationEClass, RECOMMENDATION__IMPLEMENTING_INITIATIVES);

		duplicateReviewEClass = createEClass(DUPLICATE_REVIEW);
		createEReference(duplicateReviewEClass, DUPLICATE_REVIEW__FIRST);
		createEReference(duplicateReviewEClass, DUPLICATE_REVIEW__SECOND);
		createEAttribute(duplicateReviewEClass, DUPLICATE_REVIEW__VERDICT);
		createEAttribute(duplicateReviewEClass, DUPLICATE_REVIEW__FINGERPRINT);
		createEAttribute(duplicateReviewEClass, DUPLICATE_REVIEW__REVIEWER);
		createEAttribute(duplicateReviewEClass, DUPLICATE_REVIEW__DATE);
		createEAttribute(duplicateReviewEClass, DUPLICATE_REVIEW__NOTE);

		diagramEClass = createEClass(DIAGRAM);
		createEAttribute(diagramEClass, DIAGRAM__TYPE);
		createEAttribute(diagramEClass, DIAGRAM__ENABLED_LAYERS);
		createEReference(diagramEClass, DIAGRAM__NODES);
		createEReference(diagramEClass, DIAGRAM__EDGES);
		createEReference(diagramEClass, DIAGRAM__HIDDEN_ELEMENTS);
		createEReference(diagramEClass, DIAGRAM__FILTERS);
		createEAttribute(diagramEClass, DIAGRAM__LAYOUT_DIRECTION);
		createEAttribute(diagramEClass, DIAGRAM__LINE_ROUTING);
		createEReference(diagramEClass, DIAGRAM__APPEARANCES);

		diagramNodeEClass = createEClass(DIAGRAM_NODE);
		createEAttribute(diagramNodeEClass, DIAGRAM_NODE__ID);
		createEAttribute(diagramNodeEClass, DIAGRAM_NODE__MAPPING);
		createEReference(diagramNodeEClass, DIAGRAM_NODE__ELEMENT);
		createEAttribute(diagramNodeEClass, DIAGRAM_NODE__X);
		createEAttribute(diagramNodeEClass, DIAGRAM_NODE__Y);
		createEAttribute(diagramNodeEClass, DIAGRAM_NODE__WIDTH);
		createEAttribute(diagramNodeEClass, DIAGRAM_NODE__HEIGHT);
		createEReference(diagramNodeEClass, DIAGRAM_NODE__CHILDREN);

		diagramEdgeEClass = createEClass(DIAGRAM_EDGE);
		createEAttribute(diagramEdgeEClass, DIAGRAM_EDGE__MAPPING);
		createEReference(diagramEdgeEClass, DIAGRAM_EDGE__ELEMENT);
		createEReference(diagramEdgeEClass, DIAGRAM_EDGE__SOURCE);
		createEReference(diagramEdgeEClass, DIAGRAM_EDGE__TARGET);
		createEAttribute(diagramEdgeEClass, DIAGRAM_EDGE__BENDPOINTS);
		createEAttribute(diagramEdgeEClass, DIAGRAM_EDGE__LABEL_POSITION);

		nodeAppearanceEClass = createEClass(NODE_APPEARANCE);
		createEAttribute(nodeAppearanceEClass, NODE_APPEARANCE__MAPPING);
		createEAttribute(nodeAppearanceEClass, NODE_APPEARANCE__CHANNEL);
		createEAttribute(nodeAppearanceEClass, NODE_APPEARANCE__SOURCE);
		createEAttribute(nodeAppearanceEClass, NODE_APPEARANCE__SMALLEST);
		createEAttribute(nodeAppearanceEClass, NODE_APPEARANCE__LARGEST);

		diagramFilterEClass = createEClass(DIAGRAM_FILTER);
		createEAttribute(diagramFilterEClass, DIAGRAM_FILTER__FILTER);
		createEReference(diagramFilterEClass, DIAGRAM_FILTER__VALUES);

		indicatorEClass = createEClass(INDICATOR);
		createEAttribute(indicatorEClass, INDICATOR__CATEGORY);
		createEAttribute(indicatorEClass, INDICATOR__GROUP);
		createEReference(indicatorEClass, INDICATOR__STAGE);

		// Create enums
		tristateEEnum = createEEnum(TRISTATE);
		certaintyEEnum = createEEnum(CERTAINTY);
		actorKindEEnum = createEEnum(ACTOR_KIND);
		actorLevelEEnum = createEEnum(ACTOR_LEVEL);
		relationshipKindEEnum = createEEnum(RELATIONSHIP_KIND);
		driverKindEEnum = createEEnum(DRIVER_KIND);
		pathwaySideEEnum = createEEnum(PATHWAY_SIDE);
		activityTypeEEnum = createEEnum(ACTIVITY_TYPE);
		instrumentTypeEEnum = createEEnum(INSTRUMENT_TYPE);
		focusEEnum = createEEnum(FOCUS);
		fundingRecipientsEEnum = createEEnum(FUNDING_RECIPIENTS);
		initiativeStatusEEnum = createEEnum(INITIATIVE_STATUS);
		timeFrameEEnum = createEEnum(TIME_FRAME);
		indicatorCategoryEEnum = createEEnum(INDICATOR_CATEGORY);
		reviewVerdictEEnum = createEEnum(REVIEW_VERDICT);
		layoutDirectionEEnum = createEEnum(LAYOUT_DIRECTION);
		appearanceChannelEEnum = createEEnum(APPEARANCE_CHANNEL);
		lineRoutingEEnum = createEEnum(LINE_ROUTING);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		sourceDocumentEClass.getESuperTypes().add(this.getModelElement());
		innovationSystemEClass.getESuperTypes().add(this.getModelElement());
		actorEClass.getESuperTypes().add(this.getModelElement());
		stakeholderGroupEClass.getESuperTypes().add(this.getModelElement());
		relationshipEClass.getESuperTypes().add(this.getModelElement());
		driverEClass.getESuperTypes().add(this.getModelElement());
		subFactorEClass.getESuperTypes().add(this.getModelElement());
		pathwayStageEClass.getESuperTypes().add(this.getModelElement());
		policyInitiativeEClass.getESuperTypes().add(this.getModelElement());
		recommendationEClass.getESuperTypes().add(this.getModelElement());
		diagramEClass.getESuperTypes().add(this.getModelElement());
		indicatorEClass.getESuperTypes().add(this.getModelElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(modelElementEClass, ModelElement.class, "ModelElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModelElement_Id(), ecorePackage.getEString(), "id", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getModelElement_Sources(), this.getSourceReference(), null, "sources", null, 0, -1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelElement_ExternalId(), ecorePackage.getEString(), "externalId", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getModelElement_Properties(), this.getProperty(), null, "properties", null, 0, -1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(propertyEClass, Property.class, "Property", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProperty_Key(), ecorePackage.getEString(), "key", null, 0, 1, Property.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProperty_Value(), ecorePackage.getEString(), "value", null, 0, 1, Property.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceDocumentEClass, SourceDocument.class, "SourceDocument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSourceDocument_FileName(), ecorePackage.getEString(), "fileName", null, 0, 1, SourceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceDocument_Publisher(), ecorePackage.getEString(), "publisher", null, 0, 1, SourceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceDocument_Year(), ecorePackage.getEIntegerObject(), "year", null, 0, 1, SourceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceReferenceEClass, SourceReference.class, "SourceReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSourceReference_Document(), this.getSourceDocument(), null, "document", null, 0, 1, SourceReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceReference_Section(), ecorePackage.getEString(), "section", null, 0, 1, SourceReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceReference_Certainty(), this.getCertainty(), "certainty", null, 0, 1, SourceReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceReference_Note(), ecorePackage.getEString(), "note", null, 0, 1, SourceReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(innovationSystemEClass, InnovationSystem.class, "InnovationSystem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInnovationSystem_ModelVersion(), ecorePackage.getEInt(), "modelVersion", "1", 0, 1, InnovationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInnovationSystem_Jurisdiction(), ecorePackage.getEString(), "jurisdiction", null, 0, 1, InnovationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInnovationSystem_SnapshotDate(), ecorePackage.getEString(), "snapshotDate", null, 0, 1, InnovationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSystem_Documents(), this.getSourceDocument(), null, "documents", null, 0, -1, InnovationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSystem_Actors(), this.getActor(), null, "actors", null, 0, -1, InnovationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSystem_StakeholderGroups(), this.getStakeholderGroup(), null, "stakeholderGroups", null, 0, -1, InnovationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSystem_Relationships(), this.getRelationship(), null, "relationships", null, 0, -1, InnovationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSystem_Drivers(), this.getDriver(), null, "drivers", null, 0, -1, InnovationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSystem_Stages(), this.getPathwayStage(), null, "stages", null, 0, -1, InnovationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSystem_Initiatives(), this.getPolicyInitiative(), null, "initiatives", null, 0, -1, InnovationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSystem_Recommendations(), this.getRecommendation(), null, "recommendations", null, 0, -1, InnovationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSystem_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, InnovationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSystem_DuplicateReviews(), this.getDuplicateReview(), null, "duplicateReviews", null, 0, -1, InnovationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInnovationSystem_Diagrams(), this.getDiagram(), null, "diagrams", null, 0, -1, InnovationSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actorEClass, Actor.class, "Actor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActor_Acronym(), ecorePackage.getEString(), "acronym", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Kind(), this.getActorKind(), "kind", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Level(), this.getActorLevel(), "level", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Influence(), ecorePackage.getEIntegerObject(), "influence", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Goals(), ecorePackage.getEString(), "goals", null, 0, -1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActor_MemberOf(), this.getActor(), null, "memberOf", null, 0, -1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stakeholderGroupEClass, StakeholderGroup.class, "StakeholderGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStakeholderGroup_Side(), this.getPathwaySide(), "side", null, 0, 1, StakeholderGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStakeholderGroup_Members(), this.getActor(), null, "members", null, 0, -1, StakeholderGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(relationshipEClass, Relationship.class, "Relationship", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRelationship_Source(), this.getActor(), null, "source", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRelationship_Target(), this.getActor(), null, "target", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationship_Kind(), this.getRelationshipKind(), "kind", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationship_Strength(), ecorePackage.getEIntegerObject(), "strength", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationship_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(driverEClass, Driver.class, "Driver", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDriver_Kind(), this.getDriverKind(), "kind", null, 0, 1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDriver_SubFactors(), this.getSubFactor(), null, "subFactors", null, 0, -1, Driver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subFactorEClass, SubFactor.class, "SubFactor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(pathwayStageEClass, PathwayStage.class, "PathwayStage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPathwayStage_Side(), this.getPathwaySide(), "side", null, 0, 1, PathwayStage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(budgetEClass, Budget.class, "Budget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBudget_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudget_UpperAmount(), ecorePackage.getEBigDecimal(), "upperAmount", null, 0, 1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudget_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudget_Period(), ecorePackage.getEString(), "period", null, 0, 1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyInitiativeEClass, PolicyInitiative.class, "PolicyInitiative", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicyInitiative_Acronym(), ecorePackage.getEString(), "acronym", null, 0, 1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyInitiative_Owners(), this.getActor(), null, "owners", null, 0, -1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyInitiative_Partners(), this.getActor(), null, "partners", null, 0, -1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInitiative_ActivityTypes(), this.getActivityType(), "activityTypes", null, 0, -1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInitiative_InstrumentType(), this.getInstrumentType(), "instrumentType", null, 0, 1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInitiative_SupportsInnovation(), this.getTristate(), "supportsInnovation", null, 0, 1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInitiative_Focus(), this.getFocus(), "focus", null, 0, 1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInitiative_ProductivityFocus(), this.getTristate(), "productivityFocus", null, 0, 1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInitiative_OffersFunding(), this.getTristate(), "offersFunding", null, 0, 1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInitiative_FundingRecipients(), this.getFundingRecipients(), "fundingRecipients", null, 0, 1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyInitiative_StagesSupported(), this.getPathwayStage(), null, "stagesSupported", null, 0, -1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyInitiative_DriversAddressed(), this.getDriver(), null, "driversAddressed", null, 0, -1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyInitiative_TargetGroups(), this.getStakeholderGroup(), null, "targetGroups", null, 0, -1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInitiative_TechnologyArea(), ecorePackage.getEString(), "technologyArea", null, 0, 1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyInitiative_Budget(), this.getBudget(), null, "budget", null, 0, 1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInitiative_Status(), this.getInitiativeStatus(), "status", null, 0, 1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInitiative_StartDate(), ecorePackage.getEString(), "startDate", null, 0, 1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInitiative_EndDate(), ecorePackage.getEString(), "endDate", null, 0, 1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInitiative_Evaluated(), this.getTristate(), "evaluated", null, 0, 1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInitiative_RapidEvaluation(), this.getTristate(), "rapidEvaluation", null, 0, 1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyInitiative_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, PolicyInitiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recommendationEClass, Recommendation.class, "Recommendation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecommendation_Number(), ecorePackage.getEIntegerObject(), "number", null, 0, 1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecommendation_Text(), ecorePackage.getEString(), "text", null, 0, 1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecommendation_Driver(), this.getDriver(), null, "driver", null, 0, 1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecommendation_AddressedActors(), this.getActor(), null, "addressedActors", null, 0, -1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecommendation_TimeFrame(), this.getTimeFrame(), "timeFrame", null, 0, 1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecommendation_ImplementingInitiatives(), this.getPolicyInitiative(), null, "implementingInitiatives", null, 0, -1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(duplicateReviewEClass, DuplicateReview.class, "DuplicateReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDuplicateReview_First(), this.getPolicyInitiative(), null, "first", null, 0, 1, DuplicateReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDuplicateReview_Second(), this.getPolicyInitiative(), null, "second", null, 0, 1, DuplicateReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuplicateReview_Verdict(), this.getReviewVerdict(), "verdict", null, 0, 1, DuplicateReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuplicateReview_Fingerprint(), ecorePackage.getEString(), "fingerprint", null, 0, 1, DuplicateReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuplicateReview_Reviewer(), ecorePackage.getEString(), "reviewer", null, 0, 1, DuplicateReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuplicateReview_Date(), ecorePackage.getEString(), "date", null, 0, 1, DuplicateReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuplicateReview_Note(), ecorePackage.getEString(), "note", null, 0, 1, DuplicateReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramEClass, Diagram.class, "Diagram", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagram_Type(), ecorePackage.getEString(), "type", null, 0, 1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagram_EnabledLayers(), ecorePackage.getEString(), "enabledLayers", null, 0, -1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagram_Nodes(), this.getDiagramNode(), null, "nodes", null, 0, -1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagram_Edges(), this.getDiagramEdge(), null, "edges", null, 0, -1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagram_HiddenElements(), ecorePackage.getEObject(), null, "hiddenElements", null, 0, -1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagram_Filters(), this.getDiagramFilter(), null, "filters", null, 0, -1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagram_LayoutDirection(), this.getLayoutDirection(), "layoutDirection", "RIGHT", 0, 1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagram_LineRouting(), this.getLineRouting(), "lineRouting", null, 0, 1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagram_Appearances(), this.getNodeAppearance(), null, "appearances", null, 0, -1, Diagram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramNodeEClass, DiagramNode.class, "DiagramNode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagramNode_Id(), ecorePackage.getEString(), "id", null, 0, 1, DiagramNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramNode_Mapping(), ecorePackage.getEString(), "mapping", null, 0, 1, DiagramNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramNode_Element(), ecorePackage.getEObject(), null, "element", null, 0, 1, DiagramNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramNode_X(), ecorePackage.getEInt(), "x", null, 0, 1, DiagramNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramNode_Y(), ecorePackage.getEInt(), "y", null, 0, 1, DiagramNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramNode_Width(), ecorePackage.getEInt(), "width", null, 0, 1, DiagramNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramNode_Height(), ecorePackage.getEInt(), "height", null, 0, 1, DiagramNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramNode_Children(), this.getDiagramNode(), null, "children", null, 0, -1, DiagramNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramEdgeEClass, DiagramEdge.class, "DiagramEdge", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagramEdge_Mapping(), ecorePackage.getEString(), "mapping", null, 0, 1, DiagramEdge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramEdge_Element(), ecorePackage.getEObject(), null, "element", null, 0, 1, DiagramEdge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramEdge_Source(), this.getDiagramNode(), null, "source", null, 0, 1, DiagramEdge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramEdge_Target(), this.getDiagramNode(), null, "target", null, 0, 1, DiagramEdge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramEdge_Bendpoints(), ecorePackage.getEInt(), "bendpoints", null, 0, -1, DiagramEdge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramEdge_LabelPosition(), ecorePackage.getEInt(), "labelPosition", null, 0, -1, DiagramEdge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeAppearanceEClass, NodeAppearance.class, "NodeAppearance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNodeAppearance_Mapping(), ecorePackage.getEString(), "mapping", null, 0, 1, NodeAppearance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeAppearance_Channel(), this.getAppearanceChannel(), "channel", null, 0, 1, NodeAppearance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeAppearance_Source(), ecorePackage.getEString(), "source", null, 0, 1, NodeAppearance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeAppearance_Smallest(), ecorePackage.getEDouble(), "smallest", "1.0", 0, 1, NodeAppearance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeAppearance_Largest(), ecorePackage.getEDouble(), "largest", "2.0", 0, 1, NodeAppearance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramFilterEClass, DiagramFilter.class, "DiagramFilter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagramFilter_Filter(), ecorePackage.getEString(), "filter", null, 0, 1, DiagramFilter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramFilter_Values(), ecorePackage.getEObject(), null, "values", null, 0, -1, DiagramFilter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(indicatorEClass, Indicator.class, "Indicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndicator_Category(), this.getIndicatorCategory(), "category", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Group(), ecorePackage.getEString(), "group", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_Stage(), this.getPathwayStage(), null, "stage", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(tristateEEnum, Tristate.class, "Tristate");
		addEEnumLiteral(tristateEEnum, Tristate.UNKNOWN);
		addEEnumLiteral(tristateEEnum, Tristate.YES);
		addEEnumLiteral(tristateEEnum, Tristate.NO);
		addEEnumLiteral(tristateEEnum, Tristate.PARTLY);

		initEEnum(certaintyEEnum, Certainty.class, "Certainty");
		addEEnumLiteral(certaintyEEnum, Certainty.STATED);
		addEEnumLiteral(certaintyEEnum, Certainty.DERIVED);

		initEEnum(actorKindEEnum, ActorKind.class, "ActorKind");
		addEEnumLiteral(actorKindEEnum, ActorKind.OTHER);
		addEEnumLiteral(actorKindEEnum, ActorKind.GOVERNMENT_DEPARTMENT);
		addEEnumLiteral(actorKindEEnum, ActorKind.ARMS_LENGTH_BODY);
		addEEnumLiteral(actorKindEEnum, ActorKind.REGULATOR);
		addEEnumLiteral(actorKindEEnum, ActorKind.RESEARCH_FUNDER);
		addEEnumLiteral(actorKindEEnum, ActorKind.NETWORK);
		addEEnumLiteral(actorKindEEnum, ActorKind.HEALTHCARE_PROVIDER);
		addEEnumLiteral(actorKindEEnum, ActorKind.COMMISSIONER);
		addEEnumLiteral(actorKindEEnum, ActorKind.INDUSTRY);
		addEEnumLiteral(actorKindEEnum, ActorKind.ACADEMIA);
		addEEnumLiteral(actorKindEEnum, ActorKind.CHARITY);
		addEEnumLiteral(actorKindEEnum, ActorKind.PATIENT_PUBLIC_GROUP);
		addEEnumLiteral(actorKindEEnum, ActorKind.PROFESSIONAL_BODY);

		initEEnum(actorLevelEEnum, ActorLevel.class, "ActorLevel");
		addEEnumLiteral(actorLevelEEnum, ActorLevel.UNKNOWN);
		addEEnumLiteral(actorLevelEEnum, ActorLevel.INTERNATIONAL);
		addEEnumLiteral(actorLevelEEnum, ActorLevel.NATIONAL);
		addEEnumLiteral(actorLevelEEnum, ActorLevel.REGIONAL);
		addEEnumLiteral(actorLevelEEnum, ActorLevel.LOCAL);

		initEEnum(relationshipKindEEnum, RelationshipKind.class, "RelationshipKind");
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.OTHER);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.FUNDS);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.COMMISSIONS);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.REGULATES);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.EVALUATES);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.BROKERS);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.PARTNERS_WITH);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.SUPPLIES);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.ADOPTS_FROM);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.ACCOUNTABLE_TO);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.ADVISES);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.REPRESENTS);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.HOSTS);

		initEEnum(driverKindEEnum, DriverKind.class, "DriverKind");
		addEEnumLiteral(driverKindEEnum, DriverKind.DRIVER);
		addEEnumLiteral(driverKindEEnum, DriverKind.CROSS_CUTTING_THEME);

		initEEnum(pathwaySideEEnum, PathwaySide.class, "PathwaySide");
		addEEnumLiteral(pathwaySideEEnum, PathwaySide.INNOVATION);
		addEEnumLiteral(pathwaySideEEnum, PathwaySide.ADOPTION);
		addEEnumLiteral(pathwaySideEEnum, PathwaySide.CROSS_CUTTING);

		initEEnum(activityTypeEEnum, ActivityType.class, "ActivityType");
		addEEnumLiteral(activityTypeEEnum, ActivityType.OTHER);
		addEEnumLiteral(activityTypeEEnum, ActivityType.FUNDING);
		addEEnumLiteral(activityTypeEEnum, ActivityType.TRAINING_AND_SKILLS);
		addEEnumLiteral(activityTypeEEnum, ActivityType.NETWORKING_AND_BROKERAGE);
		addEEnumLiteral(activityTypeEEnum, ActivityType.EVALUATION_AND_EVIDENCE);
		addEEnumLiteral(activityTypeEEnum, ActivityType.REGULATORY_ADVICE);
		addEEnumLiteral(activityTypeEEnum, ActivityType.INFORMATION_AND_SIGNPOSTING);
		addEEnumLiteral(activityTypeEEnum, ActivityType.PROCUREMENT_AND_COMMISSIONING);
		addEEnumLiteral(activityTypeEEnum, ActivityType.INFRASTRUCTURE);

		initEEnum(instrumentTypeEEnum, InstrumentType.class, "InstrumentType");
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.UNKNOWN);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.CENTRES_OF_EXCELLENCE_GRANTS);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.CORPORATE_TAX_RELIEF);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.GOVERNANCE_STRUCTURE_OR_PUBLIC_BODY);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.DEBT_GUARANTEES_AND_RISK_SHARING);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.RESEARCH_INFRASTRUCTURE_SUPPORT);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.EMERGING_TECHNOLOGY_REGULATION);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.EQUITY_FINANCING);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.FELLOWSHIPS_AND_SCHOLARSHIPS);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.STAKEHOLDER_CONSULTATION);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.GRANTS_FOR_BUSINESS_RND_AND_INNOVATION);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.HORIZONTAL_STI_COORDINATION_BODIES);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.INFORMATION_SERVICES_AND_DATASETS);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.INNOVATION_VOUCHERS);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.INSTITUTIONAL_FUNDING_FOR_PUBLIC_RESEARCH);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.INTELLECTUAL_PROPERTY_REGULATION);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.LABOUR_MOBILITY_REGULATION);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.LOANS_AND_CREDITS_FOR_INNOVATION);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.NATIONAL_STRATEGIES_AND_PLANS);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.NETWORKING_AND_COLLABORATIVE_PLATFORMS);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.POLICY_INTELLIGENCE);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.PROCUREMENT_FOR_RND_AND_INNOVATION);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.PROJECT_GRANTS_FOR_PUBLIC_RESEARCH);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.PUBLIC_AWARENESS_AND_OUTREACH);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.REGULATORY_OVERSIGHT_AND_ETHICS_BODIES);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.CHALLENGES_PRIZES_AND_AWARDS);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.STANDARDS_AND_CERTIFICATION);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.TECHNOLOGY_EXTENSION_AND_ADVISORY_SERVICES);
		addEEnumLiteral(instrumentTypeEEnum, InstrumentType.TAX_RELIEF_FOR_INDIVIDUALS);

		initEEnum(focusEEnum, Focus.class, "Focus");
		addEEnumLiteral(focusEEnum, Focus.UNKNOWN);
		addEEnumLiteral(focusEEnum, Focus.CLINICAL);
		addEEnumLiteral(focusEEnum, Focus.NON_CLINICAL);
		addEEnumLiteral(focusEEnum, Focus.BOTH);

		initEEnum(fundingRecipientsEEnum, FundingRecipients.class, "FundingRecipients");
		addEEnumLiteral(fundingRecipientsEEnum, FundingRecipients.UNKNOWN);
		addEEnumLiteral(fundingRecipientsEEnum, FundingRecipients.NONE);
		addEEnumLiteral(fundingRecipientsEEnum, FundingRecipients.INNOVATORS);
		addEEnumLiteral(fundingRecipientsEEnum, FundingRecipients.ADOPTERS);
		addEEnumLiteral(fundingRecipientsEEnum, FundingRecipients.BOTH);

		initEEnum(initiativeStatusEEnum, InitiativeStatus.class, "InitiativeStatus");
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.UNKNOWN);
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.PROPOSED);
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.PLANNED);
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.ACTIVE);
		addEEnumLiteral(initiativeStatusEEnum, InitiativeStatus.CONCLUDED);

		initEEnum(timeFrameEEnum, TimeFrame.class, "TimeFrame");
		addEEnumLiteral(timeFrameEEnum, TimeFrame.UNKNOWN);
		addEEnumLiteral(timeFrameEEnum, TimeFrame.SHORT);
		addEEnumLiteral(timeFrameEEnum, TimeFrame.MEDIUM);
		addEEnumLiteral(timeFrameEEnum, TimeFrame.LONG);

		initEEnum(indicatorCategoryEEnum, IndicatorCategory.class, "IndicatorCategory");
		addEEnumLiteral(indicatorCategoryEEnum, IndicatorCategory.INPUT);
		addEEnumLiteral(indicatorCategoryEEnum, IndicatorCategory.PROCESS);
		addEEnumLiteral(indicatorCategoryEEnum, IndicatorCategory.OUTPUT);
		addEEnumLiteral(indicatorCategoryEEnum, IndicatorCategory.OUTCOME);
		addEEnumLiteral(indicatorCategoryEEnum, IndicatorCategory.IMPACT);

		initEEnum(reviewVerdictEEnum, ReviewVerdict.class, "ReviewVerdict");
		addEEnumLiteral(reviewVerdictEEnum, ReviewVerdict.NOT_DUPLICATE);
		addEEnumLiteral(reviewVerdictEEnum, ReviewVerdict.DUPLICATE);

		initEEnum(layoutDirectionEEnum, LayoutDirection.class, "LayoutDirection");
		addEEnumLiteral(layoutDirectionEEnum, LayoutDirection.RIGHT);
		addEEnumLiteral(layoutDirectionEEnum, LayoutDirection.DOWN);

		initEEnum(appearanceChannelEEnum, AppearanceChannel.class, "AppearanceChannel");
		addEEnumLiteral(appearanceChannelEEnum, AppearanceChannel.FILL);
		addEEnumLiteral(appearanceChannelEEnum, AppearanceChannel.SIZE);
		addEEnumLiteral(appearanceChannelEEnum, AppearanceChannel.BORDER);
		addEEnumLiteral(appearanceChannelEEnum, AppearanceChannel.LABEL);

		initEEnum(lineRoutingEEnum, LineRouting.class, "LineRouting");
		addEEnumLiteral(lineRoutingEEnum, LineRouting.STRAIGHT);
		addEEnumLiteral(lineRoutingEEnum, LineRouting.ORTHOGONAL);

		// Create resource
		createResource(eNS_URI);
	}

} //InnoscapePackageImpl
