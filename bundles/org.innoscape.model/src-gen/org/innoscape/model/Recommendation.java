/**
 */
package org.innoscape.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recommendation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A recommendation for action, addressed to actors.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.Recommendation#getNumber <em>Number</em>}</li>
 *   <li>{@link org.innoscape.model.Recommendation#getText <em>Text</em>}</li>
 *   <li>{@link org.innoscape.model.Recommendation#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.innoscape.model.Recommendation#getAddressedActors <em>Addressed Actors</em>}</li>
 *   <li>{@link org.innoscape.model.Recommendation#getTimeFrame <em>Time Frame</em>}</li>
 *   <li>{@link org.innoscape.model.Recommendation#getImplementingInitiatives <em>Implementing Initiatives</em>}</li>
 * </ul>
 *
 * @see org.innoscape.model.InnoscapePackage#getRecommendation()
 * @model
 * @generated
 */
public interface Recommendation extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(Integer)
	 * @see org.innoscape.model.InnoscapePackage#getRecommendation_Number()
	 * @model
	 * @generated
	 */
	Integer getNumber();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Recommendation#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(Integer value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.innoscape.model.InnoscapePackage#getRecommendation_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Recommendation#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' reference.
	 * @see #setDriver(Driver)
	 * @see org.innoscape.model.InnoscapePackage#getRecommendation_Driver()
	 * @model
	 * @generated
	 */
	Driver getDriver();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Recommendation#getDriver <em>Driver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' reference.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(Driver value);

	/**
	 * Returns the value of the '<em><b>Addressed Actors</b></em>' reference list.
	 * The list contents are of type {@link org.innoscape.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressed Actors</em>' reference list.
	 * @see org.innoscape.model.InnoscapePackage#getRecommendation_AddressedActors()
	 * @model
	 * @generated
	 */
	EList<Actor> getAddressedActors();

	/**
	 * Returns the value of the '<em><b>Time Frame</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.TimeFrame}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Frame</em>' attribute.
	 * @see org.innoscape.model.TimeFrame
	 * @see #setTimeFrame(TimeFrame)
	 * @see org.innoscape.model.InnoscapePackage#getRecommendation_TimeFrame()
	 * @model
	 * @generated
	 */
	TimeFrame getTimeFrame();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Recommendation#getTimeFrame <em>Time Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Frame</em>' attribute.
	 * @see org.innoscape.model.TimeFrame
	 * @see #getTimeFrame()
	 * @generated
	 */
	void setTimeFrame(TimeFrame value);

	/**
	 * Returns the value of the '<em><b>Implementing Initiatives</b></em>' reference list.
	 * The list contents are of type {@link org.innoscape.model.PolicyInitiative}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Implementing Initiatives</em>' reference list.
	 * @see org.innoscape.model.InnoscapePackage#getRecommendation_ImplementingInitiatives()
	 * @model
	 * @generated
	 */
	EList<PolicyInitiative> getImplementingInitiatives();

} // Recommendation
