/**
 */
package org.innoscape.diagram.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Style Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A conditional style: when the predicate holds, its style applies. The name says what it shows (legends).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.StyleRule#getName <em>Name</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.StyleRule#getWhen <em>When</em>}</li>
 * </ul>
 *
 * @see org.innoscape.diagram.description.DescriptionPackage#getStyleRule()
 * @model abstract="true"
 * @generated
 */
public interface StyleRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getStyleRule_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.StyleRule#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>When</em>' attribute.
	 * @see #setWhen(ElementCondition)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getStyleRule_When()
	 * @model dataType="org.innoscape.diagram.description.ElementCondition" transient="true"
	 * @generated
	 */
	ElementCondition getWhen();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.StyleRule#getWhen <em>When</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>When</em>' attribute.
	 * @see #getWhen()
	 * @generated
	 */
	void setWhen(ElementCondition value);

} // StyleRule
