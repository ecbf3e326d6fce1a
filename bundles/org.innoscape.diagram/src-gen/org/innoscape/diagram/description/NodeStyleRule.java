/**
 */
package org.innoscape.diagram.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Style Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A conditional node style.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.NodeStyleRule#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeStyleRule()
 * @model
 * @generated
 */
public interface NodeStyleRule extends StyleRule {
	/**
	 * Returns the value of the '<em><b>Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' attribute.
	 * @see #setStyle(NodeStyle)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeStyleRule_Style()
	 * @model dataType="org.innoscape.diagram.description.NodeStyle" transient="true"
	 * @generated
	 */
	NodeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.NodeStyleRule#getStyle <em>Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' attribute.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(NodeStyle value);

} // NodeStyleRule
