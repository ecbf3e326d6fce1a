/**
 */
package org.innoscape.diagram.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Connects two elements; canConnect decides which pairs are allowed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.EdgeCreationTool#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.EdgeCreationTool#getCanConnect <em>Can Connect</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.EdgeCreationTool#getFactory <em>Factory</em>}</li>
 * </ul>
 *
 * @see org.innoscape.diagram.description.DescriptionPackage#getEdgeCreationTool()
 * @model
 * @generated
 */
public interface EdgeCreationTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(EdgeMapping)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getEdgeCreationTool_Mapping()
	 * @model
	 * @generated
	 */
	EdgeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.EdgeCreationTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(EdgeMapping value);

	/**
	 * Returns the value of the '<em><b>Can Connect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Can Connect</em>' attribute.
	 * @see #setCanConnect(ConnectionCondition)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getEdgeCreationTool_CanConnect()
	 * @model dataType="org.innoscape.diagram.description.ConnectionCondition" transient="true"
	 * @generated
	 */
	ConnectionCondition getCanConnect();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.EdgeCreationTool#getCanConnect <em>Can Connect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Can Connect</em>' attribute.
	 * @see #getCanConnect()
	 * @generated
	 */
	void setCanConnect(ConnectionCondition value);

	/**
	 * Returns the value of the '<em><b>Factory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Factory</em>' attribute.
	 * @see #setFactory(EdgeFactory)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getEdgeCreationTool_Factory()
	 * @model dataType="org.innoscape.diagram.description.EdgeFactory" transient="true"
	 * @generated
	 */
	EdgeFactory getFactory();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.EdgeCreationTool#getFactory <em>Factory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Factory</em>' attribute.
	 * @see #getFactory()
	 * @generated
	 */
	void setFactory(EdgeFactory value);

} // EdgeCreationTool
