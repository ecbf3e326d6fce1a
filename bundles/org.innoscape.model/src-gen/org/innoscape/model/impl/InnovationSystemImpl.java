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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.innoscape.model.Actor;
import org.innoscape.model.Diagram;
import org.innoscape.model.Driver;
import org.innoscape.model.DuplicateReview;
import org.innoscape.model.Indicator;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Recommendation;
import org.innoscape.model.Relationship;
import org.innoscape.model.SourceDocument;
import org.innoscape.model.StakeholderGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Innovation System</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.impl.InnovationSystemImpl#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link org.innoscape.model.impl.InnovationSystemImpl#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.innoscape.model.impl.InnovationSystemImpl#getSnapshotDate <em>Snapshot Date</em>}</li>
 *   <li>{@link org.innoscape.model.impl.InnovationSystemImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.innoscape.model.impl.InnovationSystemImpl#getActors <em>Actors</em>}</li>
 *   <li>{@link org.innoscape.model.impl.InnovationSystemImpl#getStakeholderGroups <em>Stakeholder Groups</em>}</li>
 *   <li>{@link org.innoscape.model.impl.InnovationSystemImpl#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.innoscape.model.impl.InnovationSystemImpl#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link org.innoscape.model.impl.InnovationSystemImpl#getStages <em>Stages</em>}</li>
 *   <li>{@link org.innoscape.model.impl.InnovationSystemImpl#getInitiatives <em>Initiatives</em>}</li>
 *   <li>{@link org.innoscape.model.impl.InnovationSystemImpl#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.innoscape.model.impl.InnovationSystemImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.innoscape.model.impl.InnovationSystemImpl#getDuplicateReviews <em>Duplicate Reviews</em>}</li>
 *   <li>{@link org.innoscape.model.impl.InnovationSystemImpl#getDiagrams <em>Diagrams</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InnovationSystemImpl extends ModelElementImpl implements InnovationSystem {
	/**
	 * The default value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int MODEL_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected int modelVersion = MODEL_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getJurisdiction() <em>Jurisdiction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJurisdiction()
	 * @generated
	 * @ordered
	 */
	protected static final String JURISDICTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJurisdiction() <em>Jurisdiction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJurisdiction()
	 * @generated
	 * @ordered
	 */
	protected String jurisdiction = JURISDICTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSnapshotDate() <em>Snapshot Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshotDate()
	 * @generated
	 * @ordered
	 */
	protected static final String SNAPSHOT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSnapshotDate() <em>Snapshot Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshotDate()
	 * @generated
	 * @ordered
	 */
	protected String snapshotDate = SNAPSHOT_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<SourceDocument> documents;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> actors;

	/**
	 * The cached value of the '{@link #getStakeholderGroups() <em>Stakeholder Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStakeholderGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<StakeholderGroup> stakeholderGroups;

	/**
	 * The cached value of the '{@link #getRelationships() <em>Relationships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationships()
	 * @generated
	 * @ordered
	 */
	protected EList<Relationship> relationships;

	/**
	 * The cached value of the '{@link #getDrivers() <em>Drivers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrivers()
	 * @generated
	 * @ordered
	 */
	protected EList<Driver> drivers;

	/**
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<PathwayStage> stages;

	/**
	 * The cached value of the '{@link #getInitiatives() <em>Initiatives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatives()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyInitiative> initiatives;

	/**
	 * The cached value of the '{@link #getRecommendations() <em>Recommendations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendations()
	 * @generated
	 * @ordered
	 */
	protected EList<Recommendation> recommendations;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * The cached value of the '{@link #getDuplicateReviews() <em>Duplicate Reviews</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuplicateReviews()
	 * @generated
	 * @ordered
	 */
	protected EList<DuplicateReview> duplicateReviews;

	/**
	 * The cached value of the '{@link #getDiagrams() <em>Diagrams</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagrams()
	 * @generated
	 * @ordered
	 */
	protected EList<Diagram> diagrams;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InnovationSystemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InnoscapePackage.Literals.INNOVATION_SYSTEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getModelVersion() {
		return modelVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelVersion(int newModelVersion) {
		int oldModelVersion = modelVersion;
		modelVersion = newModelVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.INNOVATION_SYSTEM__MODEL_VERSION, oldModelVersion, modelVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJurisdiction() {
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJurisdiction(String newJurisdiction) {
		String oldJurisdiction = jurisdiction;
		jurisdiction = newJurisdiction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.INNOVATION_SYSTEM__JURISDICTION, oldJurisdiction, jurisdiction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSnapshotDate() {
		return snapshotDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSnapshotDate(String newSnapshotDate) {
		String oldSnapshotDate = snapshotDate;
		snapshotDate = newSnapshotDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.INNOVATION_SYSTEM__SNAPSHOT_DATE, oldSnapshotDate, snapshotDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SourceDocument> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<SourceDocument>(SourceDocument.class, this, InnoscapePackage.INNOVATION_SYSTEM__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getActors() {
		if (actors == null) {
			actors = new EObjectContainmentEList<Actor>(Actor.class, this, InnoscapePackage.INNOVATION_SYSTEM__ACTORS);
		}
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StakeholderGroup> getStakeholderGroups() {
		if (stakeholderGroups == null) {
			stakeholderGroups = new EObjectContainmentEList<StakeholderGroup>(StakeholderGroup.class, this, InnoscapePackage.INNOVATION_SYSTEM__STAKEHOLDER_GROUPS);
		}
		return stakeholderGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Relationship> getRelationships() {
		if (relationships == null) {
			relationships = new EObjectContainmentEList<Relationship>(Relationship.class, this, InnoscapePackage.INNOVATION_SYSTEM__RELATIONSHIPS);
		}
		return relationships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Driver> getDrivers() {
		if (drivers == null) {
			drivers = new EObjectContainmentEList<Driver>(Driver.class, this, InnoscapePackage.INNOVATION_SYSTEM__DRIVERS);
		}
		return drivers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PathwayStage> getStages() {
		if (stages == null) {
			stages = new EObjectContainmentEList<PathwayStage>(PathwayStage.class, this, InnoscapePackage.INNOVATION_SYSTEM__STAGES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyInitiative> getInitiatives() {
		if (initiatives == null) {
			initiatives = new EObjectContainmentEList<PolicyInitiative>(PolicyInitiative.class, this, InnoscapePackage.INNOVATION_SYSTEM__INITIATIVES);
		}
		return initiatives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recommendation> getRecommendations() {
		if (recommendations == null) {
			recommendations = new EObjectContainmentEList<Recommendation>(Recommendation.class, this, InnoscapePackage.INNOVATION_SYSTEM__RECOMMENDATIONS);
		}
		return recommendations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, InnoscapePackage.INNOVATION_SYSTEM__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DuplicateReview> getDuplicateReviews() {
		if (duplicateReviews == null) {
			duplicateReviews = new EObjectContainmentEList<DuplicateReview>(DuplicateReview.class, this, InnoscapePackage.INNOVATION_SYSTEM__DUPLICATE_REVIEWS);
		}
		return duplicateReviews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Diagram> getDiagrams() {
		if (diagrams == null) {
			diagrams = new EObjectContainmentEList<Diagram>(Diagram.class, this, InnoscapePackage.INNOVATION_SYSTEM__DIAGRAMS);
		}
		return diagrams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InnoscapePackage.INNOVATION_SYSTEM__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
			case InnoscapePackage.INNOVATION_SYSTEM__ACTORS:
				return ((InternalEList<?>)getActors()).basicRemove(otherEnd, msgs);
			case InnoscapePackage.INNOVATION_SYSTEM__STAKEHOLDER_GROUPS:
				return ((InternalEList<?>)getStakeholderGroups()).basicRemove(otherEnd, msgs);
			case InnoscapePackage.INNOVATION_SYSTEM__RELATIONSHIPS:
				return ((InternalEList<?>)getRelationships()).basicRemove(otherEnd, msgs);
			case InnoscapePackage.INNOVATION_SYSTEM__DRIVERS:
				return ((InternalEList<?>)getDrivers()).basicRemove(otherEnd, msgs);
			case InnoscapePackage.INNOVATION_SYSTEM__STAGES:
				return ((InternalEList<?>)getStages()).basicRemove(otherEnd, msgs);
			case InnoscapePackage.INNOVATION_SYSTEM__INITIATIVES:
				return ((InternalEList<?>)getInitiatives()).basicRemove(otherEnd, msgs);
			case InnoscapePackage.INNOVATION_SYSTEM__RECOMMENDATIONS:
				return ((InternalEList<?>)getRecommendations()).basicRemove(otherEnd, msgs);
			case InnoscapePackage.INNOVATION_SYSTEM__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
			case InnoscapePackage.INNOVATION_SYSTEM__DUPLICATE_REVIEWS:
				return ((InternalEList<?>)getDuplicateReviews()).basicRemove(otherEnd, msgs);
			case InnoscapePackage.INNOVATION_SYSTEM__DIAGRAMS:
				return ((InternalEList<?>)getDiagrams()).basicRemove(otherEnd, msgs);
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
			case InnoscapePackage.INNOVATION_SYSTEM__MODEL_VERSION:
				return getModelVersion();
			case InnoscapePackage.INNOVATION_SYSTEM__JURISDICTION:
				return getJurisdiction();
			case InnoscapePackage.INNOVATION_SYSTEM__SNAPSHOT_DATE:
				return getSnapshotDate();
			case InnoscapePackage.INNOVATION_SYSTEM__DOCUMENTS:
				return getDocuments();
			case InnoscapePackage.INNOVATION_SYSTEM__ACTORS:
				return getActors();
			case InnoscapePackage.INNOVATION_SYSTEM__STAKEHOLDER_GROUPS:
				return getStakeholderGroups();
			case InnoscapePackage.INNOVATION_SYSTEM__RELATIONSHIPS:
				return getRelationships();
			case InnoscapePackage.INNOVATION_SYSTEM__DRIVERS:
				return getDrivers();
			case InnoscapePackage.INNOVATION_SYSTEM__STAGES:
				return getStages();
			case InnoscapePackage.INNOVATION_SYSTEM__INITIATIVES:
				return getInitiatives();
			case InnoscapePackage.INNOVATION_SYSTEM__RECOMMENDATIONS:
				return getRecommendations();
			case InnoscapePackage.INNOVATION_SYSTEM__INDICATORS:
				return getIndicators();
			case InnoscapePackage.INNOVATION_SYSTEM__DUPLICATE_REVIEWS:
				return getDuplicateReviews();
			case InnoscapePackage.INNOVATION_SYSTEM__DIAGRAMS:
				return getDiagrams();
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
			case InnoscapePackage.INNOVATION_SYSTEM__MODEL_VERSION:
				setModelVersion((Integer)newValue);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__JURISDICTION:
				setJurisdiction((String)newValue);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__SNAPSHOT_DATE:
				setSnapshotDate((String)newValue);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends SourceDocument>)newValue);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__ACTORS:
				getActors().clear();
				getActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__STAKEHOLDER_GROUPS:
				getStakeholderGroups().clear();
				getStakeholderGroups().addAll((Collection<? extends StakeholderGroup>)newValue);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__RELATIONSHIPS:
				getRelationships().clear();
				getRelationships().addAll((Collection<? extends Relationship>)newValue);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__DRIVERS:
				getDrivers().clear();
				getDrivers().addAll((Collection<? extends Driver>)newValue);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends PathwayStage>)newValue);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__INITIATIVES:
				getInitiatives().clear();
				getInitiatives().addAll((Collection<? extends PolicyInitiative>)newValue);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__RECOMMENDATIONS:
				getRecommendations().clear();
				getRecommendations().addAll((Collection<? extends Recommendation>)newValue);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__DUPLICATE_REVIEWS:
				getDuplicateReviews().clear();
				getDuplicateReviews().addAll((Collection<? extends DuplicateReview>)newValue);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__DIAGRAMS:
				getDiagrams().clear();
				getDiagrams().addAll((Collection<? extends Diagram>)newValue);
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
			case InnoscapePackage.INNOVATION_SYSTEM__MODEL_VERSION:
				setModelVersion(MODEL_VERSION_EDEFAULT);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__JURISDICTION:
				setJurisdiction(JURISDICTION_EDEFAULT);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__SNAPSHOT_DATE:
				setSnapshotDate(SNAPSHOT_DATE_EDEFAULT);
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__DOCUMENTS:
				getDocuments().clear();
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__ACTORS:
				getActors().clear();
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__STAKEHOLDER_GROUPS:
				getStakeholderGroups().clear();
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__RELATIONSHIPS:
				getRelationships().clear();
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__DRIVERS:
				getDrivers().clear();
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__STAGES:
				getStages().clear();
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__INITIATIVES:
				getInitiatives().clear();
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__RECOMMENDATIONS:
				getRecommendations().clear();
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__INDICATORS:
				getIndicators().clear();
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__DUPLICATE_REVIEWS:
				getDuplicateReviews().clear();
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__DIAGRAMS:
				getDiagrams().clear();
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
			case InnoscapePackage.INNOVATION_SYSTEM__MODEL_VERSION:
				return modelVersion != MODEL_VERSION_EDEFAULT;
			case InnoscapePackage.INNOVATION_SYSTEM__JURISDICTION:
				return JURISDICTION_EDEFAULT == null ? jurisdiction != null : !JURISDICTION_EDEFAULT.equals(jurisdiction);
			case InnoscapePackage.INNOVATION_SYSTEM__SNAPSHOT_DATE:
				return SNAPSHOT_DATE_EDEFAULT == null ? snapshotDate != null : !SNAPSHOT_DATE_EDEFAULT.equals(snapshotDate);
			case InnoscapePackage.INNOVATION_SYSTEM__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case InnoscapePackage.INNOVATION_SYSTEM__ACTORS:
				return actors != null && !actors.isEmpty();
			case InnoscapePackage.INNOVATION_SYSTEM__STAKEHOLDER_GROUPS:
				return stakeholderGroups != null && !stakeholderGroups.isEmpty();
			case InnoscapePackage.INNOVATION_SYSTEM__RELATIONSHIPS:
				return relationships != null && !relationships.isEmpty();
			case InnoscapePackage.INNOVATION_SYSTEM__DRIVERS:
				return drivers != null && !drivers.isEmpty();
			case InnoscapePackage.INNOVATION_SYSTEM__STAGES:
				return stages != null && !stages.isEmpty();
			case InnoscapePackage.INNOVATION_SYSTEM__INITIATIVES:
				return initiatives != null && !initiatives.isEmpty();
			case InnoscapePackage.INNOVATION_SYSTEM__RECOMMENDATIONS:
				return recommendations != null && !recommendations.isEmpty();
			case InnoscapePackage.INNOVATION_SYSTEM__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case InnoscapePackage.INNOVATION_SYSTEM__DUPLICATE_REVIEWS:
				return duplicateReviews != null && !duplicateReviews.isEmpty();
			case InnoscapePackage.INNOVATION_SYSTEM__DIAGRAMS:
				return diagrams != null && !diagrams.isEmpty();
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
		result.append(" (modelVersion: ");
		result.append(modelVersion);
		result.append(", jurisdiction: ");
		result.append(jurisdiction);
		result.append(", snapshotDate: ");
		result.append(snapshotDate);
		result.append(')');
		return result.toString();
	}

} //InnovationSystemImpl
