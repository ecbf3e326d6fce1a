/**
 */
package org.innoscape.diagram.description;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.innoscape.diagram.description.DescriptionFactory
 * @model kind="package"
 * @generated
 */
public interface DescriptionPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "description";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://innoscape.org/diagram/description/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "description";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DescriptionPackage eINSTANCE = org.innoscape.diagram.description.impl.DescriptionPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.innoscape.diagram.description.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.impl.DiagramDescriptionImpl
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getDiagramDescription()
	 * @generated
	 */
	int DIAGRAM_DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DOCUMENTATION = 2;

	/**
	 * The feature id for the '<em><b>Arrangement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__ARRANGEMENT = 3;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LAYERS = 4;

	/**
	 * The feature id for the '<em><b>Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__NODE_MAPPINGS = 5;

	/**
	 * The feature id for the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__EDGE_MAPPINGS = 6;

	/**
	 * The feature id for the '<em><b>Node Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__NODE_TOOLS = 7;

	/**
	 * The feature id for the '<em><b>Edge Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__EDGE_TOOLS = 8;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__FILTERS = 9;

	/**
	 * The number of structural features of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_FEATURE_COUNT = 10;

	/**
	 * The operation id for the '<em>Find Layer</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION___FIND_LAYER__STRING = 0;

	/**
	 * The operation id for the '<em>Find Node Mapping</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION___FIND_NODE_MAPPING__STRING = 1;

	/**
	 * The operation id for the '<em>All Node Mappings</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION___ALL_NODE_MAPPINGS = 2;

	/**
	 * The operation id for the '<em>Find Edge Mapping</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION___FIND_EDGE_MAPPING__STRING = 3;

	/**
	 * The operation id for the '<em>Find Filter</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION___FIND_FILTER__STRING = 4;

	/**
	 * The number of operations of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_OPERATION_COUNT = 5;

	/**
	 * The meta object id for the '{@link org.innoscape.diagram.description.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.impl.LayerImpl
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__OPTIONAL = 2;

	/**
	 * The feature id for the '<em><b>Enabled By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ENABLED_BY_DEFAULT = 3;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.innoscape.diagram.description.impl.MappingImpl <em>Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.impl.MappingImpl
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getMapping()
	 * @generated
	 */
	int MAPPING = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING__LAYER = 2;

	/**
	 * The number of structural features of the '<em>Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.innoscape.diagram.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.impl.NodeMappingImpl
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getNodeMapping()
	 * @generated
	 */
	int NODE_MAPPING = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__ID = MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL = MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LAYER = MAPPING__LAYER;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOMAIN_CLASS = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__CANDIDATES = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__PRECONDITION = MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Label Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL_TEXT = MAPPING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Label Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL_FEATURE = MAPPING_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Base Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__BASE_STYLE = MAPPING_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Style Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__STYLE_RULES = MAPPING_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Initial Size Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__INITIAL_SIZE_SOURCE = MAPPING_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Synchronized With Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__SYNCHRONIZED_WITH_MODEL = MAPPING_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Lane Membership</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LANE_MEMBERSHIP = MAPPING_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__CHILDREN = MAPPING_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 11;

	/**
	 * The operation id for the '<em>Candidates Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING___CANDIDATES_OF__EOBJECT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Accepts</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING___ACCEPTS__EOBJECT = MAPPING_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Label Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING___LABEL_OF__EOBJECT = MAPPING_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Style Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING___STYLE_OF__EOBJECT = MAPPING_OPERATION_COUNT + 3;

	/**
	 * The operation id for the '<em>Is Container</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING___IS_CONTAINER = MAPPING_OPERATION_COUNT + 4;

	/**
	 * The number of operations of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.innoscape.diagram.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.impl.EdgeMappingImpl
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getEdgeMapping()
	 * @generated
	 */
	int EDGE_MAPPING = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__ID = MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL = MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LAYER = MAPPING__LAYER;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_MAPPINGS = MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_MAPPINGS = MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Base Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__BASE_STYLE = MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Style Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__STYLE_RULES = MAPPING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Label Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL_TEXT = MAPPING_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_FEATURE_COUNT = MAPPING_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Label Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING___LABEL_OF__EOBJECT = MAPPING_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Style Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING___STYLE_OF__EOBJECT = MAPPING_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_OPERATION_COUNT = MAPPING_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.innoscape.diagram.description.impl.RelationEdgeMappingImpl <em>Relation Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.impl.RelationEdgeMappingImpl
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getRelationEdgeMapping()
	 * @generated
	 */
	int RELATION_EDGE_MAPPING = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__ID = EDGE_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__LABEL = EDGE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__LAYER = EDGE_MAPPING__LAYER;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__SOURCE_MAPPINGS = EDGE_MAPPING__SOURCE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__TARGET_MAPPINGS = EDGE_MAPPING__TARGET_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Base Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__BASE_STYLE = EDGE_MAPPING__BASE_STYLE;

	/**
	 * The feature id for the '<em><b>Style Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__STYLE_RULES = EDGE_MAPPING__STYLE_RULES;

	/**
	 * The feature id for the '<em><b>Label Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__LABEL_TEXT = EDGE_MAPPING__LABEL_TEXT;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING__REFERENCE = EDGE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Relation Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING_FEATURE_COUNT = EDGE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Label Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING___LABEL_OF__EOBJECT = EDGE_MAPPING___LABEL_OF__EOBJECT;

	/**
	 * The operation id for the '<em>Style Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING___STYLE_OF__EOBJECT = EDGE_MAPPING___STYLE_OF__EOBJECT;

	/**
	 * The operation id for the '<em>Targets Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING___TARGETS_OF__EOBJECT = EDGE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Relation Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATION_EDGE_MAPPING_OPERATION_COUNT = EDGE_MAPPING_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.innoscape.diagram.description.impl.ElementEdgeMappingImpl <em>Element Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.impl.ElementEdgeMappingImpl
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getElementEdgeMapping()
	 * @generated
	 */
	int ELEMENT_EDGE_MAPPING = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__ID = EDGE_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__LABEL = EDGE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__LAYER = EDGE_MAPPING__LAYER;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__SOURCE_MAPPINGS = EDGE_MAPPING__SOURCE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__TARGET_MAPPINGS = EDGE_MAPPING__TARGET_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Base Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__BASE_STYLE = EDGE_MAPPING__BASE_STYLE;

	/**
	 * The feature id for the '<em><b>Style Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__STYLE_RULES = EDGE_MAPPING__STYLE_RULES;

	/**
	 * The feature id for the '<em><b>Label Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__LABEL_TEXT = EDGE_MAPPING__LABEL_TEXT;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__DOMAIN_CLASS = EDGE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__SOURCE_FEATURE = EDGE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__TARGET_FEATURE = EDGE_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__CANDIDATES = EDGE_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING__PRECONDITION = EDGE_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Element Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING_FEATURE_COUNT = EDGE_MAPPING_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Label Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING___LABEL_OF__EOBJECT = EDGE_MAPPING___LABEL_OF__EOBJECT;

	/**
	 * The operation id for the '<em>Style Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING___STYLE_OF__EOBJECT = EDGE_MAPPING___STYLE_OF__EOBJECT;

	/**
	 * The operation id for the '<em>Candidates Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING___CANDIDATES_OF__EOBJECT = EDGE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Accepts</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING___ACCEPTS__EOBJECT = EDGE_MAPPING_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Source Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING___SOURCE_OF__EOBJECT = EDGE_MAPPING_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Target Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING___TARGET_OF__EOBJECT = EDGE_MAPPING_OPERATION_COUNT + 3;

	/**
	 * The number of operations of the '<em>Element Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_EDGE_MAPPING_OPERATION_COUNT = EDGE_MAPPING_OPERATION_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.innoscape.diagram.description.impl.StyleRuleImpl <em>Style Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.impl.StyleRuleImpl
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getStyleRule()
	 * @generated
	 */
	int STYLE_RULE = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_RULE__NAME = 0;

	/**
	 * The feature id for the '<em><b>When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_RULE__WHEN = 1;

	/**
	 * The number of structural features of the '<em>Style Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_RULE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Style Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.innoscape.diagram.description.impl.NodeStyleRuleImpl <em>Node Style Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.impl.NodeStyleRuleImpl
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getNodeStyleRule()
	 * @generated
	 */
	int NODE_STYLE_RULE = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_RULE__NAME = STYLE_RULE__NAME;

	/**
	 * The feature id for the '<em><b>When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_RULE__WHEN = STYLE_RULE__WHEN;

	/**
	 * The feature id for the '<em><b>Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_RULE__STYLE = STYLE_RULE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Node Style Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_RULE_FEATURE_COUNT = STYLE_RULE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Node Style Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_RULE_OPERATION_COUNT = STYLE_RULE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.diagram.description.impl.EdgeStyleRuleImpl <em>Edge Style Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.impl.EdgeStyleRuleImpl
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getEdgeStyleRule()
	 * @generated
	 */
	int EDGE_STYLE_RULE = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_RULE__NAME = STYLE_RULE__NAME;

	/**
	 * The feature id for the '<em><b>When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_RULE__WHEN = STYLE_RULE__WHEN;

	/**
	 * The feature id for the '<em><b>Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_RULE__STYLE = STYLE_RULE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Edge Style Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_RULE_FEATURE_COUNT = STYLE_RULE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Edge Style Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_RULE_OPERATION_COUNT = STYLE_RULE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.diagram.description.impl.FilterDescriptionImpl <em>Filter Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.impl.FilterDescriptionImpl
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getFilterDescription()
	 * @generated
	 */
	int FILTER_DESCRIPTION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_DESCRIPTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_DESCRIPTION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_DESCRIPTION__CHOICES = 2;

	/**
	 * The feature id for the '<em><b>Keeps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_DESCRIPTION__KEEPS = 3;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_DESCRIPTION__MAPPINGS = 4;

	/**
	 * The number of structural features of the '<em>Filter Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_DESCRIPTION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Filter Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_DESCRIPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.innoscape.diagram.description.impl.ToolImpl <em>Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.impl.ToolImpl
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getTool()
	 * @generated
	 */
	int TOOL = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__LABEL = 1;

	/**
	 * The number of structural features of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.innoscape.diagram.description.impl.NodeCreationToolImpl <em>Node Creation Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.impl.NodeCreationToolImpl
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getNodeCreationTool()
	 * @generated
	 */
	int NODE_CREATION_TOOL = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Factory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__FACTORY = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Node Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Node Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.diagram.description.impl.EdgeCreationToolImpl <em>Edge Creation Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.impl.EdgeCreationToolImpl
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getEdgeCreationTool()
	 * @generated
	 */
	int EDGE_CREATION_TOOL = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Can Connect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__CAN_CONNECT = TOOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Factory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__FACTORY = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Edge Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Edge Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.diagram.description.Arrangement <em>Arrangement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.Arrangement
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getArrangement()
	 * @generated
	 */
	int ARRANGEMENT = 14;

	/**
	 * The meta object id for the '<em>Node Style</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.NodeStyle
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getNodeStyle()
	 * @generated
	 */
	int NODE_STYLE = 15;

	/**
	 * The meta object id for the '<em>Edge Style</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.EdgeStyle
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getEdgeStyle()
	 * @generated
	 */
	int EDGE_STYLE = 16;

	/**
	 * The meta object id for the '<em>Node Style Function</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.NodeStyleFunction
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getNodeStyleFunction()
	 * @generated
	 */
	int NODE_STYLE_FUNCTION = 17;

	/**
	 * The meta object id for the '<em>Element Query</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.ElementQuery
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getElementQuery()
	 * @generated
	 */
	int ELEMENT_QUERY = 18;

	/**
	 * The meta object id for the '<em>Element Condition</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.ElementCondition
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getElementCondition()
	 * @generated
	 */
	int ELEMENT_CONDITION = 19;

	/**
	 * The meta object id for the '<em>Element Text</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.ElementText
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getElementText()
	 * @generated
	 */
	int ELEMENT_TEXT = 20;

	/**
	 * The meta object id for the '<em>Filter Choices</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.FilterChoices
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getFilterChoices()
	 * @generated
	 */
	int FILTER_CHOICES = 21;

	/**
	 * The meta object id for the '<em>Filter Test</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.FilterTest
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getFilterTest()
	 * @generated
	 */
	int FILTER_TEST = 22;

	/**
	 * The meta object id for the '<em>Connection Condition</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.ConnectionCondition
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getConnectionCondition()
	 * @generated
	 */
	int CONNECTION_CONDITION = 23;

	/**
	 * The meta object id for the '<em>Node Factory</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.NodeFactory
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getNodeFactory()
	 * @generated
	 */
	int NODE_FACTORY = 24;

	/**
	 * The meta object id for the '<em>Edge Factory</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.diagram.description.EdgeFactory
	 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getEdgeFactory()
	 * @generated
	 */
	int EDGE_FACTORY = 25;


	/**
	 * Returns the meta object for class '{@link org.innoscape.diagram.description.DiagramDescription <em>Diagram Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Description</em>'.
	 * @see org.innoscape.diagram.description.DiagramDescription
	 * @generated
	 */
	EClass getDiagramDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.DiagramDescription#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.innoscape.diagram.description.DiagramDescription#getId()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.DiagramDescription#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.innoscape.diagram.description.DiagramDescription#getLabel()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.DiagramDescription#getDocumentation <em>Documentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Documentation</em>'.
	 * @see org.innoscape.diagram.description.DiagramDescription#getDocumentation()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Documentation();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.DiagramDescription#getArrangement <em>Arrangement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arrangement</em>'.
	 * @see org.innoscape.diagram.description.DiagramDescription#getArrangement()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Arrangement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.diagram.description.DiagramDescription#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.innoscape.diagram.description.DiagramDescription#getLayers()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Layers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.diagram.description.DiagramDescription#getNodeMappings <em>Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Node Mappings</em>'.
	 * @see org.innoscape.diagram.description.DiagramDescription#getNodeMappings()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_NodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.diagram.description.DiagramDescription#getEdgeMappings <em>Edge Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edge Mappings</em>'.
	 * @see org.innoscape.diagram.description.DiagramDescription#getEdgeMappings()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_EdgeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.diagram.description.DiagramDescription#getNodeTools <em>Node Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Node Tools</em>'.
	 * @see org.innoscape.diagram.description.DiagramDescription#getNodeTools()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_NodeTools();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.diagram.description.DiagramDescription#getEdgeTools <em>Edge Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edge Tools</em>'.
	 * @see org.innoscape.diagram.description.DiagramDescription#getEdgeTools()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_EdgeTools();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.diagram.description.DiagramDescription#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see org.innoscape.diagram.description.DiagramDescription#getFilters()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Filters();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.DiagramDescription#findLayer(java.lang.String) <em>Find Layer</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Layer</em>' operation.
	 * @see org.innoscape.diagram.description.DiagramDescription#findLayer(java.lang.String)
	 * @generated
	 */
	EOperation getDiagramDescription__FindLayer__String();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.DiagramDescription#findNodeMapping(java.lang.String) <em>Find Node Mapping</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Node Mapping</em>' operation.
	 * @see org.innoscape.diagram.description.DiagramDescription#findNodeMapping(java.lang.String)
	 * @generated
	 */
	EOperation getDiagramDescription__FindNodeMapping__String();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.DiagramDescription#allNodeMappings() <em>All Node Mappings</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>All Node Mappings</em>' operation.
	 * @see org.innoscape.diagram.description.DiagramDescription#allNodeMappings()
	 * @generated
	 */
	EOperation getDiagramDescription__AllNodeMappings();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.DiagramDescription#findEdgeMapping(java.lang.String) <em>Find Edge Mapping</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Edge Mapping</em>' operation.
	 * @see org.innoscape.diagram.description.DiagramDescription#findEdgeMapping(java.lang.String)
	 * @generated
	 */
	EOperation getDiagramDescription__FindEdgeMapping__String();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.DiagramDescription#findFilter(java.lang.String) <em>Find Filter</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Filter</em>' operation.
	 * @see org.innoscape.diagram.description.DiagramDescription#findFilter(java.lang.String)
	 * @generated
	 */
	EOperation getDiagramDescription__FindFilter__String();

	/**
	 * Returns the meta object for class '{@link org.innoscape.diagram.description.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.innoscape.diagram.description.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.Layer#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.innoscape.diagram.description.Layer#getId()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.Layer#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.innoscape.diagram.description.Layer#getLabel()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.Layer#isOptional <em>Optional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optional</em>'.
	 * @see org.innoscape.diagram.description.Layer#isOptional()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Optional();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.Layer#isEnabledByDefault <em>Enabled By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled By Default</em>'.
	 * @see org.innoscape.diagram.description.Layer#isEnabledByDefault()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_EnabledByDefault();

	/**
	 * Returns the meta object for class '{@link org.innoscape.diagram.description.Mapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mapping</em>'.
	 * @see org.innoscape.diagram.description.Mapping
	 * @generated
	 */
	EClass getMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.Mapping#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.innoscape.diagram.description.Mapping#getId()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.Mapping#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.innoscape.diagram.description.Mapping#getLabel()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.Mapping#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer</em>'.
	 * @see org.innoscape.diagram.description.Mapping#getLayer()
	 * @see #getMapping()
	 * @generated
	 */
	EAttribute getMapping_Layer();

	/**
	 * Returns the meta object for class '{@link org.innoscape.diagram.description.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Mapping</em>'.
	 * @see org.innoscape.diagram.description.NodeMapping
	 * @generated
	 */
	EClass getNodeMapping();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.diagram.description.NodeMapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Domain Class</em>'.
	 * @see org.innoscape.diagram.description.NodeMapping#getDomainClass()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EReference getNodeMapping_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.NodeMapping#getCandidates <em>Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Candidates</em>'.
	 * @see org.innoscape.diagram.description.NodeMapping#getCandidates()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EAttribute getNodeMapping_Candidates();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.NodeMapping#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.innoscape.diagram.description.NodeMapping#getPrecondition()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EAttribute getNodeMapping_Precondition();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.NodeMapping#getLabelText <em>Label Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Text</em>'.
	 * @see org.innoscape.diagram.description.NodeMapping#getLabelText()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EAttribute getNodeMapping_LabelText();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.diagram.description.NodeMapping#getLabelFeature <em>Label Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Label Feature</em>'.
	 * @see org.innoscape.diagram.description.NodeMapping#getLabelFeature()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EReference getNodeMapping_LabelFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.NodeMapping#getBaseStyle <em>Base Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Style</em>'.
	 * @see org.innoscape.diagram.description.NodeMapping#getBaseStyle()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EAttribute getNodeMapping_BaseStyle();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.diagram.description.NodeMapping#getStyleRules <em>Style Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Style Rules</em>'.
	 * @see org.innoscape.diagram.description.NodeMapping#getStyleRules()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EReference getNodeMapping_StyleRules();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.NodeMapping#getInitialSizeSource <em>Initial Size Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Size Source</em>'.
	 * @see org.innoscape.diagram.description.NodeMapping#getInitialSizeSource()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EAttribute getNodeMapping_InitialSizeSource();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.NodeMapping#isSynchronizedWithModel <em>Synchronized With Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Synchronized With Model</em>'.
	 * @see org.innoscape.diagram.description.NodeMapping#isSynchronizedWithModel()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EAttribute getNodeMapping_SynchronizedWithModel();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.diagram.description.NodeMapping#getLaneMembership <em>Lane Membership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lane Membership</em>'.
	 * @see org.innoscape.diagram.description.NodeMapping#getLaneMembership()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EReference getNodeMapping_LaneMembership();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.diagram.description.NodeMapping#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.innoscape.diagram.description.NodeMapping#getChildren()
	 * @see #getNodeMapping()
	 * @generated
	 */
	EReference getNodeMapping_Children();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.NodeMapping#candidatesOf(org.eclipse.emf.ecore.EObject) <em>Candidates Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Candidates Of</em>' operation.
	 * @see org.innoscape.diagram.description.NodeMapping#candidatesOf(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	EOperation getNodeMapping__CandidatesOf__EObject();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.NodeMapping#accepts(org.eclipse.emf.ecore.EObject) <em>Accepts</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Accepts</em>' operation.
	 * @see org.innoscape.diagram.description.NodeMapping#accepts(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	EOperation getNodeMapping__Accepts__EObject();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.NodeMapping#labelOf(org.eclipse.emf.ecore.EObject) <em>Label Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Of</em>' operation.
	 * @see org.innoscape.diagram.description.NodeMapping#labelOf(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	EOperation getNodeMapping__LabelOf__EObject();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.NodeMapping#styleOf(org.eclipse.emf.ecore.EObject) <em>Style Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Style Of</em>' operation.
	 * @see org.innoscape.diagram.description.NodeMapping#styleOf(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	EOperation getNodeMapping__StyleOf__EObject();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.NodeMapping#isContainer() <em>Is Container</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Container</em>' operation.
	 * @see org.innoscape.diagram.description.NodeMapping#isContainer()
	 * @generated
	 */
	EOperation getNodeMapping__IsContainer();

	/**
	 * Returns the meta object for class '{@link org.innoscape.diagram.description.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Mapping</em>'.
	 * @see org.innoscape.diagram.description.EdgeMapping
	 * @generated
	 */
	EClass getEdgeMapping();

	/**
	 * Returns the meta object for the reference list '{@link org.innoscape.diagram.description.EdgeMapping#getSourceMappings <em>Source Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Source Mappings</em>'.
	 * @see org.innoscape.diagram.description.EdgeMapping#getSourceMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_SourceMappings();

	/**
	 * Returns the meta object for the reference list '{@link org.innoscape.diagram.description.EdgeMapping#getTargetMappings <em>Target Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Mappings</em>'.
	 * @see org.innoscape.diagram.description.EdgeMapping#getTargetMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_TargetMappings();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.EdgeMapping#getBaseStyle <em>Base Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Style</em>'.
	 * @see org.innoscape.diagram.description.EdgeMapping#getBaseStyle()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_BaseStyle();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.diagram.description.EdgeMapping#getStyleRules <em>Style Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Style Rules</em>'.
	 * @see org.innoscape.diagram.description.EdgeMapping#getStyleRules()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_StyleRules();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.EdgeMapping#getLabelText <em>Label Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Text</em>'.
	 * @see org.innoscape.diagram.description.EdgeMapping#getLabelText()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_LabelText();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.EdgeMapping#labelOf(org.eclipse.emf.ecore.EObject) <em>Label Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Label Of</em>' operation.
	 * @see org.innoscape.diagram.description.EdgeMapping#labelOf(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	EOperation getEdgeMapping__LabelOf__EObject();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.EdgeMapping#styleOf(org.eclipse.emf.ecore.EObject) <em>Style Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Style Of</em>' operation.
	 * @see org.innoscape.diagram.description.EdgeMapping#styleOf(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	EOperation getEdgeMapping__StyleOf__EObject();

	/**
	 * Returns the meta object for class '{@link org.innoscape.diagram.description.RelationEdgeMapping <em>Relation Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relation Edge Mapping</em>'.
	 * @see org.innoscape.diagram.description.RelationEdgeMapping
	 * @generated
	 */
	EClass getRelationEdgeMapping();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.diagram.description.RelationEdgeMapping#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reference</em>'.
	 * @see org.innoscape.diagram.description.RelationEdgeMapping#getReference()
	 * @see #getRelationEdgeMapping()
	 * @generated
	 */
	EReference getRelationEdgeMapping_Reference();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.RelationEdgeMapping#targetsOf(org.eclipse.emf.ecore.EObject) <em>Targets Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Targets Of</em>' operation.
	 * @see org.innoscape.diagram.description.RelationEdgeMapping#targetsOf(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	EOperation getRelationEdgeMapping__TargetsOf__EObject();

	/**
	 * Returns the meta object for class '{@link org.innoscape.diagram.description.ElementEdgeMapping <em>Element Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element Edge Mapping</em>'.
	 * @see org.innoscape.diagram.description.ElementEdgeMapping
	 * @generated
	 */
	EClass getElementEdgeMapping();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.diagram.description.ElementEdgeMapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Domain Class</em>'.
	 * @see org.innoscape.diagram.description.ElementEdgeMapping#getDomainClass()
	 * @see #getElementEdgeMapping()
	 * @generated
	 */
	EReference getElementEdgeMapping_DomainClass();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.diagram.description.ElementEdgeMapping#getSourceFeature <em>Source Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source Feature</em>'.
	 * @see org.innoscape.diagram.description.ElementEdgeMapping#getSourceFeature()
	 * @see #getElementEdgeMapping()
	 * @generated
	 */
	EReference getElementEdgeMapping_SourceFeature();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.diagram.description.ElementEdgeMapping#getTargetFeature <em>Target Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Feature</em>'.
	 * @see org.innoscape.diagram.description.ElementEdgeMapping#getTargetFeature()
	 * @see #getElementEdgeMapping()
	 * @generated
	 */
	EReference getElementEdgeMapping_TargetFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.ElementEdgeMapping#getCandidates <em>Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Candidates</em>'.
	 * @see org.innoscape.diagram.description.ElementEdgeMapping#getCandidates()
	 * @see #getElementEdgeMapping()
	 * @generated
	 */
	EAttribute getElementEdgeMapping_Candidates();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.ElementEdgeMapping#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition</em>'.
	 * @see org.innoscape.diagram.description.ElementEdgeMapping#getPrecondition()
	 * @see #getElementEdgeMapping()
	 * @generated
	 */
	EAttribute getElementEdgeMapping_Precondition();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.ElementEdgeMapping#candidatesOf(org.eclipse.emf.ecore.EObject) <em>Candidates Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Candidates Of</em>' operation.
	 * @see org.innoscape.diagram.description.ElementEdgeMapping#candidatesOf(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	EOperation getElementEdgeMapping__CandidatesOf__EObject();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.ElementEdgeMapping#accepts(org.eclipse.emf.ecore.EObject) <em>Accepts</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Accepts</em>' operation.
	 * @see org.innoscape.diagram.description.ElementEdgeMapping#accepts(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	EOperation getElementEdgeMapping__Accepts__EObject();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.ElementEdgeMapping#sourceOf(org.eclipse.emf.ecore.EObject) <em>Source Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Source Of</em>' operation.
	 * @see org.innoscape.diagram.description.ElementEdgeMapping#sourceOf(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	EOperation getElementEdgeMapping__SourceOf__EObject();

	/**
	 * Returns the meta object for the '{@link org.innoscape.diagram.description.ElementEdgeMapping#targetOf(org.eclipse.emf.ecore.EObject) <em>Target Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Target Of</em>' operation.
	 * @see org.innoscape.diagram.description.ElementEdgeMapping#targetOf(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	EOperation getElementEdgeMapping__TargetOf__EObject();

	/**
	 * Returns the meta object for class '{@link org.innoscape.diagram.description.StyleRule <em>Style Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Style Rule</em>'.
	 * @see org.innoscape.diagram.description.StyleRule
	 * @generated
	 */
	EClass getStyleRule();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.StyleRule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.innoscape.diagram.description.StyleRule#getName()
	 * @see #getStyleRule()
	 * @generated
	 */
	EAttribute getStyleRule_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.StyleRule#getWhen <em>When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>When</em>'.
	 * @see org.innoscape.diagram.description.StyleRule#getWhen()
	 * @see #getStyleRule()
	 * @generated
	 */
	EAttribute getStyleRule_When();

	/**
	 * Returns the meta object for class '{@link org.innoscape.diagram.description.NodeStyleRule <em>Node Style Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Style Rule</em>'.
	 * @see org.innoscape.diagram.description.NodeStyleRule
	 * @generated
	 */
	EClass getNodeStyleRule();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.NodeStyleRule#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Style</em>'.
	 * @see org.innoscape.diagram.description.NodeStyleRule#getStyle()
	 * @see #getNodeStyleRule()
	 * @generated
	 */
	EAttribute getNodeStyleRule_Style();

	/**
	 * Returns the meta object for class '{@link org.innoscape.diagram.description.EdgeStyleRule <em>Edge Style Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Style Rule</em>'.
	 * @see org.innoscape.diagram.description.EdgeStyleRule
	 * @generated
	 */
	EClass getEdgeStyleRule();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.EdgeStyleRule#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Style</em>'.
	 * @see org.innoscape.diagram.description.EdgeStyleRule#getStyle()
	 * @see #getEdgeStyleRule()
	 * @generated
	 */
	EAttribute getEdgeStyleRule_Style();

	/**
	 * Returns the meta object for class '{@link org.innoscape.diagram.description.FilterDescription <em>Filter Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Filter Description</em>'.
	 * @see org.innoscape.diagram.description.FilterDescription
	 * @generated
	 */
	EClass getFilterDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.FilterDescription#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.innoscape.diagram.description.FilterDescription#getId()
	 * @see #getFilterDescription()
	 * @generated
	 */
	EAttribute getFilterDescription_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.FilterDescription#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.innoscape.diagram.description.FilterDescription#getLabel()
	 * @see #getFilterDescription()
	 * @generated
	 */
	EAttribute getFilterDescription_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.FilterDescription#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Choices</em>'.
	 * @see org.innoscape.diagram.description.FilterDescription#getChoices()
	 * @see #getFilterDescription()
	 * @generated
	 */
	EAttribute getFilterDescription_Choices();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.FilterDescription#getKeeps <em>Keeps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keeps</em>'.
	 * @see org.innoscape.diagram.description.FilterDescription#getKeeps()
	 * @see #getFilterDescription()
	 * @generated
	 */
	EAttribute getFilterDescription_Keeps();

	/**
	 * Returns the meta object for the reference list '{@link org.innoscape.diagram.description.FilterDescription#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.innoscape.diagram.description.FilterDescription#getMappings()
	 * @see #getFilterDescription()
	 * @generated
	 */
	EReference getFilterDescription_Mappings();

	/**
	 * Returns the meta object for class '{@link org.innoscape.diagram.description.Tool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tool</em>'.
	 * @see org.innoscape.diagram.description.Tool
	 * @generated
	 */
	EClass getTool();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.Tool#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.innoscape.diagram.description.Tool#getId()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.Tool#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.innoscape.diagram.description.Tool#getLabel()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Label();

	/**
	 * Returns the meta object for class '{@link org.innoscape.diagram.description.NodeCreationTool <em>Node Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Creation Tool</em>'.
	 * @see org.innoscape.diagram.description.NodeCreationTool
	 * @generated
	 */
	EClass getNodeCreationTool();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.diagram.description.NodeCreationTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.innoscape.diagram.description.NodeCreationTool#getMapping()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EReference getNodeCreationTool_Mapping();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.NodeCreationTool#getFactory <em>Factory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Factory</em>'.
	 * @see org.innoscape.diagram.description.NodeCreationTool#getFactory()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EAttribute getNodeCreationTool_Factory();

	/**
	 * Returns the meta object for class '{@link org.innoscape.diagram.description.EdgeCreationTool <em>Edge Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Creation Tool</em>'.
	 * @see org.innoscape.diagram.description.EdgeCreationTool
	 * @generated
	 */
	EClass getEdgeCreationTool();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.diagram.description.EdgeCreationTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.innoscape.diagram.description.EdgeCreationTool#getMapping()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EReference getEdgeCreationTool_Mapping();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.EdgeCreationTool#getCanConnect <em>Can Connect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Can Connect</em>'.
	 * @see org.innoscape.diagram.description.EdgeCreationTool#getCanConnect()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EAttribute getEdgeCreationTool_CanConnect();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.diagram.description.EdgeCreationTool#getFactory <em>Factory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Factory</em>'.
	 * @see org.innoscape.diagram.description.EdgeCreationTool#getFactory()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EAttribute getEdgeCreationTool_Factory();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.diagram.description.Arrangement <em>Arrangement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Arrangement</em>'.
	 * @see org.innoscape.diagram.description.Arrangement
	 * @generated
	 */
	EEnum getArrangement();

	/**
	 * Returns the meta object for data type '{@link org.innoscape.diagram.description.NodeStyle <em>Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The look of a node (a value).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Node Style</em>'.
	 * @see org.innoscape.diagram.description.NodeStyle
	 * @model instanceClass="org.innoscape.diagram.description.NodeStyle" serializeable="false"
	 * @generated
	 */
	EDataType getNodeStyle();

	/**
	 * Returns the meta object for data type '{@link org.innoscape.diagram.description.EdgeStyle <em>Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The look of an edge (a value).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Edge Style</em>'.
	 * @see org.innoscape.diagram.description.EdgeStyle
	 * @model instanceClass="org.innoscape.diagram.description.EdgeStyle" serializeable="false"
	 * @generated
	 */
	EDataType getEdgeStyle();

	/**
	 * Returns the meta object for data type '{@link org.innoscape.diagram.description.NodeStyleFunction <em>Node Style Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A node style computed from the element.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Node Style Function</em>'.
	 * @see org.innoscape.diagram.description.NodeStyleFunction
	 * @model instanceClass="org.innoscape.diagram.description.NodeStyleFunction" serializeable="false"
	 * @generated
	 */
	EDataType getNodeStyleFunction();

	/**
	 * Returns the meta object for data type '{@link org.innoscape.diagram.description.ElementQuery <em>Element Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Typed Java: the elements reachable from a semantic parent.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Element Query</em>'.
	 * @see org.innoscape.diagram.description.ElementQuery
	 * @model instanceClass="org.innoscape.diagram.description.ElementQuery" serializeable="false"
	 * @generated
	 */
	EDataType getElementQuery();

	/**
	 * Returns the meta object for data type '{@link org.innoscape.diagram.description.ElementCondition <em>Element Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Typed Java: a predicate on an element.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Element Condition</em>'.
	 * @see org.innoscape.diagram.description.ElementCondition
	 * @model instanceClass="org.innoscape.diagram.description.ElementCondition" serializeable="false"
	 * @generated
	 */
	EDataType getElementCondition();

	/**
	 * Returns the meta object for data type '{@link org.innoscape.diagram.description.ElementText <em>Element Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Typed Java: a text computed from an element.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Element Text</em>'.
	 * @see org.innoscape.diagram.description.ElementText
	 * @model instanceClass="org.innoscape.diagram.description.ElementText" serializeable="false"
	 * @generated
	 */
	EDataType getElementText();

	/**
	 * Returns the meta object for data type '{@link org.innoscape.diagram.description.FilterChoices <em>Filter Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Typed Java: the values a filter offers for a model.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Filter Choices</em>'.
	 * @see org.innoscape.diagram.description.FilterChoices
	 * @model instanceClass="org.innoscape.diagram.description.FilterChoices" serializeable="false"
	 * @generated
	 */
	EDataType getFilterChoices();

	/**
	 * Returns the meta object for data type '{@link org.innoscape.diagram.description.FilterTest <em>Filter Test</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Typed Java: whether an element stays under the chosen filter values.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Filter Test</em>'.
	 * @see org.innoscape.diagram.description.FilterTest
	 * @model instanceClass="org.innoscape.diagram.description.FilterTest" serializeable="false"
	 * @generated
	 */
	EDataType getFilterTest();

	/**
	 * Returns the meta object for data type '{@link org.innoscape.diagram.description.ConnectionCondition <em>Connection Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Typed Java: whether two elements may be connected.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Connection Condition</em>'.
	 * @see org.innoscape.diagram.description.ConnectionCondition
	 * @model instanceClass="org.innoscape.diagram.description.ConnectionCondition" serializeable="false"
	 * @generated
	 */
	EDataType getConnectionCondition();

	/**
	 * Returns the meta object for data type '{@link org.innoscape.diagram.description.NodeFactory <em>Node Factory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Typed Java: creates an element and the command that adds it.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Node Factory</em>'.
	 * @see org.innoscape.diagram.description.NodeFactory
	 * @model instanceClass="org.innoscape.diagram.description.NodeFactory" serializeable="false"
	 * @generated
	 */
	EDataType getNodeFactory();

	/**
	 * Returns the meta object for data type '{@link org.innoscape.diagram.description.EdgeFactory <em>Edge Factory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Typed Java: the command that connects two elements.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Edge Factory</em>'.
	 * @see org.innoscape.diagram.description.EdgeFactory
	 * @model instanceClass="org.innoscape.diagram.description.EdgeFactory" serializeable="false"
	 * @generated
	 */
	EDataType getEdgeFactory();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DescriptionFactory getDescriptionFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.innoscape.diagram.description.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.impl.DiagramDescriptionImpl
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getDiagramDescription()
		 * @generated
		 */
		EClass DIAGRAM_DESCRIPTION = eINSTANCE.getDiagramDescription();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__ID = eINSTANCE.getDiagramDescription_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__LABEL = eINSTANCE.getDiagramDescription_Label();

		/**
		 * The meta object literal for the '<em><b>Documentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__DOCUMENTATION = eINSTANCE.getDiagramDescription_Documentation();

		/**
		 * The meta object literal for the '<em><b>Arrangement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__ARRANGEMENT = eINSTANCE.getDiagramDescription_Arrangement();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__LAYERS = eINSTANCE.getDiagramDescription_Layers();

		/**
		 * The meta object literal for the '<em><b>Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__NODE_MAPPINGS = eINSTANCE.getDiagramDescription_NodeMappings();

		/**
		 * The meta object literal for the '<em><b>Edge Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__EDGE_MAPPINGS = eINSTANCE.getDiagramDescription_EdgeMappings();

		/**
		 * The meta object literal for the '<em><b>Node Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__NODE_TOOLS = eINSTANCE.getDiagramDescription_NodeTools();

		/**
		 * The meta object literal for the '<em><b>Edge Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__EDGE_TOOLS = eINSTANCE.getDiagramDescription_EdgeTools();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__FILTERS = eINSTANCE.getDiagramDescription_Filters();

		/**
		 * The meta object literal for the '<em><b>Find Layer</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DIAGRAM_DESCRIPTION___FIND_LAYER__STRING = eINSTANCE.getDiagramDescription__FindLayer__String();

		/**
		 * The meta object literal for the '<em><b>Find Node Mapping</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DIAGRAM_DESCRIPTION___FIND_NODE_MAPPING__STRING = eINSTANCE.getDiagramDescription__FindNodeMapping__String();

		/**
		 * The meta object literal for the '<em><b>All Node Mappings</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DIAGRAM_DESCRIPTION___ALL_NODE_MAPPINGS = eINSTANCE.getDiagramDescription__AllNodeMappings();

		/**
		 * The meta object literal for the '<em><b>Find Edge Mapping</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DIAGRAM_DESCRIPTION___FIND_EDGE_MAPPING__STRING = eINSTANCE.getDiagramDescription__FindEdgeMapping__String();

		/**
		 * The meta object literal for the '<em><b>Find Filter</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DIAGRAM_DESCRIPTION___FIND_FILTER__STRING = eINSTANCE.getDiagramDescription__FindFilter__String();

		/**
		 * The meta object literal for the '{@link org.innoscape.diagram.description.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.impl.LayerImpl
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ID = eINSTANCE.getLayer_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__LABEL = eINSTANCE.getLayer_Label();

		/**
		 * The meta object literal for the '<em><b>Optional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__OPTIONAL = eINSTANCE.getLayer_Optional();

		/**
		 * The meta object literal for the '<em><b>Enabled By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ENABLED_BY_DEFAULT = eINSTANCE.getLayer_EnabledByDefault();

		/**
		 * The meta object literal for the '{@link org.innoscape.diagram.description.impl.MappingImpl <em>Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.impl.MappingImpl
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getMapping()
		 * @generated
		 */
		EClass MAPPING = eINSTANCE.getMapping();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__ID = eINSTANCE.getMapping_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__LABEL = eINSTANCE.getMapping_Label();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING__LAYER = eINSTANCE.getMapping_Layer();

		/**
		 * The meta object literal for the '{@link org.innoscape.diagram.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.impl.NodeMappingImpl
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getNodeMapping()
		 * @generated
		 */
		EClass NODE_MAPPING = eINSTANCE.getNodeMapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_MAPPING__DOMAIN_CLASS = eINSTANCE.getNodeMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Candidates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_MAPPING__CANDIDATES = eINSTANCE.getNodeMapping_Candidates();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_MAPPING__PRECONDITION = eINSTANCE.getNodeMapping_Precondition();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_MAPPING__LABEL_TEXT = eINSTANCE.getNodeMapping_LabelText();

		/**
		 * The meta object literal for the '<em><b>Label Feature</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_MAPPING__LABEL_FEATURE = eINSTANCE.getNodeMapping_LabelFeature();

		/**
		 * The meta object literal for the '<em><b>Base Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_MAPPING__BASE_STYLE = eINSTANCE.getNodeMapping_BaseStyle();

		/**
		 * The meta object literal for the '<em><b>Style Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_MAPPING__STYLE_RULES = eINSTANCE.getNodeMapping_StyleRules();

		/**
		 * The meta object literal for the '<em><b>Initial Size Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_MAPPING__INITIAL_SIZE_SOURCE = eINSTANCE.getNodeMapping_InitialSizeSource();

		/**
		 * The meta object literal for the '<em><b>Synchronized With Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_MAPPING__SYNCHRONIZED_WITH_MODEL = eINSTANCE.getNodeMapping_SynchronizedWithModel();

		/**
		 * The meta object literal for the '<em><b>Lane Membership</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_MAPPING__LANE_MEMBERSHIP = eINSTANCE.getNodeMapping_LaneMembership();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_MAPPING__CHILDREN = eINSTANCE.getNodeMapping_Children();

		/**
		 * The meta object literal for the '<em><b>Candidates Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NODE_MAPPING___CANDIDATES_OF__EOBJECT = eINSTANCE.getNodeMapping__CandidatesOf__EObject();

		/**
		 * The meta object literal for the '<em><b>Accepts</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NODE_MAPPING___ACCEPTS__EOBJECT = eINSTANCE.getNodeMapping__Accepts__EObject();

		/**
		 * The meta object literal for the '<em><b>Label Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NODE_MAPPING___LABEL_OF__EOBJECT = eINSTANCE.getNodeMapping__LabelOf__EObject();

		/**
		 * The meta object literal for the '<em><b>Style Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NODE_MAPPING___STYLE_OF__EOBJECT = eINSTANCE.getNodeMapping__StyleOf__EObject();

		/**
		 * The meta object literal for the '<em><b>Is Container</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NODE_MAPPING___IS_CONTAINER = eINSTANCE.getNodeMapping__IsContainer();

		/**
		 * The meta object literal for the '{@link org.innoscape.diagram.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.impl.EdgeMappingImpl
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getEdgeMapping()
		 * @generated
		 */
		EClass EDGE_MAPPING = eINSTANCE.getEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Source Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__SOURCE_MAPPINGS = eINSTANCE.getEdgeMapping_SourceMappings();

		/**
		 * The meta object literal for the '<em><b>Target Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__TARGET_MAPPINGS = eINSTANCE.getEdgeMapping_TargetMappings();

		/**
		 * The meta object literal for the '<em><b>Base Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__BASE_STYLE = eINSTANCE.getEdgeMapping_BaseStyle();

		/**
		 * The meta object literal for the '<em><b>Style Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__STYLE_RULES = eINSTANCE.getEdgeMapping_StyleRules();

		/**
		 * The meta object literal for the '<em><b>Label Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__LABEL_TEXT = eINSTANCE.getEdgeMapping_LabelText();

		/**
		 * The meta object literal for the '<em><b>Label Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EDGE_MAPPING___LABEL_OF__EOBJECT = eINSTANCE.getEdgeMapping__LabelOf__EObject();

		/**
		 * The meta object literal for the '<em><b>Style Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EDGE_MAPPING___STYLE_OF__EOBJECT = eINSTANCE.getEdgeMapping__StyleOf__EObject();

		/**
		 * The meta object literal for the '{@link org.innoscape.diagram.description.impl.RelationEdgeMappingImpl <em>Relation Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.impl.RelationEdgeMappingImpl
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getRelationEdgeMapping()
		 * @generated
		 */
		EClass RELATION_EDGE_MAPPING = eINSTANCE.getRelationEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATION_EDGE_MAPPING__REFERENCE = eINSTANCE.getRelationEdgeMapping_Reference();

		/**
		 * The meta object literal for the '<em><b>Targets Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation RELATION_EDGE_MAPPING___TARGETS_OF__EOBJECT = eINSTANCE.getRelationEdgeMapping__TargetsOf__EObject();

		/**
		 * The meta object literal for the '{@link org.innoscape.diagram.description.impl.ElementEdgeMappingImpl <em>Element Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.impl.ElementEdgeMappingImpl
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getElementEdgeMapping()
		 * @generated
		 */
		EClass ELEMENT_EDGE_MAPPING = eINSTANCE.getElementEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT_EDGE_MAPPING__DOMAIN_CLASS = eINSTANCE.getElementEdgeMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Source Feature</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT_EDGE_MAPPING__SOURCE_FEATURE = eINSTANCE.getElementEdgeMapping_SourceFeature();

		/**
		 * The meta object literal for the '<em><b>Target Feature</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT_EDGE_MAPPING__TARGET_FEATURE = eINSTANCE.getElementEdgeMapping_TargetFeature();

		/**
		 * The meta object literal for the '<em><b>Candidates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_EDGE_MAPPING__CANDIDATES = eINSTANCE.getElementEdgeMapping_Candidates();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_EDGE_MAPPING__PRECONDITION = eINSTANCE.getElementEdgeMapping_Precondition();

		/**
		 * The meta object literal for the '<em><b>Candidates Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ELEMENT_EDGE_MAPPING___CANDIDATES_OF__EOBJECT = eINSTANCE.getElementEdgeMapping__CandidatesOf__EObject();

		/**
		 * The meta object literal for the '<em><b>Accepts</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ELEMENT_EDGE_MAPPING___ACCEPTS__EOBJECT = eINSTANCE.getElementEdgeMapping__Accepts__EObject();

		/**
		 * The meta object literal for the '<em><b>Source Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ELEMENT_EDGE_MAPPING___SOURCE_OF__EOBJECT = eINSTANCE.getElementEdgeMapping__SourceOf__EObject();

		/**
		 * The meta object literal for the '<em><b>Target Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ELEMENT_EDGE_MAPPING___TARGET_OF__EOBJECT = eINSTANCE.getElementEdgeMapping__TargetOf__EObject();

		/**
		 * The meta object literal for the '{@link org.innoscape.diagram.description.impl.StyleRuleImpl <em>Style Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.impl.StyleRuleImpl
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getStyleRule()
		 * @generated
		 */
		EClass STYLE_RULE = eINSTANCE.getStyleRule();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE_RULE__NAME = eINSTANCE.getStyleRule_Name();

		/**
		 * The meta object literal for the '<em><b>When</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE_RULE__WHEN = eINSTANCE.getStyleRule_When();

		/**
		 * The meta object literal for the '{@link org.innoscape.diagram.description.impl.NodeStyleRuleImpl <em>Node Style Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.impl.NodeStyleRuleImpl
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getNodeStyleRule()
		 * @generated
		 */
		EClass NODE_STYLE_RULE = eINSTANCE.getNodeStyleRule();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_RULE__STYLE = eINSTANCE.getNodeStyleRule_Style();

		/**
		 * The meta object literal for the '{@link org.innoscape.diagram.description.impl.EdgeStyleRuleImpl <em>Edge Style Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.impl.EdgeStyleRuleImpl
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getEdgeStyleRule()
		 * @generated
		 */
		EClass EDGE_STYLE_RULE = eINSTANCE.getEdgeStyleRule();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE_RULE__STYLE = eINSTANCE.getEdgeStyleRule_Style();

		/**
		 * The meta object literal for the '{@link org.innoscape.diagram.description.impl.FilterDescriptionImpl <em>Filter Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.impl.FilterDescriptionImpl
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getFilterDescription()
		 * @generated
		 */
		EClass FILTER_DESCRIPTION = eINSTANCE.getFilterDescription();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER_DESCRIPTION__ID = eINSTANCE.getFilterDescription_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER_DESCRIPTION__LABEL = eINSTANCE.getFilterDescription_Label();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER_DESCRIPTION__CHOICES = eINSTANCE.getFilterDescription_Choices();

		/**
		 * The meta object literal for the '<em><b>Keeps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER_DESCRIPTION__KEEPS = eINSTANCE.getFilterDescription_Keeps();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILTER_DESCRIPTION__MAPPINGS = eINSTANCE.getFilterDescription_Mappings();

		/**
		 * The meta object literal for the '{@link org.innoscape.diagram.description.impl.ToolImpl <em>Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.impl.ToolImpl
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getTool()
		 * @generated
		 */
		EClass TOOL = eINSTANCE.getTool();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__ID = eINSTANCE.getTool_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__LABEL = eINSTANCE.getTool_Label();

		/**
		 * The meta object literal for the '{@link org.innoscape.diagram.description.impl.NodeCreationToolImpl <em>Node Creation Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.impl.NodeCreationToolImpl
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getNodeCreationTool()
		 * @generated
		 */
		EClass NODE_CREATION_TOOL = eINSTANCE.getNodeCreationTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_CREATION_TOOL__MAPPING = eINSTANCE.getNodeCreationTool_Mapping();

		/**
		 * The meta object literal for the '<em><b>Factory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_CREATION_TOOL__FACTORY = eINSTANCE.getNodeCreationTool_Factory();

		/**
		 * The meta object literal for the '{@link org.innoscape.diagram.description.impl.EdgeCreationToolImpl <em>Edge Creation Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.impl.EdgeCreationToolImpl
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getEdgeCreationTool()
		 * @generated
		 */
		EClass EDGE_CREATION_TOOL = eINSTANCE.getEdgeCreationTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_CREATION_TOOL__MAPPING = eINSTANCE.getEdgeCreationTool_Mapping();

		/**
		 * The meta object literal for the '<em><b>Can Connect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_CREATION_TOOL__CAN_CONNECT = eINSTANCE.getEdgeCreationTool_CanConnect();

		/**
		 * The meta object literal for the '<em><b>Factory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_CREATION_TOOL__FACTORY = eINSTANCE.getEdgeCreationTool_Factory();

		/**
		 * The meta object literal for the '{@link org.innoscape.diagram.description.Arrangement <em>Arrangement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.Arrangement
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getArrangement()
		 * @generated
		 */
		EEnum ARRANGEMENT = eINSTANCE.getArrangement();

		/**
		 * The meta object literal for the '<em>Node Style</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.NodeStyle
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getNodeStyle()
		 * @generated
		 */
		EDataType NODE_STYLE = eINSTANCE.getNodeStyle();

		/**
		 * The meta object literal for the '<em>Edge Style</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.EdgeStyle
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getEdgeStyle()
		 * @generated
		 */
		EDataType EDGE_STYLE = eINSTANCE.getEdgeStyle();

		/**
		 * The meta object literal for the '<em>Node Style Function</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.NodeStyleFunction
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getNodeStyleFunction()
		 * @generated
		 */
		EDataType NODE_STYLE_FUNCTION = eINSTANCE.getNodeStyleFunction();

		/**
		 * The meta object literal for the '<em>Element Query</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.ElementQuery
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getElementQuery()
		 * @generated
		 */
		EDataType ELEMENT_QUERY = eINSTANCE.getElementQuery();

		/**
		 * The meta object literal for the '<em>Element Condition</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.ElementCondition
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getElementCondition()
		 * @generated
		 */
		EDataType ELEMENT_CONDITION = eINSTANCE.getElementCondition();

		/**
		 * The meta object literal for the '<em>Element Text</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.ElementText
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getElementText()
		 * @generated
		 */
		EDataType ELEMENT_TEXT = eINSTANCE.getElementText();

		/**
		 * The meta object literal for the '<em>Filter Choices</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.FilterChoices
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getFilterChoices()
		 * @generated
		 */
		EDataType FILTER_CHOICES = eINSTANCE.getFilterChoices();

		/**
		 * The meta object literal for the '<em>Filter Test</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.FilterTest
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getFilterTest()
		 * @generated
		 */
		EDataType FILTER_TEST = eINSTANCE.getFilterTest();

		/**
		 * The meta object literal for the '<em>Connection Condition</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.ConnectionCondition
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getConnectionCondition()
		 * @generated
		 */
		EDataType CONNECTION_CONDITION = eINSTANCE.getConnectionCondition();

		/**
		 * The meta object literal for the '<em>Node Factory</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.NodeFactory
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getNodeFactory()
		 * @generated
		 */
		EDataType NODE_FACTORY = eINSTANCE.getNodeFactory();

		/**
		 * The meta object literal for the '<em>Edge Factory</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.diagram.description.EdgeFactory
		 * @see org.innoscape.diagram.description.impl.DescriptionPackageImpl#getEdgeFactory()
		 * @generated
		 */
		EDataType EDGE_FACTORY = eINSTANCE.getEdgeFactory();

	}

} //DescriptionPackage
