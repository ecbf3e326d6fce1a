/**
 */
package org.innoscape.diagram.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Style Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A conditional edge style.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.EdgeStyleRule#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @see org.innoscape.diagram.description.DescriptionPackage#getEdgeStyleRule()
 * @model
 * @generated
 */
public interface EdgeStyleRule extends StyleRule {
	/**
	 * Returns the value of the '<em><b>Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' attribute.
	 * @see #setStyle(EdgeStyle)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getEdgeStyleRule_Style()
	 * @model dataType="org.innoscape.diagram.description.EdgeStyle" transient="true"
	 * @generated
	 */
	EdgeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.EdgeStyleRule#getStyle <em>Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' attribute.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(EdgeStyle value);

} // EdgeStyleRule
