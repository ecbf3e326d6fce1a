/**
 */
package org.innoscape.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Innovation System</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root: one innovation system at one point in time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.InnovationSystem#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link org.innoscape.model.InnovationSystem#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.innoscape.model.InnovationSystem#getSnapshotDate <em>Snapshot Date</em>}</li>
 *   <li>{@link org.innoscape.model.InnovationSystem#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.innoscape.model.InnovationSystem#getActors <em>Actors</em>}</li>
 *   <li>{@link org.innoscape.model.InnovationSystem#getStakeholderGroups <em>Stakeholder Groups</em>}</li>
 *   <li>{@link org.innoscape.model.InnovationSystem#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.innoscape.model.InnovationSystem#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link org.innoscape.model.InnovationSystem#getStages <em>Stages</em>}</li>
 *   <li>{@link org.innoscape.model.InnovationSystem#getInitiatives <em>Initiatives</em>}</li>
 *   <li>{@link org.innoscape.model.InnovationSystem#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.innoscape.model.InnovationSystem#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.innoscape.model.InnovationSystem#getDuplicateReviews <em>Duplicate Reviews</em>}</li>
 *   <li>{@link org.innoscape.model.InnovationSystem#getDiagrams <em>Diagrams</em>}</li>
 * </ul>
 *
 * @see org.innoscape.model.InnoscapePackage#getInnovationSystem()
 * @model
 * @generated
 */
public interface InnovationSystem extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Model Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model Version</em>' attribute.
	 * @see #setModelVersion(int)
	 * @see org.innoscape.model.InnoscapePackage#getInnovationSystem_ModelVersion()
	 * @model default="1"
	 * @generated
	 */
	int getModelVersion();

	/**
	 * Sets the value of the '{@link org.innoscape.model.InnovationSystem#getModelVersion <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Version</em>' attribute.
	 * @see #getModelVersion()
	 * @generated
	 */
	void setModelVersion(int value);

	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' attribute.
	 * @see #setJurisdiction(String)
	 * @see org.innoscape.model.InnoscapePackage#getInnovationSystem_Jurisdiction()
	 * @model
	 * @generated
	 */
	String getJurisdiction();

	/**
	 * Sets the value of the '{@link org.innoscape.model.InnovationSystem#getJurisdiction <em>Jurisdiction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' attribute.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(String value);

	/**
	 * Returns the value of the '<em><b>Snapshot Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snapshot Date</em>' attribute.
	 * @see #setSnapshotDate(String)
	 * @see org.innoscape.model.InnoscapePackage#getInnovationSystem_SnapshotDate()
	 * @model
	 * @generated
	 */
	String getSnapshotDate();

	/**
	 * Sets the value of the '{@link org.innoscape.model.InnovationSystem#getSnapshotDate <em>Snapshot Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snapshot Date</em>' attribute.
	 * @see #getSnapshotDate()
	 * @generated
	 */
	void setSnapshotDate(String value);

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.SourceDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getInnovationSystem_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<SourceDocument> getDocuments();

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actors</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getInnovationSystem_Actors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Actor> getActors();

	/**
	 * Returns the value of the '<em><b>Stakeholder Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.StakeholderGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stakeholder Groups</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getInnovationSystem_StakeholderGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<StakeholderGroup> getStakeholderGroups();

	/**
	 * Returns the value of the '<em><b>Relationships</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.Relationship}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationships</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getInnovationSystem_Relationships()
	 * @model containment="true"
	 * @generated
	 */
	EList<Relationship> getRelationships();

	/**
	 * Returns the value of the '<em><b>Drivers</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.Driver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drivers</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getInnovationSystem_Drivers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Driver> getDrivers();

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.PathwayStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getInnovationSystem_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<PathwayStage> getStages();

	/**
	 * Returns the value of the '<em><b>Initiatives</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.PolicyInitiative}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiatives</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getInnovationSystem_Initiatives()
	 * @model containment="true"
	 * @generated
	 */
	EList<PolicyInitiative> getInitiatives();

	/**
	 * Returns the value of the '<em><b>Recommendations</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.Recommendation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recommendations</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getInnovationSystem_Recommendations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Recommendation> getRecommendations();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getInnovationSystem_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Duplicate Reviews</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.DuplicateReview}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duplicate Reviews</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getInnovationSystem_DuplicateReviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<DuplicateReview> getDuplicateReviews();

	/**
	 * Returns the value of the '<em><b>Diagrams</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.Diagram}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagrams</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getInnovationSystem_Diagrams()
	 * @model containment="true"
	 * @generated
	 */
	EList<Diagram> getDiagrams();

} // InnovationSystem
