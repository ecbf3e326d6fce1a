/**
 */
package org.innoscape.diagram.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Creates a model element and shows it with the mapping. The factory gets the semantic container (the model root, or the element of the container node clicked into).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.NodeCreationTool#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.NodeCreationTool#getFactory <em>Factory</em>}</li>
 * </ul>
 *
 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeCreationTool()
 * @model
 * @generated
 */
public interface NodeCreationTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(NodeMapping)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeCreationTool_Mapping()
	 * @model
	 * @generated
	 */
	NodeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.NodeCreationTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(NodeMapping value);

	/**
	 * Returns the value of the '<em><b>Factory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Factory</em>' attribute.
	 * @see #setFactory(NodeFactory)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeCreationTool_Factory()
	 * @model dataType="org.innoscape.diagram.description.NodeFactory" transient="true"
	 * @generated
	 */
	NodeFactory getFactory();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.NodeCreationTool#getFactory <em>Factory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Factory</em>' attribute.
	 * @see #getFactory()
	 * @generated
	 */
	void setFactory(NodeFactory value);

} // NodeCreationTool
