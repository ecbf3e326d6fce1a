/**
 */
package org.innoscape.diagram.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A diagram type, as in Sirius: what it shows (node and edge mappings on layers), how (conditional styles), how it may be narrowed (filters) and edited (palette tools). Contributed through the extension point org.innoscape.diagram.diagramTypes; other plugins may add to it (diagramExtension) before first use. Queries, predicates and tool actions are typed Java held in transient data-typed features, so a description is built in code, never loaded from a file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.DiagramDescription#getId <em>Id</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.DiagramDescription#getLabel <em>Label</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.DiagramDescription#getDocumentation <em>Documentation</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.DiagramDescription#getArrangement <em>Arrangement</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.DiagramDescription#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.DiagramDescription#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.DiagramDescription#getEdgeMappings <em>Edge Mappings</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.DiagramDescription#getNodeTools <em>Node Tools</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.DiagramDescription#getEdgeTools <em>Edge Tools</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.DiagramDescription#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @see org.innoscape.diagram.description.DescriptionPackage#getDiagramDescription()
 * @model
 * @generated
 */
public interface DiagramDescription extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique among the installed diagram types; stored in each diagram.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getDiagramDescription_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.DiagramDescription#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getDiagramDescription_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.DiagramDescription#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documentation</em>' attribute.
	 * @see #setDocumentation(String)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getDiagramDescription_Documentation()
	 * @model
	 * @generated
	 */
	String getDocumentation();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.DiagramDescription#getDocumentation <em>Documentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Documentation</em>' attribute.
	 * @see #getDocumentation()
	 * @generated
	 */
	void setDocumentation(String value);

	/**
	 * Returns the value of the '<em><b>Arrangement</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.diagram.description.Arrangement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arrangement</em>' attribute.
	 * @see org.innoscape.diagram.description.Arrangement
	 * @see #setArrangement(Arrangement)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getDiagramDescription_Arrangement()
	 * @model
	 * @generated
	 */
	Arrangement getArrangement();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.DiagramDescription#getArrangement <em>Arrangement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arrangement</em>' attribute.
	 * @see org.innoscape.diagram.description.Arrangement
	 * @see #getArrangement()
	 * @generated
	 */
	void setArrangement(Arrangement value);

	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.diagram.description.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The default layer first, then the optional ones.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.innoscape.diagram.description.DescriptionPackage#getDiagramDescription_Layers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Layer> getLayers();

	/**
	 * Returns the value of the '<em><b>Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.diagram.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top-level node mappings; containers hold their child mappings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Node Mappings</em>' containment reference list.
	 * @see org.innoscape.diagram.description.DescriptionPackage#getDiagramDescription_NodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getNodeMappings();

	/**
	 * Returns the value of the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.diagram.description.EdgeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edge Mappings</em>' containment reference list.
	 * @see org.innoscape.diagram.description.DescriptionPackage#getDiagramDescription_EdgeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeMapping> getEdgeMappings();

	/**
	 * Returns the value of the '<em><b>Node Tools</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.diagram.description.NodeCreationTool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Tools</em>' containment reference list.
	 * @see org.innoscape.diagram.description.DescriptionPackage#getDiagramDescription_NodeTools()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeCreationTool> getNodeTools();

	/**
	 * Returns the value of the '<em><b>Edge Tools</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.diagram.description.EdgeCreationTool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edge Tools</em>' containment reference list.
	 * @see org.innoscape.diagram.description.DescriptionPackage#getDiagramDescription_EdgeTools()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeCreationTool> getEdgeTools();

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.diagram.description.FilterDescription}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see org.innoscape.diagram.description.DescriptionPackage#getDiagramDescription_Filters()
	 * @model containment="true"
	 * @generated
	 */
	EList<FilterDescription> getFilters();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layer with this id, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Layer findLayer(String layerId);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node mapping with this id at any depth, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	NodeMapping findNodeMapping(String mappingId);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every node mapping, children of containers included, parents first.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<NodeMapping> allNodeMappings();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The edge mapping with this id, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EdgeMapping findEdgeMapping(String mappingId);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The filter with this id, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	FilterDescription findFilter(String filterId);

} // DiagramDescription
