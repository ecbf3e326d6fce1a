/**
 */
package org.innoscape.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organisation, network or group that takes part in the system.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.Actor#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.innoscape.model.Actor#getKind <em>Kind</em>}</li>
 *   <li>{@link org.innoscape.model.Actor#getLevel <em>Level</em>}</li>
 *   <li>{@link org.innoscape.model.Actor#getInfluence <em>Influence</em>}</li>
 *   <li>{@link org.innoscape.model.Actor#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.innoscape.model.Actor#getMemberOf <em>Member Of</em>}</li>
 * </ul>
 *
 * @see org.innoscape.model.InnoscapePackage#getActor()
 * @model
 * @generated
 */
public interface Actor extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acronym</em>' attribute.
	 * @see #setAcronym(String)
	 * @see org.innoscape.model.InnoscapePackage#getActor_Acronym()
	 * @model
	 * @generated
	 */
	String getAcronym();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Actor#getAcronym <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acronym</em>' attribute.
	 * @see #getAcronym()
	 * @generated
	 */
	void setAcronym(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.ActorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.innoscape.model.ActorKind
	 * @see #setKind(ActorKind)
	 * @see org.innoscape.model.InnoscapePackage#getActor_Kind()
	 * @model
	 * @generated
	 */
	ActorKind getKind();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Actor#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.innoscape.model.ActorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ActorKind value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.ActorLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.innoscape.model.ActorLevel
	 * @see #setLevel(ActorLevel)
	 * @see org.innoscape.model.InnoscapePackage#getActor_Level()
	 * @model
	 * @generated
	 */
	ActorLevel getLevel();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Actor#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.innoscape.model.ActorLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(ActorLevel value);

	/**
	 * Returns the value of the '<em><b>Influence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Influence</em>' attribute.
	 * @see #setInfluence(Integer)
	 * @see org.innoscape.model.InnoscapePackage#getActor_Influence()
	 * @model
	 * @generated
	 */
	Integer getInfluence();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Actor#getInfluence <em>Influence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Influence</em>' attribute.
	 * @see #getInfluence()
	 * @generated
	 */
	void setInfluence(Integer value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' attribute list.
	 * @see org.innoscape.model.InnoscapePackage#getActor_Goals()
	 * @model
	 * @generated
	 */
	EList<String> getGoals();

	/**
	 * Returns the value of the '<em><b>Member Of</b></em>' reference list.
	 * The list contents are of type {@link org.innoscape.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member Of</em>' reference list.
	 * @see org.innoscape.model.InnoscapePackage#getActor_MemberOf()
	 * @model
	 * @generated
	 */
	EList<Actor> getMemberOf();

} // Actor
