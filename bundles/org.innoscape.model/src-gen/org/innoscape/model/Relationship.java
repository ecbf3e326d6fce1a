/**
 */
package org.innoscape.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relationship</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A directed relationship between two actors, with its own attributes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.Relationship#getSource <em>Source</em>}</li>
 *   <li>{@link org.innoscape.model.Relationship#getTarget <em>Target</em>}</li>
 *   <li>{@link org.innoscape.model.Relationship#getKind <em>Kind</em>}</li>
 *   <li>{@link org.innoscape.model.Relationship#getStrength <em>Strength</em>}</li>
 *   <li>{@link org.innoscape.model.Relationship#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.innoscape.model.InnoscapePackage#getRelationship()
 * @model
 * @generated
 */
public interface Relationship extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Actor)
	 * @see org.innoscape.model.InnoscapePackage#getRelationship_Source()
	 * @model
	 * @generated
	 */
	Actor getSource();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Relationship#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Actor value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Actor)
	 * @see org.innoscape.model.InnoscapePackage#getRelationship_Target()
	 * @model
	 * @generated
	 */
	Actor getTarget();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Relationship#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Actor value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.RelationshipKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.innoscape.model.RelationshipKind
	 * @see #setKind(RelationshipKind)
	 * @see org.innoscape.model.InnoscapePackage#getRelationship_Kind()
	 * @model
	 * @generated
	 */
	RelationshipKind getKind();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Relationship#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.innoscape.model.RelationshipKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RelationshipKind value);

	/**
	 * Returns the value of the '<em><b>Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strength</em>' attribute.
	 * @see #setStrength(Integer)
	 * @see org.innoscape.model.InnoscapePackage#getRelationship_Strength()
	 * @model
	 * @generated
	 */
	Integer getStrength();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Relationship#getStrength <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strength</em>' attribute.
	 * @see #getStrength()
	 * @generated
	 */
	void setStrength(Integer value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.innoscape.model.InnoscapePackage#getRelationship_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Relationship#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

} // Relationship
