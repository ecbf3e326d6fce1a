/**
 */
package org.innoscape.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.InnoscapePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.impl.ActorImpl#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.innoscape.model.impl.ActorImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.innoscape.model.impl.ActorImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.innoscape.model.impl.ActorImpl#getInfluence <em>Influence</em>}</li>
 *   <li>{@link org.innoscape.model.impl.ActorImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.innoscape.model.impl.ActorImpl#getMemberOf <em>Member Of</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActorImpl extends ModelElementImpl implements Actor {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ActorKind KIND_EDEFAULT = ActorKind.OTHER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ActorKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final ActorLevel LEVEL_EDEFAULT = ActorLevel.UNKNOWN;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected ActorLevel level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getInfluence() <em>Influence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInfluence()
	 * @generated
	 * @ordered
	 */
	protected static final Integer INFLUENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInfluence() <em>Influence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInfluence()
	 * @generated
	 * @ordered
	 */
	protected Integer influence = INFLUENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<String> goals;

	/**
	 * The cached value of the '{@link #getMemberOf() <em>Member Of</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberOf()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> memberOf;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InnoscapePackage.Literals.ACTOR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.ACTOR__ACRONYM, oldAcronym, acronym));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActorKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ActorKind newKind) {
		ActorKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.ACTOR__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActorLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(ActorLevel newLevel) {
		ActorLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.ACTOR__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getInfluence() {
		return influence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInfluence(Integer newInfluence) {
		Integer oldInfluence = influence;
		influence = newInfluence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.ACTOR__INFLUENCE, oldInfluence, influence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getGoals() {
		if (goals == null) {
			goals = new EDataTypeUniqueEList<String>(String.class, this, InnoscapePackage.ACTOR__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getMemberOf() {
		if (memberOf == null) {
			memberOf = new EObjectResolvingEList<Actor>(Actor.class, this, InnoscapePackage.ACTOR__MEMBER_OF);
		}
		return memberOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InnoscapePackage.ACTOR__ACRONYM:
				return getAcronym();
			case InnoscapePackage.ACTOR__KIND:
				return getKind();
			case InnoscapePackage.ACTOR__LEVEL:
				return getLevel();
			case InnoscapePackage.ACTOR__INFLUENCE:
				return getInfluence();
			case InnoscapePackage.ACTOR__GOALS:
				return getGoals();
			case InnoscapePackage.ACTOR__MEMBER_OF:
				return getMemberOf();
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
			case InnoscapePackage.ACTOR__ACRONYM:
				setAcronym((String)newValue);
				return;
			case InnoscapePackage.ACTOR__KIND:
				setKind((ActorKind)newValue);
				return;
			case InnoscapePackage.ACTOR__LEVEL:
				setLevel((ActorLevel)newValue);
				return;
			case InnoscapePackage.ACTOR__INFLUENCE:
				setInfluence((Integer)newValue);
				return;
			case InnoscapePackage.ACTOR__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends String>)newValue);
				return;
			case InnoscapePackage.ACTOR__MEMBER_OF:
				getMemberOf().clear();
				getMemberOf().addAll((Collection<? extends Actor>)newValue);
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
			case InnoscapePackage.ACTOR__ACRONYM:
				setAcronym(ACRONYM_EDEFAULT);
				return;
			case InnoscapePackage.ACTOR__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case InnoscapePackage.ACTOR__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case InnoscapePackage.ACTOR__INFLUENCE:
				setInfluence(INFLUENCE_EDEFAULT);
				return;
			case InnoscapePackage.ACTOR__GOALS:
				getGoals().clear();
				return;
			case InnoscapePackage.ACTOR__MEMBER_OF:
				getMemberOf().clear();
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
			case InnoscapePackage.ACTOR__ACRONYM:
				return ACRONYM_EDEFAULT == null ? acronym != null : !ACRONYM_EDEFAULT.equals(acronym);
			case InnoscapePackage.ACTOR__KIND:
				return kind != KIND_EDEFAULT;
			case InnoscapePackage.ACTOR__LEVEL:
				return level != LEVEL_EDEFAULT;
			case InnoscapePackage.ACTOR__INFLUENCE:
				return INFLUENCE_EDEFAULT == null ? influence != null : !INFLUENCE_EDEFAULT.equals(influence);
			case InnoscapePackage.ACTOR__GOALS:
				return goals != null && !goals.isEmpty();
			case InnoscapePackage.ACTOR__MEMBER_OF:
				return memberOf != null && !memberOf.isEmpty();
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", level: ");
		result.append(level);
		result.append(", influence: ");
		result.append(influence);
		result.append(", goals: ");
		result.append(goals);
		result.append(')');
		return result.toString();
	}

} //ActorImpl
