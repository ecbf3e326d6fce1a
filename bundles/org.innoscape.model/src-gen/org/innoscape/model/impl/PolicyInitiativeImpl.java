/**
 */
package org.innoscape.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.innoscape.model.ActivityType;
import org.innoscape.model.Actor;
import org.innoscape.model.Budget;
import org.innoscape.model.Driver;
import org.innoscape.model.Focus;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.Indicator;
import org.innoscape.model.InitiativeStatus;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.InstrumentType;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.StakeholderGroup;
import org.innoscape.model.Tristate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy Initiative</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getOwners <em>Owners</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getActivityTypes <em>Activity Types</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getInstrumentType <em>Instrument Type</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getSupportsInnovation <em>Supports Innovation</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getFocus <em>Focus</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getProductivityFocus <em>Productivity Focus</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getOffersFunding <em>Offers Funding</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getFundingRecipients <em>Funding Recipients</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getStagesSupported <em>Stages Supported</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getDriversAddressed <em>Drivers Addressed</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getTargetGroups <em>Target Groups</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getTechnologyArea <em>Technology Area</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getEvaluated <em>Evaluated</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getRapidEvaluation <em>Rapid Evaluation</em>}</li>
 *   <li>{@link org.innoscape.model.impl.PolicyInitiativeImpl#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyInitiativeImpl extends ModelElementImpl implements PolicyInitiative {
	/**
	 * The default value of the '{@link #getAcronym() <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcronym()
	 * @generated
	 * @ordered
	 */
	protected static final String ACRONYM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcronym() <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcronym()
	 * @generated
	 * @ordered
	 */
	protected String acronym = ACRONYM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwners() <em>Owners</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwners()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> owners;

	/**
	 * The cached value of the '{@link #getPartners() <em>Partners</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartners()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> partners;

	/**
	 * The cached value of the '{@link #getActivityTypes() <em>Activity Types</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivityTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<ActivityType> activityTypes;

	/**
	 * The default value of the '{@link #getInstrumentType() <em>Instrument Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentType()
	 * @generated
	 * @ordered
	 */
	protected static final InstrumentType INSTRUMENT_TYPE_EDEFAULT = InstrumentType.UNKNOWN;

	/**
	 * The cached value of the '{@link #getInstrumentType() <em>Instrument Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentType()
	 * @generated
	 * @ordered
	 */
	protected InstrumentType instrumentType = INSTRUMENT_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupportsInnovation() <em>Supports Innovation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportsInnovation()
	 * @generated
	 * @ordered
	 */
	protected static final Tristate SUPPORTS_INNOVATION_EDEFAULT = Tristate.UNKNOWN;

	/**
	 * The cached value of the '{@link #getSupportsInnovation() <em>Supports Innovation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportsInnovation()
	 * @generated
	 * @ordered
	 */
	protected Tristate supportsInnovation = SUPPORTS_INNOVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFocus() <em>Focus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFocus()
	 * @generated
	 * @ordered
	 */
	protected static final Focus FOCUS_EDEFAULT = Focus.UNKNOWN;

	/**
	 * The cached value of the '{@link #getFocus() <em>Focus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFocus()
	 * @generated
	 * @ordered
	 */
	protected Focus focus = FOCUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getProductivityFocus() <em>Productivity Focus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductivityFocus()
	 * @generated
	 * @ordered
	 */
	protected static final Tristate PRODUCTIVITY_FOCUS_EDEFAULT = Tristate.UNKNOWN;

	/**
	 * The cached value of the '{@link #getProductivityFocus() <em>Productivity Focus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductivityFocus()
	 * @generated
	 * @ordered
	 */
	protected Tristate productivityFocus = PRODUCTIVITY_FOCUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffersFunding() <em>Offers Funding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffersFunding()
	 * @generated
	 * @ordered
	 */
	protected static final Tristate OFFERS_FUNDING_EDEFAULT = Tristate.UNKNOWN;

	/**
	 * The cached value of the '{@link #getOffersFunding() <em>Offers Funding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffersFunding()
	 * @generated
	 * @ordered
	 */
	protected Tristate offersFunding = OFFERS_FUNDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getFundingRecipients() <em>Funding Recipients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundingRecipients()
	 * @generated
	 * @ordered
	 */
	protected static final FundingRecipients FUNDING_RECIPIENTS_EDEFAULT = FundingRecipients.UNKNOWN;

	/**
	 * The cached value of the '{@link #getFundingRecipients() <em>Funding Recipients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundingRecipients()
	 * @generated
	 * @ordered
	 */
	protected FundingRecipients fundingRecipients = FUNDING_RECIPIENTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStagesSupported() <em>Stages Supported</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStagesSupported()
	 * @generated
	 * @ordered
	 */
	protected EList<PathwayStage> stagesSupported;

	/**
	 * The cached value of the '{@link #getDriversAddressed() <em>Drivers Addressed</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriversAddressed()
	 * @generated
	 * @ordered
	 */
	protected EList<Driver> driversAddressed;

	/**
	 * The cached value of the '{@link #getTargetGroups() <em>Target Groups</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<StakeholderGroup> targetGroups;

	/**
	 * The default value of the '{@link #getTechnologyArea() <em>Technology Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnologyArea()
	 * @generated
	 * @ordered
	 */
	protected static final String TECHNOLOGY_AREA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTechnologyArea() <em>Technology Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnologyArea()
	 * @generated
	 * @ordered
	 */
	protected String technologyArea = TECHNOLOGY_AREA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected Budget budget;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final InitiativeStatus STATUS_EDEFAULT = InitiativeStatus.UNKNOWN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected InitiativeStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final String START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected String startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final String END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected String endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvaluated() <em>Evaluated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluated()
	 * @generated
	 * @ordered
	 */
	protected static final Tristate EVALUATED_EDEFAULT = Tristate.UNKNOWN;

	/**
	 * The cached value of the '{@link #getEvaluated() <em>Evaluated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluated()
	 * @generated
	 * @ordered
	 */
	protected Tristate evaluated = EVALUATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRapidEvaluation() <em>Rapid Evaluation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRapidEvaluation()
	 * @generated
	 * @ordered
	 */
	protected static final Tristate RAPID_EVALUATION_EDEFAULT = Tristate.UNKNOWN;

	/**
	 * The cached value of the '{@link #getRapidEvaluation() <em>Rapid Evaluation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRapidEvaluation()
	 * @generated
	 * @ordered
	 */
	protected Tristate rapidEvaluation = RAPID_EVALUATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicyInitiativeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InnoscapePackage.Literals.POLICY_INITIATIVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcronym() {
		return acronym;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcronym(String newAcronym) {
		String oldAcronym = acronym;
		acronym = newAcronym;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.POLICY_INITIATIVE__ACRONYM, oldAcronym, acronym));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getOwners() {
		if (owners == null) {
			owners = new EObjectResolvingEList<Actor>(Actor.class, this, InnoscapePackage.POLICY_INITIATIVE__OWNERS);
		}
		return owners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getPartners() {
		if (partners == null) {
			partners = new EObjectResolvingEList<Actor>(Actor.class, this, InnoscapePackage.POLICY_INITIATIVE__PARTNERS);
		}
		return partners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActivityType> getActivityTypes() {
		if (activityTypes == null) {
			activityTypes = new EDataTypeUniqueEList<ActivityType>(ActivityType.class, this, InnoscapePackage.POLICY_INITIATIVE__ACTIVITY_TYPES);
		}
		return activityTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentType getInstrumentType() {
		return instrumentType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrumentType(InstrumentType newInstrumentType) {
		InstrumentType oldInstrumentType = instrumentType;
		instrumentType = newInstrumentType == null ? INSTRUMENT_TYPE_EDEFAULT : newInstrumentType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.POLICY_INITIATIVE__INSTRUMENT_TYPE, oldInstrumentType, instrumentType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tristate getSupportsInnovation() {
		return supportsInnovation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportsInnovation(Tristate newSupportsInnovation) {
		Tristate oldSupportsInnovation = supportsInnovation;
		supportsInnovation = newSupportsInnovation == null ? SUPPORTS_INNOVATION_EDEFAULT : newSupportsInnovation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.POLICY_INITIATIVE__SUPPORTS_INNOVATION, oldSupportsInnovation, supportsInnovation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Focus getFocus() {
		return focus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFocus(Focus newFocus) {
		Focus oldFocus = focus;
		focus = newFocus == null ? FOCUS_EDEFAULT : newFocus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.POLICY_INITIATIVE__FOCUS, oldFocus, focus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tristate getProductivityFocus() {
		return productivityFocus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProductivityFocus(Tristate newProductivityFocus) {
		Tristate oldProductivityFocus = productivityFocus;
		productivityFocus = newProductivityFocus == null ? PRODUCTIVITY_FOCUS_EDEFAULT : newProductivityFocus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.POLICY_INITIATIVE__PRODUCTIVITY_FOCUS, oldProductivityFocus, productivityFocus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tristate getOffersFunding() {
		return offersFunding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffersFunding(Tristate newOffersFunding) {
		Tristate oldOffersFunding = offersFunding;
		offersFunding = newOffersFunding == null ? OFFERS_FUNDING_EDEFAULT : newOffersFunding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.POLICY_INITIATIVE__OFFERS_FUNDING, oldOffersFunding, offersFunding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FundingRecipients getFundingRecipients() {
		return fundingRecipients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFundingRecipients(FundingRecipients newFundingRecipients) {
		FundingRecipients oldFundingRecipients = fundingRecipients;
		fundingRecipients = newFundingRecipients == null ? FUNDING_RECIPIENTS_EDEFAULT : newFundingRecipients;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.POLICY_INITIATIVE__FUNDING_RECIPIENTS, oldFundingRecipients, fundingRecipients));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PathwayStage> getStagesSupported() {
		if (stagesSupported == null) {
			stagesSupported = new EObjectResolvingEList<PathwayStage>(PathwayStage.class, this, InnoscapePackage.POLICY_INITIATIVE__STAGES_SUPPORTED);
		}
		return stagesSupported;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Driver> getDriversAddressed() {
		if (driversAddressed == null) {
			driversAddressed = new EObjectResolvingEList<Driver>(Driver.class, this, InnoscapePackage.POLICY_INITIATIVE__DRIVERS_ADDRESSED);
		}
		return driversAddressed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StakeholderGroup> getTargetGroups() {
		if (targetGroups == null) {
			targetGroups = new EObjectResolvingEList<StakeholderGroup>(StakeholderGroup.class, this, InnoscapePackage.POLICY_INITIATIVE__TARGET_GROUPS);
		}
		return targetGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTechnologyArea() {
		return technologyArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTechnologyArea(String newTechnologyArea) {
		String oldTechnologyArea = technologyArea;
		technologyArea = newTechnologyArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.POLICY_INITIATIVE__TECHNOLOGY_AREA, oldTechnologyArea, technologyArea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Budget getBudget() {
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBudget(Budget newBudget, NotificationChain msgs) {
		Budget oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, InnoscapePackage.POLICY_INITIATIVE__BUDGET, oldBudget, newBudget);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudget(Budget newBudget) {
		if (newBudget != budget) {
			NotificationChain msgs = null;
			if (budget != null)
				msgs = ((InternalEObject)budget).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - InnoscapePackage.POLICY_INITIATIVE__BUDGET, null, msgs);
			if (newBudget != null)
				msgs = ((InternalEObject)newBudget).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - InnoscapePackage.POLICY_INITIATIVE__BUDGET, null, msgs);
			msgs = basicSetBudget(newBudget, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.POLICY_INITIATIVE__BUDGET, newBudget, newBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InitiativeStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(InitiativeStatus newStatus) {
		InitiativeStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.POLICY_INITIATIVE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(String newStartDate) {
		String oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.POLICY_INITIATIVE__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(String newEndDate) {
		String oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.POLICY_INITIATIVE__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tristate getEvaluated() {
		return evaluated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluated(Tristate newEvaluated) {
		Tristate oldEvaluated = evaluated;
		evaluated = newEvaluated == null ? EVALUATED_EDEFAULT : newEvaluated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.POLICY_INITIATIVE__EVALUATED, oldEvaluated, evaluated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tristate getRapidEvaluation() {
		return rapidEvaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRapidEvaluation(Tristate newRapidEvaluation) {
		Tristate oldRapidEvaluation = rapidEvaluation;
		rapidEvaluation = newRapidEvaluation == null ? RAPID_EVALUATION_EDEFAULT : newRapidEvaluation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.POLICY_INITIATIVE__RAPID_EVALUATION, oldRapidEvaluation, rapidEvaluation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectResolvingEList<Indicator>(Indicator.class, this, InnoscapePackage.POLICY_INITIATIVE__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InnoscapePackage.POLICY_INITIATIVE__BUDGET:
				return basicSetBudget(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InnoscapePackage.POLICY_INITIATIVE__ACRONYM:
				return getAcronym();
			case InnoscapePackage.POLICY_INITIATIVE__OWNERS:
				return getOwners();
			case InnoscapePackage.POLICY_INITIATIVE__PARTNERS:
				return getPartners();
			case InnoscapePackage.POLICY_INITIATIVE__ACTIVITY_TYPES:
				return getActivityTypes();
			case InnoscapePackage.POLICY_INITIATIVE__INSTRUMENT_TYPE:
				return getInstrumentType();
			case InnoscapePackage.POLICY_INITIATIVE__SUPPORTS_INNOVATION:
				return getSupportsInnovation();
			case InnoscapePackage.POLICY_INITIATIVE__FOCUS:
				return getFocus();
			case InnoscapePackage.POLICY_INITIATIVE__PRODUCTIVITY_FOCUS:
				return getProductivityFocus();
			case InnoscapePackage.POLICY_INITIATIVE__OFFERS_FUNDING:
				return getOffersFunding();
			case InnoscapePackage.POLICY_INITIATIVE__FUNDING_RECIPIENTS:
				return getFundingRecipients();
			case InnoscapePackage.POLICY_INITIATIVE__STAGES_SUPPORTED:
				return getStagesSupported();
			case InnoscapePackage.POLICY_INITIATIVE__DRIVERS_ADDRESSED:
				return getDriversAddressed();
			case InnoscapePackage.POLICY_INITIATIVE__TARGET_GROUPS:
				return getTargetGroups();
			case InnoscapePackage.POLICY_INITIATIVE__TECHNOLOGY_AREA:
				return getTechnologyArea();
			case InnoscapePackage.POLICY_INITIATIVE__BUDGET:
				return getBudget();
			case InnoscapePackage.POLICY_INITIATIVE__STATUS:
				return getStatus();
			case InnoscapePackage.POLICY_INITIATIVE__START_DATE:
				return getStartDate();
			case InnoscapePackage.POLICY_INITIATIVE__END_DATE:
				return getEndDate();
			case InnoscapePackage.POLICY_INITIATIVE__EVALUATED:
				return getEvaluated();
			case InnoscapePackage.POLICY_INITIATIVE__RAPID_EVALUATION:
				return getRapidEvaluation();
			case InnoscapePackage.POLICY_INITIATIVE__INDICATORS:
				return getIndicators();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InnoscapePackage.POLICY_INITIATIVE__ACRONYM:
				setAcronym((String)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__OWNERS:
				getOwners().clear();
				getOwners().addAll((Collection<? extends Actor>)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__PARTNERS:
				getPartners().clear();
				getPartners().addAll((Collection<? extends Actor>)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__ACTIVITY_TYPES:
				getActivityTypes().clear();
				getActivityTypes().addAll((Collection<? extends ActivityType>)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__INSTRUMENT_TYPE:
				setInstrumentType((InstrumentType)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__SUPPORTS_INNOVATION:
				setSupportsInnovation((Tristate)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__FOCUS:
				setFocus((Focus)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__PRODUCTIVITY_FOCUS:
				setProductivityFocus((Tristate)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__OFFERS_FUNDING:
				setOffersFunding((Tristate)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__FUNDING_RECIPIENTS:
				setFundingRecipients((FundingRecipients)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__STAGES_SUPPORTED:
				getStagesSupported().clear();
				getStagesSupported().addAll((Collection<? extends PathwayStage>)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__DRIVERS_ADDRESSED:
				getDriversAddressed().clear();
				getDriversAddressed().addAll((Collection<? extends Driver>)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__TARGET_GROUPS:
				getTargetGroups().clear();
				getTargetGroups().addAll((Collection<? extends StakeholderGroup>)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__TECHNOLOGY_AREA:
				setTechnologyArea((String)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__BUDGET:
				setBudget((Budget)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__STATUS:
				setStatus((InitiativeStatus)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__START_DATE:
				setStartDate((String)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__END_DATE:
				setEndDate((String)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__EVALUATED:
				setEvaluated((Tristate)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__RAPID_EVALUATION:
				setRapidEvaluation((Tristate)newValue);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case InnoscapePackage.POLICY_INITIATIVE__ACRONYM:
				setAcronym(ACRONYM_EDEFAULT);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__OWNERS:
				getOwners().clear();
				return;
			case InnoscapePackage.POLICY_INITIATIVE__PARTNERS:
				getPartners().clear();
				return;
			case InnoscapePackage.POLICY_INITIATIVE__ACTIVITY_TYPES:
				getActivityTypes().clear();
				return;
			case InnoscapePackage.POLICY_INITIATIVE__INSTRUMENT_TYPE:
				setInstrumentType(INSTRUMENT_TYPE_EDEFAULT);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__SUPPORTS_INNOVATION:
				setSupportsInnovation(SUPPORTS_INNOVATION_EDEFAULT);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__FOCUS:
				setFocus(FOCUS_EDEFAULT);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__PRODUCTIVITY_FOCUS:
				setProductivityFocus(PRODUCTIVITY_FOCUS_EDEFAULT);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__OFFERS_FUNDING:
				setOffersFunding(OFFERS_FUNDING_EDEFAULT);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__FUNDING_RECIPIENTS:
				setFundingRecipients(FUNDING_RECIPIENTS_EDEFAULT);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__STAGES_SUPPORTED:
				getStagesSupported().clear();
				return;
			case InnoscapePackage.POLICY_INITIATIVE__DRIVERS_ADDRESSED:
				getDriversAddressed().clear();
				return;
			case InnoscapePackage.POLICY_INITIATIVE__TARGET_GROUPS:
				getTargetGroups().clear();
				return;
			case InnoscapePackage.POLICY_INITIATIVE__TECHNOLOGY_AREA:
				setTechnologyArea(TECHNOLOGY_AREA_EDEFAULT);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__BUDGET:
				setBudget((Budget)null);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__EVALUATED:
				setEvaluated(EVALUATED_EDEFAULT);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__RAPID_EVALUATION:
				setRapidEvaluation(RAPID_EVALUATION_EDEFAULT);
				return;
			case InnoscapePackage.POLICY_INITIATIVE__INDICATORS:
				getIndicators().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case InnoscapePackage.POLICY_INITIATIVE__ACRONYM:
				return ACRONYM_EDEFAULT == null ? acronym != null : !ACRONYM_EDEFAULT.equals(acronym);
			case InnoscapePackage.POLICY_INITIATIVE__OWNERS:
				return owners != null && !owners.isEmpty();
			case InnoscapePackage.POLICY_INITIATIVE__PARTNERS:
				return partners != null && !partners.isEmpty();
			case InnoscapePackage.POLICY_INITIATIVE__ACTIVITY_TYPES:
				return activityTypes != null && !activityTypes.isEmpty();
			case InnoscapePackage.POLICY_INITIATIVE__INSTRUMENT_TYPE:
				return instrumentType != INSTRUMENT_TYPE_EDEFAULT;
			case InnoscapePackage.POLICY_INITIATIVE__SUPPORTS_INNOVATION:
				return supportsInnovation != SUPPORTS_INNOVATION_EDEFAULT;
			case InnoscapePackage.POLICY_INITIATIVE__FOCUS:
				return focus != FOCUS_EDEFAULT;
			case InnoscapePackage.POLICY_INITIATIVE__PRODUCTIVITY_FOCUS:
				return productivityFocus != PRODUCTIVITY_FOCUS_EDEFAULT;
			case InnoscapePackage.POLICY_INITIATIVE__OFFERS_FUNDING:
				return offersFunding != OFFERS_FUNDING_EDEFAULT;
			case InnoscapePackage.POLICY_INITIATIVE__FUNDING_RECIPIENTS:
				return fundingRecipients != FUNDING_RECIPIENTS_EDEFAULT;
			case InnoscapePackage.POLICY_INITIATIVE__STAGES_SUPPORTED:
				return stagesSupported != null && !stagesSupported.isEmpty();
			case InnoscapePackage.POLICY_INITIATIVE__DRIVERS_ADDRESSED:
				return driversAddressed != null && !driversAddressed.isEmpty();
			case InnoscapePackage.POLICY_INITIATIVE__TARGET_GROUPS:
				return targetGroups != null && !targetGroups.isEmpty();
			case InnoscapePackage.POLICY_INITIATIVE__TECHNOLOGY_AREA:
				return TECHNOLOGY_AREA_EDEFAULT == null ? technologyArea != null : !TECHNOLOGY_AREA_EDEFAULT.equals(technologyArea);
			case InnoscapePackage.POLICY_INITIATIVE__BUDGET:
				return budget != null;
			case InnoscapePackage.POLICY_INITIATIVE__STATUS:
				return status != STATUS_EDEFAULT;
			case InnoscapePackage.POLICY_INITIATIVE__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case InnoscapePackage.POLICY_INITIATIVE__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case InnoscapePackage.POLICY_INITIATIVE__EVALUATED:
				return evaluated != EVALUATED_EDEFAULT;
			case InnoscapePackage.POLICY_INITIATIVE__RAPID_EVALUATION:
				return rapidEvaluation != RAPID_EVALUATION_EDEFAULT;
			case InnoscapePackage.POLICY_INITIATIVE__INDICATORS:
				return indicators != null && !indicators.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (acronym: ");
		result.append(acronym);
		result.append(", activityTypes: ");
		result.append(activityTypes);
		result.append(", instrumentType: ");
		result.append(instrumentType);
		result.append(", supportsInnovation: ");
		result.append(supportsInnovation);
		result.append(", focus: ");
		result.append(focus);
		result.append(", productivityFocus: ");
		result.append(productivityFocus);
		result.append(", offersFunding: ");
		result.append(offersFunding);
		result.append(", fundingRecipients: ");
		result.append(fundingRecipients);
		result.append(", technologyArea: ");
		result.append(technologyArea);
		result.append(", status: ");
		result.append(status);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", evaluated: ");
		result.append(evaluated);
		result.append(", rapidEvaluation: ");
		result.append(rapidEvaluation);
		result.append(')');
		return result.toString();
	}

} //PolicyInitiativeImpl
