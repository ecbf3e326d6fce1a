/**
 */
package org.innoscape.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measure of inputs, processes, outputs, outcomes or impacts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.Indicator#getCategory <em>Category</em>}</li>
 *   <li>{@link org.innoscape.model.Indicator#getGroup <em>Group</em>}</li>
 *   <li>{@link org.innoscape.model.Indicator#getStage <em>Stage</em>}</li>
 * </ul>
 *
 * @see org.innoscape.model.InnoscapePackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.IndicatorCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.innoscape.model.IndicatorCategory
	 * @see #setCategory(IndicatorCategory)
	 * @see org.innoscape.model.InnoscapePackage#getIndicator_Category()
	 * @model
	 * @generated
	 */
	IndicatorCategory getCategory();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Indicator#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.innoscape.model.IndicatorCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(IndicatorCategory value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see org.innoscape.model.InnoscapePackage#getIndicator_Group()
	 * @model
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Indicator#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' reference.
	 * @see #setStage(PathwayStage)
	 * @see org.innoscape.model.InnoscapePackage#getIndicator_Stage()
	 * @model
	 * @generated
	 */
	PathwayStage getStage();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Indicator#getStage <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' reference.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(PathwayStage value);

} // Indicator
