/**
 */
package org.innoscape.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Initiative</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A programme, fund, scheme or other policy initiative.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getOwners <em>Owners</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getActivityTypes <em>Activity Types</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getInstrumentType <em>Instrument Type</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getSupportsInnovation <em>Supports Innovation</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getFocus <em>Focus</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getProductivityFocus <em>Productivity Focus</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getOffersFunding <em>Offers Funding</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getFundingRecipients <em>Funding Recipients</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getStagesSupported <em>Stages Supported</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getDriversAddressed <em>Drivers Addressed</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getTargetGroups <em>Target Groups</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getTechnologyArea <em>Technology Area</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getStatus <em>Status</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getEvaluated <em>Evaluated</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getRapidEvaluation <em>Rapid Evaluation</em>}</li>
 *   <li>{@link org.innoscape.model.PolicyInitiative#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative()
 * @model
 * @generated
 */
public interface PolicyInitiative extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acronym</em>' attribute.
	 * @see #setAcronym(String)
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_Acronym()
	 * @model
	 * @generated
	 */
	String getAcronym();

	/**
	 * Sets the value of the '{@link org.innoscape.model.PolicyInitiative#getAcronym <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acronym</em>' attribute.
	 * @see #getAcronym()
	 * @generated
	 */
	void setAcronym(String value);

	/**
	 * Returns the value of the '<em><b>Owners</b></em>' reference list.
	 * The list contents are of type {@link org.innoscape.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owners</em>' reference list.
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_Owners()
	 * @model
	 * @generated
	 */
	EList<Actor> getOwners();

	/**
	 * Returns the value of the '<em><b>Partners</b></em>' reference list.
	 * The list contents are of type {@link org.innoscape.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partners</em>' reference list.
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_Partners()
	 * @model
	 * @generated
	 */
	EList<Actor> getPartners();

	/**
	 * Returns the value of the '<em><b>Activity Types</b></em>' attribute list.
	 * The list contents are of type {@link org.innoscape.model.ActivityType}.
	 * The literals are from the enumeration {@link org.innoscape.model.ActivityType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activity Types</em>' attribute list.
	 * @see org.innoscape.model.ActivityType
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_ActivityTypes()
	 * @model
	 * @generated
	 */
	EList<ActivityType> getActivityTypes();

	/**
	 * Returns the value of the '<em><b>Instrument Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.InstrumentType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument Type</em>' attribute.
	 * @see org.innoscape.model.InstrumentType
	 * @see #setInstrumentType(InstrumentType)
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_InstrumentType()
	 * @model
	 * @generated
	 */
	InstrumentType getInstrumentType();

	/**
	 * Sets the value of the '{@link org.innoscape.model.PolicyInitiative#getInstrumentType <em>Instrument Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument Type</em>' attribute.
	 * @see org.innoscape.model.InstrumentType
	 * @see #getInstrumentType()
	 * @generated
	 */
	void setInstrumentType(InstrumentType value);

	/**
	 * Returns the value of the '<em><b>Supports Innovation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.Tristate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supports Innovation</em>' attribute.
	 * @see org.innoscape.model.Tristate
	 * @see #setSupportsInnovation(Tristate)
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_SupportsInnovation()
	 * @model
	 * @generated
	 */
	Tristate getSupportsInnovation();

	/**
	 * Sets the value of the '{@link org.innoscape.model.PolicyInitiative#getSupportsInnovation <em>Supports Innovation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supports Innovation</em>' attribute.
	 * @see org.innoscape.model.Tristate
	 * @see #getSupportsInnovation()
	 * @generated
	 */
	void setSupportsInnovation(Tristate value);

	/**
	 * Returns the value of the '<em><b>Focus</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.Focus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Focus</em>' attribute.
	 * @see org.innoscape.model.Focus
	 * @see #setFocus(Focus)
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_Focus()
	 * @model
	 * @generated
	 */
	Focus getFocus();

	/**
	 * Sets the value of the '{@link org.innoscape.model.PolicyInitiative#getFocus <em>Focus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Focus</em>' attribute.
	 * @see org.innoscape.model.Focus
	 * @see #getFocus()
	 * @generated
	 */
	void setFocus(Focus value);

	/**
	 * Returns the value of the '<em><b>Productivity Focus</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.Tristate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Productivity Focus</em>' attribute.
	 * @see org.innoscape.model.Tristate
	 * @see #setProductivityFocus(Tristate)
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_ProductivityFocus()
	 * @model
	 * @generated
	 */
	Tristate getProductivityFocus();

	/**
	 * Sets the value of the '{@link org.innoscape.model.PolicyInitiative#getProductivityFocus <em>Productivity Focus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Productivity Focus</em>' attribute.
	 * @see org.innoscape.model.Tristate
	 * @see #getProductivityFocus()
	 * @generated
	 */
	void setProductivityFocus(Tristate value);

	/**
	 * Returns the value of the '<em><b>Offers Funding</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.Tristate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offers Funding</em>' attribute.
	 * @see org.innoscape.model.Tristate
	 * @see #setOffersFunding(Tristate)
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_OffersFunding()
	 * @model
	 * @generated
	 */
	Tristate getOffersFunding();

	/**
	 * Sets the value of the '{@link org.innoscape.model.PolicyInitiative#getOffersFunding <em>Offers Funding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offers Funding</em>' attribute.
	 * @see org.innoscape.model.Tristate
	 * @see #getOffersFunding()
	 * @generated
	 */
	void setOffersFunding(Tristate value);

	/**
	 * Returns the value of the '<em><b>Funding Recipients</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.FundingRecipients}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funding Recipients</em>' attribute.
	 * @see org.innoscape.model.FundingRecipients
	 * @see #setFundingRecipients(FundingRecipients)
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_FundingRecipients()
	 * @model
	 * @generated
	 */
	FundingRecipients getFundingRecipients();

	/**
	 * Sets the value of the '{@link org.innoscape.model.PolicyInitiative#getFundingRecipients <em>Funding Recipients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funding Recipients</em>' attribute.
	 * @see org.innoscape.model.FundingRecipients
	 * @see #getFundingRecipients()
	 * @generated
	 */
	void setFundingRecipients(FundingRecipients value);

	/**
	 * Returns the value of the '<em><b>Stages Supported</b></em>' reference list.
	 * The list contents are of type {@link org.innoscape.model.PathwayStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages Supported</em>' reference list.
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_StagesSupported()
	 * @model
	 * @generated
	 */
	EList<PathwayStage> getStagesSupported();

	/**
	 * Returns the value of the '<em><b>Drivers Addressed</b></em>' reference list.
	 * The list contents are of type {@link org.innoscape.model.Driver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drivers Addressed</em>' reference list.
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_DriversAddressed()
	 * @model
	 * @generated
	 */
	EList<Driver> getDriversAddressed();

	/**
	 * Returns the value of the '<em><b>Target Groups</b></em>' reference list.
	 * The list contents are of type {@link org.innoscape.model.StakeholderGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Groups</em>' reference list.
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_TargetGroups()
	 * @model
	 * @generated
	 */
	EList<StakeholderGroup> getTargetGroups();

	/**
	 * Returns the value of the '<em><b>Technology Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Technology Area</em>' attribute.
	 * @see #setTechnologyArea(String)
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_TechnologyArea()
	 * @model
	 * @generated
	 */
	String getTechnologyArea();

	/**
	 * Sets the value of the '{@link org.innoscape.model.PolicyInitiative#getTechnologyArea <em>Technology Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Technology Area</em>' attribute.
	 * @see #getTechnologyArea()
	 * @generated
	 */
	void setTechnologyArea(String value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget</em>' containment reference.
	 * @see #setBudget(Budget)
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_Budget()
	 * @model containment="true"
	 * @generated
	 */
	Budget getBudget();

	/**
	 * Sets the value of the '{@link org.innoscape.model.PolicyInitiative#getBudget <em>Budget</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' containment reference.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(Budget value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.InitiativeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.innoscape.model.InitiativeStatus
	 * @see #setStatus(InitiativeStatus)
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_Status()
	 * @model
	 * @generated
	 */
	InitiativeStatus getStatus();

	/**
	 * Sets the value of the '{@link org.innoscape.model.PolicyInitiative#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.innoscape.model.InitiativeStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(InitiativeStatus value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(String)
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_StartDate()
	 * @model
	 * @generated
	 */
	String getStartDate();

	/**
	 * Sets the value of the '{@link org.innoscape.model.PolicyInitiative#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(String value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(String)
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_EndDate()
	 * @model
	 * @generated
	 */
	String getEndDate();

	/**
	 * Sets the value of the '{@link org.innoscape.model.PolicyInitiative#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(String value);

	/**
	 * Returns the value of the '<em><b>Evaluated</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.Tristate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluated</em>' attribute.
	 * @see org.innoscape.model.Tristate
	 * @see #setEvaluated(Tristate)
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_Evaluated()
	 * @model
	 * @generated
	 */
	Tristate getEvaluated();

	/**
	 * Sets the value of the '{@link org.innoscape.model.PolicyInitiative#getEvaluated <em>Evaluated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluated</em>' attribute.
	 * @see org.innoscape.model.Tristate
	 * @see #getEvaluated()
	 * @generated
	 */
	void setEvaluated(Tristate value);

	/**
	 * Returns the value of the '<em><b>Rapid Evaluation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.Tristate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rapid Evaluation</em>' attribute.
	 * @see org.innoscape.model.Tristate
	 * @see #setRapidEvaluation(Tristate)
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_RapidEvaluation()
	 * @model
	 * @generated
	 */
	Tristate getRapidEvaluation();

	/**
	 * Sets the value of the '{@link org.innoscape.model.PolicyInitiative#getRapidEvaluation <em>Rapid Evaluation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rapid Evaluation</em>' attribute.
	 * @see org.innoscape.model.Tristate
	 * @see #getRapidEvaluation()
	 * @generated
	 */
	void setRapidEvaluation(Tristate value);

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' reference list.
	 * The list contents are of type {@link org.innoscape.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' reference list.
	 * @see org.innoscape.model.InnoscapePackage#getPolicyInitiative_Indicators()
	 * @model
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // PolicyInitiative
