/**
 */
package org.innoscape.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The notation of one diagram: which elements it shows and where. What a diagram means (mappings, styles, tools) comes from its diagram type, found by id; the notation only stores what the user decided.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.Diagram#getType <em>Type</em>}</li>
 *   <li>{@link org.innoscape.model.Diagram#getEnabledLayers <em>Enabled Layers</em>}</li>
 *   <li>{@link org.innoscape.model.Diagram#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.innoscape.model.Diagram#getEdges <em>Edges</em>}</li>
 *   <li>{@link org.innoscape.model.Diagram#getHiddenElements <em>Hidden Elements</em>}</li>
 *   <li>{@link org.innoscape.model.Diagram#getFilters <em>Filters</em>}</li>
 *   <li>{@link org.innoscape.model.Diagram#getLayoutDirection <em>Layout Direction</em>}</li>
 *   <li>{@link org.innoscape.model.Diagram#getLineRouting <em>Line Routing</em>}</li>
 *   <li>{@link org.innoscape.model.Diagram#getAppearances <em>Appearances</em>}</li>
 * </ul>
 *
 * @see org.innoscape.model.InnoscapePackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see org.innoscape.model.InnoscapePackage#getDiagram_Type()
	 * @model
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Diagram#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Enabled Layers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled Layers</em>' attribute list.
	 * @see org.innoscape.model.InnoscapePackage#getDiagram_EnabledLayers()
	 * @model
	 * @generated
	 */
	EList<String> getEnabledLayers();

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.DiagramNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getDiagram_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramNode> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.DiagramEdge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getDiagram_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramEdge> getEdges();

	/**
	 * Returns the value of the '<em><b>Hidden Elements</b></em>' reference list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.EObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hidden Elements</em>' reference list.
	 * @see org.innoscape.model.InnoscapePackage#getDiagram_HiddenElements()
	 * @model
	 * @generated
	 */
	EList<EObject> getHiddenElements();

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.DiagramFilter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getDiagram_Filters()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramFilter> getFilters();

	/**
	 * Returns the value of the '<em><b>Layout Direction</b></em>' attribute.
	 * The default value is <code>"RIGHT"</code>.
	 * The literals are from the enumeration {@link org.innoscape.model.LayoutDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The way Arrange lays the diagram out: the flow of its edges.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout Direction</em>' attribute.
	 * @see org.innoscape.model.LayoutDirection
	 * @see #setLayoutDirection(LayoutDirection)
	 * @see org.innoscape.model.InnoscapePackage#getDiagram_LayoutDirection()
	 * @model default="RIGHT"
	 * @generated
	 */
	LayoutDirection getLayoutDirection();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Diagram#getLayoutDirection <em>Layout Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout Direction</em>' attribute.
	 * @see org.innoscape.model.LayoutDirection
	 * @see #getLayoutDirection()
	 * @generated
	 */
	void setLayoutDirection(LayoutDirection value);

	/**
	 * Returns the value of the '<em><b>Line Routing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.LineRouting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How Arrange routes the diagram's lines: straight, or with right angles (layered layouts).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Routing</em>' attribute.
	 * @see org.innoscape.model.LineRouting
	 * @see #setLineRouting(LineRouting)
	 * @see org.innoscape.model.InnoscapePackage#getDiagram_LineRouting()
	 * @model
	 * @generated
	 */
	LineRouting getLineRouting();

	/**
	 * Sets the value of the '{@link org.innoscape.model.Diagram#getLineRouting <em>Line Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Routing</em>' attribute.
	 * @see org.innoscape.model.LineRouting
	 * @see #getLineRouting()
	 * @generated
	 */
	void setLineRouting(LineRouting value);

	/**
	 * Returns the value of the '<em><b>Appearances</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.model.NodeAppearance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How this diagram draws its nodes by an attribute or a metric, over the diagram type's styles: at most one per node mapping and channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Appearances</em>' containment reference list.
	 * @see org.innoscape.model.InnoscapePackage#getDiagram_Appearances()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeAppearance> getAppearances();

} // Diagram
