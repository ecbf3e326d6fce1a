/**
 */
package org.innoscape.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
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
 * @see org.innoscape.model.InnoscapeFactory
 * @model kind="package"
 * @generated
 */
public interface InnoscapePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://innoscape.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "innoscape";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	InnoscapePackage eINSTANCE = org.innoscape.model.impl.InnoscapePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.ModelElementImpl <em>Model Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.ModelElementImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getModelElement()
	 * @generated
	 */
	int MODEL_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__SOURCES = 3;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__EXTERNAL_ID = 4;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__PROPERTIES = 5;

	/**
	 * The number of structural features of the '<em>Model Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Model Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.PropertyImpl <em>Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.PropertyImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getProperty()
	 * @generated
	 */
	int PROPERTY = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.SourceDocumentImpl <em>Source Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.SourceDocumentImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getSourceDocument()
	 * @generated
	 */
	int SOURCE_DOCUMENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__SOURCES = MODEL_ELEMENT__SOURCES;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__EXTERNAL_ID = MODEL_ELEMENT__EXTERNAL_ID;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__PROPERTIES = MODEL_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__FILE_NAME = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__PUBLISHER = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__YEAR = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Source Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Source Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.SourceReferenceImpl <em>Source Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.SourceReferenceImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getSourceReference()
	 * @generated
	 */
	int SOURCE_REFERENCE = 3;

	/**
	 * The feature id for the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REFERENCE__DOCUMENT = 0;

	/**
	 * The feature id for the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REFERENCE__SECTION = 1;

	/**
	 * The feature id for the '<em><b>Certainty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REFERENCE__CERTAINTY = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REFERENCE__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Source Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REFERENCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Source Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REFERENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.InnovationSystemImpl <em>Innovation System</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.InnovationSystemImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getInnovationSystem()
	 * @generated
	 */
	int INNOVATION_SYSTEM = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__SOURCES = MODEL_ELEMENT__SOURCES;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__EXTERNAL_ID = MODEL_ELEMENT__EXTERNAL_ID;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__PROPERTIES = MODEL_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__MODEL_VERSION = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__JURISDICTION = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Snapshot Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__SNAPSHOT_DATE = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__DOCUMENTS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__ACTORS = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Stakeholder Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__STAKEHOLDER_GROUPS = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Relationships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__RELATIONSHIPS = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Drivers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__DRIVERS = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__STAGES = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Initiatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__INITIATIVES = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__RECOMMENDATIONS = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__INDICATORS = MODEL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Duplicate Reviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__DUPLICATE_REVIEWS = MODEL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Diagrams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM__DIAGRAMS = MODEL_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Innovation System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Innovation System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INNOVATION_SYSTEM_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.ActorImpl <em>Actor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.ActorImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getActor()
	 * @generated
	 */
	int ACTOR = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__SOURCES = MODEL_ELEMENT__SOURCES;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__EXTERNAL_ID = MODEL_ELEMENT__EXTERNAL_ID;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__PROPERTIES = MODEL_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ACRONYM = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__KIND = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__LEVEL = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Influence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__INFLUENCE = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__GOALS = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Member Of</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__MEMBER_OF = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.StakeholderGroupImpl <em>Stakeholder Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.StakeholderGroupImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getStakeholderGroup()
	 * @generated
	 */
	int STAKEHOLDER_GROUP = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_GROUP__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_GROUP__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_GROUP__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_GROUP__SOURCES = MODEL_ELEMENT__SOURCES;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_GROUP__EXTERNAL_ID = MODEL_ELEMENT__EXTERNAL_ID;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_GROUP__PROPERTIES = MODEL_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_GROUP__SIDE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_GROUP__MEMBERS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Stakeholder Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_GROUP_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Stakeholder Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_GROUP_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.RelationshipImpl <em>Relationship</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.RelationshipImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getRelationship()
	 * @generated
	 */
	int RELATIONSHIP = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__SOURCES = MODEL_ELEMENT__SOURCES;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__EXTERNAL_ID = MODEL_ELEMENT__EXTERNAL_ID;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__PROPERTIES = MODEL_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__SOURCE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__TARGET = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__KIND = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__STRENGTH = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__EVIDENCE = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.DriverImpl <em>Driver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.DriverImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getDriver()
	 * @generated
	 */
	int DRIVER = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__SOURCES = MODEL_ELEMENT__SOURCES;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__EXTERNAL_ID = MODEL_ELEMENT__EXTERNAL_ID;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__PROPERTIES = MODEL_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__KIND = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sub Factors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER__SUB_FACTORS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.SubFactorImpl <em>Sub Factor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.SubFactorImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getSubFactor()
	 * @generated
	 */
	int SUB_FACTOR = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_FACTOR__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_FACTOR__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_FACTOR__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_FACTOR__SOURCES = MODEL_ELEMENT__SOURCES;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_FACTOR__EXTERNAL_ID = MODEL_ELEMENT__EXTERNAL_ID;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_FACTOR__PROPERTIES = MODEL_ELEMENT__PROPERTIES;

	/**
	 * The number of structural features of the '<em>Sub Factor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_FACTOR_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Sub Factor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_FACTOR_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.PathwayStageImpl <em>Pathway Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.PathwayStageImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getPathwayStage()
	 * @generated
	 */
	int PATHWAY_STAGE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATHWAY_STAGE__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATHWAY_STAGE__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATHWAY_STAGE__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATHWAY_STAGE__SOURCES = MODEL_ELEMENT__SOURCES;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATHWAY_STAGE__EXTERNAL_ID = MODEL_ELEMENT__EXTERNAL_ID;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATHWAY_STAGE__PROPERTIES = MODEL_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATHWAY_STAGE__SIDE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Pathway Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATHWAY_STAGE_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Pathway Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATHWAY_STAGE_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.BudgetImpl <em>Budget</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.BudgetImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getBudget()
	 * @generated
	 */
	int BUDGET = 11;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__AMOUNT = 0;

	/**
	 * The feature id for the '<em><b>Upper Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__UPPER_AMOUNT = 1;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__CURRENCY = 2;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__PERIOD = 3;

	/**
	 * The number of structural features of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.PolicyInitiativeImpl <em>Policy Initiative</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.PolicyInitiativeImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getPolicyInitiative()
	 * @generated
	 */
	int POLICY_INITIATIVE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__SOURCES = MODEL_ELEMENT__SOURCES;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__EXTERNAL_ID = MODEL_ELEMENT__EXTERNAL_ID;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__PROPERTIES = MODEL_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__ACRONYM = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__OWNERS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Partners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__PARTNERS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Activity Types</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__ACTIVITY_TYPES = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Instrument Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__INSTRUMENT_TYPE = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Supports Innovation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__SUPPORTS_INNOVATION = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Focus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__FOCUS = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Productivity Focus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__PRODUCTIVITY_FOCUS = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Offers Funding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__OFFERS_FUNDING = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Funding Recipients</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__FUNDING_RECIPIENTS = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Stages Supported</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__STAGES_SUPPORTED = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Drivers Addressed</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__DRIVERS_ADDRESSED = MODEL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Target Groups</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__TARGET_GROUPS = MODEL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Technology Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__TECHNOLOGY_AREA = MODEL_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__BUDGET = MODEL_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__STATUS = MODEL_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__START_DATE = MODEL_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__END_DATE = MODEL_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Evaluated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__EVALUATED = MODEL_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Rapid Evaluation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__RAPID_EVALUATION = MODEL_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE__INDICATORS = MODEL_ELEMENT_FEATURE_COUNT + 20;

	/**
	 * The number of structural features of the '<em>Policy Initiative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 21;

	/**
	 * The number of operations of the '<em>Policy Initiative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INITIATIVE_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.RecommendationImpl <em>Recommendation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.RecommendationImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getRecommendation()
	 * @generated
	 */
	int RECOMMENDATION = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__SOURCES = MODEL_ELEMENT__SOURCES;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__EXTERNAL_ID = MODEL_ELEMENT__EXTERNAL_ID;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__PROPERTIES = MODEL_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__NUMBER = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__TEXT = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__DRIVER = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Addressed Actors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__ADDRESSED_ACTORS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Time Frame</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__TIME_FRAME = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Implementing Initiatives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__IMPLEMENTING_INITIATIVES = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.DuplicateReviewImpl <em>Duplicate Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.DuplicateReviewImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getDuplicateReview()
	 * @generated
	 */
	int DUPLICATE_REVIEW = 14;

	/**
	 * The feature id for the '<em><b>First</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_REVIEW__FIRST = 0;

	/**
	 * The feature id for the '<em><b>Second</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_REVIEW__SECOND = 1;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_REVIEW__VERDICT = 2;

	/**
	 * The feature id for the '<em><b>Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_REVIEW__FINGERPRINT = 3;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_REVIEW__REVIEWER = 4;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_REVIEW__DATE = 5;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_REVIEW__NOTE = 6;

	/**
	 * The number of structural features of the '<em>Duplicate Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_REVIEW_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Duplicate Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUPLICATE_REVIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.DiagramImpl <em>Diagram</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.DiagramImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getDiagram()
	 * @generated
	 */
	int DIAGRAM = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__SOURCES = MODEL_ELEMENT__SOURCES;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__EXTERNAL_ID = MODEL_ELEMENT__EXTERNAL_ID;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__PROPERTIES = MODEL_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__TYPE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Enabled Layers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ENABLED_LAYERS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NODES = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Edges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__EDGES = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Hidden Elements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__HIDDEN_ELEMENTS = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__FILTERS = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Layout Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__LAYOUT_DIRECTION = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Line Routing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__LINE_ROUTING = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Appearances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__APPEARANCES = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.DiagramNodeImpl <em>Diagram Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.DiagramNodeImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getDiagramNode()
	 * @generated
	 */
	int DIAGRAM_NODE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__ID = 0;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__MAPPING = 1;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__ELEMENT = 2;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__X = 3;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__Y = 4;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__WIDTH = 5;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__HEIGHT = 6;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE__CHILDREN = 7;

	/**
	 * The number of structural features of the '<em>Diagram Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Diagram Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.DiagramEdgeImpl <em>Diagram Edge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.DiagramEdgeImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getDiagramEdge()
	 * @generated
	 */
	int DIAGRAM_EDGE = 17;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_EDGE__MAPPING = 0;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_EDGE__ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_EDGE__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_EDGE__TARGET = 3;

	/**
	 * The feature id for the '<em><b>Bendpoints</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_EDGE__BENDPOINTS = 4;

	/**
	 * The feature id for the '<em><b>Label Position</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_EDGE__LABEL_POSITION = 5;

	/**
	 * The number of structural features of the '<em>Diagram Edge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_EDGE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Diagram Edge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_EDGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.NodeAppearanceImpl <em>Node Appearance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.NodeAppearanceImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getNodeAppearance()
	 * @generated
	 */
	int NODE_APPEARANCE = 18;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_APPEARANCE__MAPPING = 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_APPEARANCE__CHANNEL = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_APPEARANCE__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Smallest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_APPEARANCE__SMALLEST = 3;

	/**
	 * The feature id for the '<em><b>Largest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_APPEARANCE__LARGEST = 4;

	/**
	 * The number of structural features of the '<em>Node Appearance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_APPEARANCE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Node Appearance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_APPEARANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.DiagramFilterImpl <em>Diagram Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.DiagramFilterImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getDiagramFilter()
	 * @generated
	 */
	int DIAGRAM_FILTER = 19;

	/**
	 * The feature id for the '<em><b>Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FILTER__FILTER = 0;

	/**
	 * The feature id for the '<em><b>Values</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FILTER__VALUES = 1;

	/**
	 * The number of structural features of the '<em>Diagram Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FILTER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Diagram Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FILTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.impl.IndicatorImpl
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SOURCES = MODEL_ELEMENT__SOURCES;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__EXTERNAL_ID = MODEL_ELEMENT__EXTERNAL_ID;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__PROPERTIES = MODEL_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CATEGORY = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__GROUP = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__STAGE = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.innoscape.model.AppearanceChannel <em>Appearance Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.AppearanceChannel
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getAppearanceChannel()
	 * @generated
	 */
	int APPEARANCE_CHANNEL = 37;

	/**
	 * The meta object id for the '{@link org.innoscape.model.LineRouting <em>Line Routing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.LineRouting
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getLineRouting()
	 * @generated
	 */
	int LINE_ROUTING = 38;

	/**
	 * The meta object id for the '{@link org.innoscape.model.Tristate <em>Tristate</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.Tristate
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getTristate()
	 * @generated
	 */
	int TRISTATE = 21;

	/**
	 * The meta object id for the '{@link org.innoscape.model.Certainty <em>Certainty</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.Certainty
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getCertainty()
	 * @generated
	 */
	int CERTAINTY = 22;

	/**
	 * The meta object id for the '{@link org.innoscape.model.ActorKind <em>Actor Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.ActorKind
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getActorKind()
	 * @generated
	 */
	int ACTOR_KIND = 23;

	/**
	 * The meta object id for the '{@link org.innoscape.model.ActorLevel <em>Actor Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.ActorLevel
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getActorLevel()
	 * @generated
	 */
	int ACTOR_LEVEL = 24;

	/**
	 * The meta object id for the '{@link org.innoscape.model.RelationshipKind <em>Relationship Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.RelationshipKind
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getRelationshipKind()
	 * @generated
	 */
	int RELATIONSHIP_KIND = 25;

	/**
	 * The meta object id for the '{@link org.innoscape.model.DriverKind <em>Driver Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.DriverKind
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getDriverKind()
	 * @generated
	 */
	int DRIVER_KIND = 26;

	/**
	 * The meta object id for the '{@link org.innoscape.model.PathwaySide <em>Pathway Side</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.PathwaySide
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getPathwaySide()
	 * @generated
	 */
	int PATHWAY_SIDE = 27;

	/**
	 * The meta object id for the '{@link org.innoscape.model.ActivityType <em>Activity Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.ActivityType
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getActivityType()
	 * @generated
	 */
	int ACTIVITY_TYPE = 28;

	/**
	 * The meta object id for the '{@link org.innoscape.model.InstrumentType <em>Instrument Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.InstrumentType
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getInstrumentType()
	 * @generated
	 */
	int INSTRUMENT_TYPE = 29;

	/**
	 * The meta object id for the '{@link org.innoscape.model.Focus <em>Focus</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.Focus
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getFocus()
	 * @generated
	 */
	int FOCUS = 30;

	/**
	 * The meta object id for the '{@link org.innoscape.model.FundingRecipients <em>Funding Recipients</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.FundingRecipients
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getFundingRecipients()
	 * @generated
	 */
	int FUNDING_RECIPIENTS = 31;

	/**
	 * The meta object id for the '{@link org.innoscape.model.InitiativeStatus <em>Initiative Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.InitiativeStatus
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getInitiativeStatus()
	 * @generated
	 */
	int INITIATIVE_STATUS = 32;

	/**
	 * The meta object id for the '{@link org.innoscape.model.TimeFrame <em>Time Frame</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.TimeFrame
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getTimeFrame()
	 * @generated
	 */
	int TIME_FRAME = 33;

	/**
	 * The meta object id for the '{@link org.innoscape.model.IndicatorCategory <em>Indicator Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.IndicatorCategory
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getIndicatorCategory()
	 * @generated
	 */
	int INDICATOR_CATEGORY = 34;


	/**
	 * The meta object id for the '{@link org.innoscape.model.ReviewVerdict <em>Review Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.ReviewVerdict
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getReviewVerdict()
	 * @generated
	 */
	int REVIEW_VERDICT = 35;


	/**
	 * The meta object id for the '{@link org.innoscape.model.LayoutDirection <em>Layout Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.innoscape.model.LayoutDirection
	 * @see org.innoscape.model.impl.InnoscapePackageImpl#getLayoutDirection()
	 * @generated
	 */
	int LAYOUT_DIRECTION = 36;


	/**
	 * Returns the meta object for class '{@link org.innoscape.model.ModelElement <em>Model Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Element</em>'.
	 * @see org.innoscape.model.ModelElement
	 * @generated
	 */
	EClass getModelElement();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.ModelElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.innoscape.model.ModelElement#getId()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.ModelElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.innoscape.model.ModelElement#getName()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.ModelElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.innoscape.model.ModelElement#getDescription()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.ModelElement#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.innoscape.model.ModelElement#getSources()
	 * @see #getModelElement()
	 * @generated
	 */
	EReference getModelElement_Sources();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.ModelElement#getExternalId <em>External Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External Id</em>'.
	 * @see org.innoscape.model.ModelElement#getExternalId()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_ExternalId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.ModelElement#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.innoscape.model.ModelElement#getProperties()
	 * @see #getModelElement()
	 * @generated
	 */
	EReference getModelElement_Properties();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property</em>'.
	 * @see org.innoscape.model.Property
	 * @generated
	 */
	EClass getProperty();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Property#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.innoscape.model.Property#getKey()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Property#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.innoscape.model.Property#getValue()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Value();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.SourceDocument <em>Source Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Document</em>'.
	 * @see org.innoscape.model.SourceDocument
	 * @generated
	 */
	EClass getSourceDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.SourceDocument#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see org.innoscape.model.SourceDocument#getFileName()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_FileName();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.SourceDocument#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see org.innoscape.model.SourceDocument#getPublisher()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.SourceDocument#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.innoscape.model.SourceDocument#getYear()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Year();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.SourceReference <em>Source Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Reference</em>'.
	 * @see org.innoscape.model.SourceReference
	 * @generated
	 */
	EClass getSourceReference();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.model.SourceReference#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Document</em>'.
	 * @see org.innoscape.model.SourceReference#getDocument()
	 * @see #getSourceReference()
	 * @generated
	 */
	EReference getSourceReference_Document();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.SourceReference#getSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section</em>'.
	 * @see org.innoscape.model.SourceReference#getSection()
	 * @see #getSourceReference()
	 * @generated
	 */
	EAttribute getSourceReference_Section();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.SourceReference#getCertainty <em>Certainty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certainty</em>'.
	 * @see org.innoscape.model.SourceReference#getCertainty()
	 * @see #getSourceReference()
	 * @generated
	 */
	EAttribute getSourceReference_Certainty();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.SourceReference#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.innoscape.model.SourceReference#getNote()
	 * @see #getSourceReference()
	 * @generated
	 */
	EAttribute getSourceReference_Note();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.InnovationSystem <em>Innovation System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Innovation System</em>'.
	 * @see org.innoscape.model.InnovationSystem
	 * @generated
	 */
	EClass getInnovationSystem();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.InnovationSystem#getModelVersion <em>Model Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Version</em>'.
	 * @see org.innoscape.model.InnovationSystem#getModelVersion()
	 * @see #getInnovationSystem()
	 * @generated
	 */
	EAttribute getInnovationSystem_ModelVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.InnovationSystem#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Jurisdiction</em>'.
	 * @see org.innoscape.model.InnovationSystem#getJurisdiction()
	 * @see #getInnovationSystem()
	 * @generated
	 */
	EAttribute getInnovationSystem_Jurisdiction();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.InnovationSystem#getSnapshotDate <em>Snapshot Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snapshot Date</em>'.
	 * @see org.innoscape.model.InnovationSystem#getSnapshotDate()
	 * @see #getInnovationSystem()
	 * @generated
	 */
	EAttribute getInnovationSystem_SnapshotDate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.InnovationSystem#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.innoscape.model.InnovationSystem#getDocuments()
	 * @see #getInnovationSystem()
	 * @generated
	 */
	EReference getInnovationSystem_Documents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.InnovationSystem#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actors</em>'.
	 * @see org.innoscape.model.InnovationSystem#getActors()
	 * @see #getInnovationSystem()
	 * @generated
	 */
	EReference getInnovationSystem_Actors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.InnovationSystem#getStakeholderGroups <em>Stakeholder Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stakeholder Groups</em>'.
	 * @see org.innoscape.model.InnovationSystem#getStakeholderGroups()
	 * @see #getInnovationSystem()
	 * @generated
	 */
	EReference getInnovationSystem_StakeholderGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.InnovationSystem#getRelationships <em>Relationships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relationships</em>'.
	 * @see org.innoscape.model.InnovationSystem#getRelationships()
	 * @see #getInnovationSystem()
	 * @generated
	 */
	EReference getInnovationSystem_Relationships();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.InnovationSystem#getDrivers <em>Drivers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Drivers</em>'.
	 * @see org.innoscape.model.InnovationSystem#getDrivers()
	 * @see #getInnovationSystem()
	 * @generated
	 */
	EReference getInnovationSystem_Drivers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.InnovationSystem#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see org.innoscape.model.InnovationSystem#getStages()
	 * @see #getInnovationSystem()
	 * @generated
	 */
	EReference getInnovationSystem_Stages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.InnovationSystem#getInitiatives <em>Initiatives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Initiatives</em>'.
	 * @see org.innoscape.model.InnovationSystem#getInitiatives()
	 * @see #getInnovationSystem()
	 * @generated
	 */
	EReference getInnovationSystem_Initiatives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.InnovationSystem#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recommendations</em>'.
	 * @see org.innoscape.model.InnovationSystem#getRecommendations()
	 * @see #getInnovationSystem()
	 * @generated
	 */
	EReference getInnovationSystem_Recommendations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.InnovationSystem#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.innoscape.model.InnovationSystem#getIndicators()
	 * @see #getInnovationSystem()
	 * @generated
	 */
	EReference getInnovationSystem_Indicators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.InnovationSystem#getDuplicateReviews <em>Duplicate Reviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Duplicate Reviews</em>'.
	 * @see org.innoscape.model.InnovationSystem#getDuplicateReviews()
	 * @see #getInnovationSystem()
	 * @generated
	 */
	EReference getInnovationSystem_DuplicateReviews();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.InnovationSystem#getDiagrams <em>Diagrams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagrams</em>'.
	 * @see org.innoscape.model.InnovationSystem#getDiagrams()
	 * @see #getInnovationSystem()
	 * @generated
	 */
	EReference getInnovationSystem_Diagrams();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor</em>'.
	 * @see org.innoscape.model.Actor
	 * @generated
	 */
	EClass getActor();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Actor#getAcronym <em>Acronym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acronym</em>'.
	 * @see org.innoscape.model.Actor#getAcronym()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Acronym();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Actor#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.innoscape.model.Actor#getKind()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Actor#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.innoscape.model.Actor#getLevel()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Actor#getInfluence <em>Influence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Influence</em>'.
	 * @see org.innoscape.model.Actor#getInfluence()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Influence();

	/**
	 * Returns the meta object for the attribute list '{@link org.innoscape.model.Actor#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Goals</em>'.
	 * @see org.innoscape.model.Actor#getGoals()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Goals();

	/**
	 * Returns the meta object for the reference list '{@link org.innoscape.model.Actor#getMemberOf <em>Member Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Member Of</em>'.
	 * @see org.innoscape.model.Actor#getMemberOf()
	 * @see #getActor()
	 * @generated
	 */
	EReference getActor_MemberOf();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.StakeholderGroup <em>Stakeholder Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stakeholder Group</em>'.
	 * @see org.innoscape.model.StakeholderGroup
	 * @generated
	 */
	EClass getStakeholderGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.StakeholderGroup#getSide <em>Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Side</em>'.
	 * @see org.innoscape.model.StakeholderGroup#getSide()
	 * @see #getStakeholderGroup()
	 * @generated
	 */
	EAttribute getStakeholderGroup_Side();

	/**
	 * Returns the meta object for the reference list '{@link org.innoscape.model.StakeholderGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.innoscape.model.StakeholderGroup#getMembers()
	 * @see #getStakeholderGroup()
	 * @generated
	 */
	EReference getStakeholderGroup_Members();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.Relationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relationship</em>'.
	 * @see org.innoscape.model.Relationship
	 * @generated
	 */
	EClass getRelationship();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.model.Relationship#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.innoscape.model.Relationship#getSource()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_Source();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.model.Relationship#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.innoscape.model.Relationship#getTarget()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Relationship#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.innoscape.model.Relationship#getKind()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Relationship#getStrength <em>Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strength</em>'.
	 * @see org.innoscape.model.Relationship#getStrength()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Strength();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Relationship#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.innoscape.model.Relationship#getEvidence()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Evidence();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.Driver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Driver</em>'.
	 * @see org.innoscape.model.Driver
	 * @generated
	 */
	EClass getDriver();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Driver#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.innoscape.model.Driver#getKind()
	 * @see #getDriver()
	 * @generated
	 */
	EAttribute getDriver_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.Driver#getSubFactors <em>Sub Factors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Factors</em>'.
	 * @see org.innoscape.model.Driver#getSubFactors()
	 * @see #getDriver()
	 * @generated
	 */
	EReference getDriver_SubFactors();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.SubFactor <em>Sub Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sub Factor</em>'.
	 * @see org.innoscape.model.SubFactor
	 * @generated
	 */
	EClass getSubFactor();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.PathwayStage <em>Pathway Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pathway Stage</em>'.
	 * @see org.innoscape.model.PathwayStage
	 * @generated
	 */
	EClass getPathwayStage();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.PathwayStage#getSide <em>Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Side</em>'.
	 * @see org.innoscape.model.PathwayStage#getSide()
	 * @see #getPathwayStage()
	 * @generated
	 */
	EAttribute getPathwayStage_Side();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget</em>'.
	 * @see org.innoscape.model.Budget
	 * @generated
	 */
	EClass getBudget();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Budget#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.innoscape.model.Budget#getAmount()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Budget#getUpperAmount <em>Upper Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper Amount</em>'.
	 * @see org.innoscape.model.Budget#getUpperAmount()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_UpperAmount();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Budget#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.innoscape.model.Budget#getCurrency()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Budget#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.innoscape.model.Budget#getPeriod()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_Period();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.PolicyInitiative <em>Policy Initiative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Initiative</em>'.
	 * @see org.innoscape.model.PolicyInitiative
	 * @generated
	 */
	EClass getPolicyInitiative();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.PolicyInitiative#getAcronym <em>Acronym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acronym</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getAcronym()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EAttribute getPolicyInitiative_Acronym();

	/**
	 * Returns the meta object for the reference list '{@link org.innoscape.model.PolicyInitiative#getOwners <em>Owners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Owners</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getOwners()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EReference getPolicyInitiative_Owners();

	/**
	 * Returns the meta object for the reference list '{@link org.innoscape.model.PolicyInitiative#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partners</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getPartners()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EReference getPolicyInitiative_Partners();

	/**
	 * Returns the meta object for the attribute list '{@link org.innoscape.model.PolicyInitiative#getActivityTypes <em>Activity Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Activity Types</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getActivityTypes()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EAttribute getPolicyInitiative_ActivityTypes();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.PolicyInitiative#getInstrumentType <em>Instrument Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument Type</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getInstrumentType()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EAttribute getPolicyInitiative_InstrumentType();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.PolicyInitiative#getSupportsInnovation <em>Supports Innovation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supports Innovation</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getSupportsInnovation()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EAttribute getPolicyInitiative_SupportsInnovation();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.PolicyInitiative#getFocus <em>Focus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Focus</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getFocus()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EAttribute getPolicyInitiative_Focus();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.PolicyInitiative#getProductivityFocus <em>Productivity Focus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Productivity Focus</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getProductivityFocus()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EAttribute getPolicyInitiative_ProductivityFocus();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.PolicyInitiative#getOffersFunding <em>Offers Funding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offers Funding</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getOffersFunding()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EAttribute getPolicyInitiative_OffersFunding();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.PolicyInitiative#getFundingRecipients <em>Funding Recipients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Funding Recipients</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getFundingRecipients()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EAttribute getPolicyInitiative_FundingRecipients();

	/**
	 * Returns the meta object for the reference list '{@link org.innoscape.model.PolicyInitiative#getStagesSupported <em>Stages Supported</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Stages Supported</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getStagesSupported()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EReference getPolicyInitiative_StagesSupported();

	/**
	 * Returns the meta object for the reference list '{@link org.innoscape.model.PolicyInitiative#getDriversAddressed <em>Drivers Addressed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Drivers Addressed</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getDriversAddressed()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EReference getPolicyInitiative_DriversAddressed();

	/**
	 * Returns the meta object for the reference list '{@link org.innoscape.model.PolicyInitiative#getTargetGroups <em>Target Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Groups</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getTargetGroups()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EReference getPolicyInitiative_TargetGroups();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.PolicyInitiative#getTechnologyArea <em>Technology Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Technology Area</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getTechnologyArea()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EAttribute getPolicyInitiative_TechnologyArea();

	/**
	 * Returns the meta object for the containment reference '{@link org.innoscape.model.PolicyInitiative#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Budget</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getBudget()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EReference getPolicyInitiative_Budget();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.PolicyInitiative#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getStatus()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EAttribute getPolicyInitiative_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.PolicyInitiative#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getStartDate()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EAttribute getPolicyInitiative_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.PolicyInitiative#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getEndDate()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EAttribute getPolicyInitiative_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.PolicyInitiative#getEvaluated <em>Evaluated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluated</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getEvaluated()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EAttribute getPolicyInitiative_Evaluated();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.PolicyInitiative#getRapidEvaluation <em>Rapid Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rapid Evaluation</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getRapidEvaluation()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EAttribute getPolicyInitiative_RapidEvaluation();

	/**
	 * Returns the meta object for the reference list '{@link org.innoscape.model.PolicyInitiative#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indicators</em>'.
	 * @see org.innoscape.model.PolicyInitiative#getIndicators()
	 * @see #getPolicyInitiative()
	 * @generated
	 */
	EReference getPolicyInitiative_Indicators();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.Recommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recommendation</em>'.
	 * @see org.innoscape.model.Recommendation
	 * @generated
	 */
	EClass getRecommendation();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Recommendation#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.innoscape.model.Recommendation#getNumber()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Recommendation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.innoscape.model.Recommendation#getText()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Text();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.model.Recommendation#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Driver</em>'.
	 * @see org.innoscape.model.Recommendation#getDriver()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Driver();

	/**
	 * Returns the meta object for the reference list '{@link org.innoscape.model.Recommendation#getAddressedActors <em>Addressed Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addressed Actors</em>'.
	 * @see org.innoscape.model.Recommendation#getAddressedActors()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_AddressedActors();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Recommendation#getTimeFrame <em>Time Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Frame</em>'.
	 * @see org.innoscape.model.Recommendation#getTimeFrame()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_TimeFrame();

	/**
	 * Returns the meta object for the reference list '{@link org.innoscape.model.Recommendation#getImplementingInitiatives <em>Implementing Initiatives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Implementing Initiatives</em>'.
	 * @see org.innoscape.model.Recommendation#getImplementingInitiatives()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_ImplementingInitiatives();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.DuplicateReview <em>Duplicate Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Duplicate Review</em>'.
	 * @see org.innoscape.model.DuplicateReview
	 * @generated
	 */
	EClass getDuplicateReview();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.model.DuplicateReview#getFirst <em>First</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>First</em>'.
	 * @see org.innoscape.model.DuplicateReview#getFirst()
	 * @see #getDuplicateReview()
	 * @generated
	 */
	EReference getDuplicateReview_First();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.model.DuplicateReview#getSecond <em>Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Second</em>'.
	 * @see org.innoscape.model.DuplicateReview#getSecond()
	 * @see #getDuplicateReview()
	 * @generated
	 */
	EReference getDuplicateReview_Second();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.DuplicateReview#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.innoscape.model.DuplicateReview#getVerdict()
	 * @see #getDuplicateReview()
	 * @generated
	 */
	EAttribute getDuplicateReview_Verdict();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.DuplicateReview#getFingerprint <em>Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fingerprint</em>'.
	 * @see org.innoscape.model.DuplicateReview#getFingerprint()
	 * @see #getDuplicateReview()
	 * @generated
	 */
	EAttribute getDuplicateReview_Fingerprint();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.DuplicateReview#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see org.innoscape.model.DuplicateReview#getReviewer()
	 * @see #getDuplicateReview()
	 * @generated
	 */
	EAttribute getDuplicateReview_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.DuplicateReview#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.innoscape.model.DuplicateReview#getDate()
	 * @see #getDuplicateReview()
	 * @generated
	 */
	EAttribute getDuplicateReview_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.DuplicateReview#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.innoscape.model.DuplicateReview#getNote()
	 * @see #getDuplicateReview()
	 * @generated
	 */
	EAttribute getDuplicateReview_Note();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram</em>'.
	 * @see org.innoscape.model.Diagram
	 * @generated
	 */
	EClass getDiagram();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Diagram#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.innoscape.model.Diagram#getType()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_Type();

	/**
	 * Returns the meta object for the attribute list '{@link org.innoscape.model.Diagram#getEnabledLayers <em>Enabled Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Enabled Layers</em>'.
	 * @see org.innoscape.model.Diagram#getEnabledLayers()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_EnabledLayers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.Diagram#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.innoscape.model.Diagram#getNodes()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.Diagram#getEdges <em>Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edges</em>'.
	 * @see org.innoscape.model.Diagram#getEdges()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Edges();

	/**
	 * Returns the meta object for the reference list '{@link org.innoscape.model.Diagram#getHiddenElements <em>Hidden Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Hidden Elements</em>'.
	 * @see org.innoscape.model.Diagram#getHiddenElements()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_HiddenElements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.Diagram#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see org.innoscape.model.Diagram#getFilters()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Filters();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Diagram#getLayoutDirection <em>Layout Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layout Direction</em>'.
	 * @see org.innoscape.model.Diagram#getLayoutDirection()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_LayoutDirection();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Diagram#getLineRouting <em>Line Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Routing</em>'.
	 * @see org.innoscape.model.Diagram#getLineRouting()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_LineRouting();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.Diagram#getAppearances <em>Appearances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Appearances</em>'.
	 * @see org.innoscape.model.Diagram#getAppearances()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Appearances();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.DiagramNode <em>Diagram Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Node</em>'.
	 * @see org.innoscape.model.DiagramNode
	 * @generated
	 */
	EClass getDiagramNode();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.DiagramNode#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.innoscape.model.DiagramNode#getId()
	 * @see #getDiagramNode()
	 * @generated
	 */
	EAttribute getDiagramNode_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.DiagramNode#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapping</em>'.
	 * @see org.innoscape.model.DiagramNode#getMapping()
	 * @see #getDiagramNode()
	 * @generated
	 */
	EAttribute getDiagramNode_Mapping();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.model.DiagramNode#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.innoscape.model.DiagramNode#getElement()
	 * @see #getDiagramNode()
	 * @generated
	 */
	EReference getDiagramNode_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.DiagramNode#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.innoscape.model.DiagramNode#getX()
	 * @see #getDiagramNode()
	 * @generated
	 */
	EAttribute getDiagramNode_X();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.DiagramNode#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.innoscape.model.DiagramNode#getY()
	 * @see #getDiagramNode()
	 * @generated
	 */
	EAttribute getDiagramNode_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.DiagramNode#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.innoscape.model.DiagramNode#getWidth()
	 * @see #getDiagramNode()
	 * @generated
	 */
	EAttribute getDiagramNode_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.DiagramNode#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.innoscape.model.DiagramNode#getHeight()
	 * @see #getDiagramNode()
	 * @generated
	 */
	EAttribute getDiagramNode_Height();

	/**
	 * Returns the meta object for the containment reference list '{@link org.innoscape.model.DiagramNode#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.innoscape.model.DiagramNode#getChildren()
	 * @see #getDiagramNode()
	 * @generated
	 */
	EReference getDiagramNode_Children();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.DiagramEdge <em>Diagram Edge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Edge</em>'.
	 * @see org.innoscape.model.DiagramEdge
	 * @generated
	 */
	EClass getDiagramEdge();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.DiagramEdge#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapping</em>'.
	 * @see org.innoscape.model.DiagramEdge#getMapping()
	 * @see #getDiagramEdge()
	 * @generated
	 */
	EAttribute getDiagramEdge_Mapping();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.model.DiagramEdge#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.innoscape.model.DiagramEdge#getElement()
	 * @see #getDiagramEdge()
	 * @generated
	 */
	EReference getDiagramEdge_Element();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.model.DiagramEdge#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.innoscape.model.DiagramEdge#getSource()
	 * @see #getDiagramEdge()
	 * @generated
	 */
	EReference getDiagramEdge_Source();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.model.DiagramEdge#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.innoscape.model.DiagramEdge#getTarget()
	 * @see #getDiagramEdge()
	 * @generated
	 */
	EReference getDiagramEdge_Target();

	/**
	 * Returns the meta object for the attribute list '{@link org.innoscape.model.DiagramEdge#getBendpoints <em>Bendpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Bendpoints</em>'.
	 * @see org.innoscape.model.DiagramEdge#getBendpoints()
	 * @see #getDiagramEdge()
	 * @generated
	 */
	EAttribute getDiagramEdge_Bendpoints();

	/**
	 * Returns the meta object for the attribute list '{@link org.innoscape.model.DiagramEdge#getLabelPosition <em>Label Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Label Position</em>'.
	 * @see org.innoscape.model.DiagramEdge#getLabelPosition()
	 * @see #getDiagramEdge()
	 * @generated
	 */
	EAttribute getDiagramEdge_LabelPosition();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.NodeAppearance <em>Node Appearance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Appearance</em>'.
	 * @see org.innoscape.model.NodeAppearance
	 * @generated
	 */
	EClass getNodeAppearance();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.NodeAppearance#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapping</em>'.
	 * @see org.innoscape.model.NodeAppearance#getMapping()
	 * @see #getNodeAppearance()
	 * @generated
	 */
	EAttribute getNodeAppearance_Mapping();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.NodeAppearance#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.innoscape.model.NodeAppearance#getChannel()
	 * @see #getNodeAppearance()
	 * @generated
	 */
	EAttribute getNodeAppearance_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.NodeAppearance#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.innoscape.model.NodeAppearance#getSource()
	 * @see #getNodeAppearance()
	 * @generated
	 */
	EAttribute getNodeAppearance_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.NodeAppearance#getSmallest <em>Smallest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Smallest</em>'.
	 * @see org.innoscape.model.NodeAppearance#getSmallest()
	 * @see #getNodeAppearance()
	 * @generated
	 */
	EAttribute getNodeAppearance_Smallest();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.NodeAppearance#getLargest <em>Largest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Largest</em>'.
	 * @see org.innoscape.model.NodeAppearance#getLargest()
	 * @see #getNodeAppearance()
	 * @generated
	 */
	EAttribute getNodeAppearance_Largest();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.DiagramFilter <em>Diagram Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Filter</em>'.
	 * @see org.innoscape.model.DiagramFilter
	 * @generated
	 */
	EClass getDiagramFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.DiagramFilter#getFilter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Filter</em>'.
	 * @see org.innoscape.model.DiagramFilter#getFilter()
	 * @see #getDiagramFilter()
	 * @generated
	 */
	EAttribute getDiagramFilter_Filter();

	/**
	 * Returns the meta object for the reference list '{@link org.innoscape.model.DiagramFilter#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Values</em>'.
	 * @see org.innoscape.model.DiagramFilter#getValues()
	 * @see #getDiagramFilter()
	 * @generated
	 */
	EReference getDiagramFilter_Values();

	/**
	 * Returns the meta object for class '{@link org.innoscape.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.innoscape.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Indicator#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.innoscape.model.Indicator#getCategory()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.innoscape.model.Indicator#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.innoscape.model.Indicator#getGroup()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Group();

	/**
	 * Returns the meta object for the reference '{@link org.innoscape.model.Indicator#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stage</em>'.
	 * @see org.innoscape.model.Indicator#getStage()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Stage();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.AppearanceChannel <em>Appearance Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Appearance Channel</em>'.
	 * @see org.innoscape.model.AppearanceChannel
	 * @generated
	 */
	EEnum getAppearanceChannel();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.LineRouting <em>Line Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Routing</em>'.
	 * @see org.innoscape.model.LineRouting
	 * @generated
	 */
	EEnum getLineRouting();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.Tristate <em>Tristate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tristate</em>'.
	 * @see org.innoscape.model.Tristate
	 * @generated
	 */
	EEnum getTristate();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.Certainty <em>Certainty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Certainty</em>'.
	 * @see org.innoscape.model.Certainty
	 * @generated
	 */
	EEnum getCertainty();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.ActorKind <em>Actor Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Actor Kind</em>'.
	 * @see org.innoscape.model.ActorKind
	 * @generated
	 */
	EEnum getActorKind();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.ActorLevel <em>Actor Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Actor Level</em>'.
	 * @see org.innoscape.model.ActorLevel
	 * @generated
	 */
	EEnum getActorLevel();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.RelationshipKind <em>Relationship Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship Kind</em>'.
	 * @see org.innoscape.model.RelationshipKind
	 * @generated
	 */
	EEnum getRelationshipKind();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.DriverKind <em>Driver Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Driver Kind</em>'.
	 * @see org.innoscape.model.DriverKind
	 * @generated
	 */
	EEnum getDriverKind();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.PathwaySide <em>Pathway Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pathway Side</em>'.
	 * @see org.innoscape.model.PathwaySide
	 * @generated
	 */
	EEnum getPathwaySide();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.ActivityType <em>Activity Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activity Type</em>'.
	 * @see org.innoscape.model.ActivityType
	 * @generated
	 */
	EEnum getActivityType();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.InstrumentType <em>Instrument Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Instrument Type</em>'.
	 * @see org.innoscape.model.InstrumentType
	 * @generated
	 */
	EEnum getInstrumentType();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.Focus <em>Focus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Focus</em>'.
	 * @see org.innoscape.model.Focus
	 * @generated
	 */
	EEnum getFocus();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.FundingRecipients <em>Funding Recipients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Funding Recipients</em>'.
	 * @see org.innoscape.model.FundingRecipients
	 * @generated
	 */
	EEnum getFundingRecipients();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.InitiativeStatus <em>Initiative Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Initiative Status</em>'.
	 * @see org.innoscape.model.InitiativeStatus
	 * @generated
	 */
	EEnum getInitiativeStatus();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.TimeFrame <em>Time Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Time Frame</em>'.
	 * @see org.innoscape.model.TimeFrame
	 * @generated
	 */
	EEnum getTimeFrame();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.IndicatorCategory <em>Indicator Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Indicator Category</em>'.
	 * @see org.innoscape.model.IndicatorCategory
	 * @generated
	 */
	EEnum getIndicatorCategory();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.ReviewVerdict <em>Review Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review Verdict</em>'.
	 * @see org.innoscape.model.ReviewVerdict
	 * @generated
	 */
	EEnum getReviewVerdict();

	/**
	 * Returns the meta object for enum '{@link org.innoscape.model.LayoutDirection <em>Layout Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layout Direction</em>'.
	 * @see org.innoscape.model.LayoutDirection
	 * @generated
	 */
	EEnum getLayoutDirection();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	InnoscapeFactory getInnoscapeFactory();

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
		 * The meta object literal for the '{@link org.innoscape.model.impl.ModelElementImpl <em>Model Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.ModelElementImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getModelElement()
		 * @generated
		 */
		EClass MODEL_ELEMENT = eINSTANCE.getModelElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__ID = eINSTANCE.getModelElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__NAME = eINSTANCE.getModelElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__DESCRIPTION = eINSTANCE.getModelElement_Description();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_ELEMENT__SOURCES = eINSTANCE.getModelElement_Sources();

		/**
		 * The meta object literal for the '<em><b>External Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__EXTERNAL_ID = eINSTANCE.getModelElement_ExternalId();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_ELEMENT__PROPERTIES = eINSTANCE.getModelElement_Properties();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.PropertyImpl <em>Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.PropertyImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getProperty()
		 * @generated
		 */
		EClass PROPERTY = eINSTANCE.getProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__KEY = eINSTANCE.getProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__VALUE = eINSTANCE.getProperty_Value();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.SourceDocumentImpl <em>Source Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.SourceDocumentImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getSourceDocument()
		 * @generated
		 */
		EClass SOURCE_DOCUMENT = eINSTANCE.getSourceDocument();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__FILE_NAME = eINSTANCE.getSourceDocument_FileName();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__PUBLISHER = eINSTANCE.getSourceDocument_Publisher();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__YEAR = eINSTANCE.getSourceDocument_Year();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.SourceReferenceImpl <em>Source Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.SourceReferenceImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getSourceReference()
		 * @generated
		 */
		EClass SOURCE_REFERENCE = eINSTANCE.getSourceReference();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE_REFERENCE__DOCUMENT = eINSTANCE.getSourceReference_Document();

		/**
		 * The meta object literal for the '<em><b>Section</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REFERENCE__SECTION = eINSTANCE.getSourceReference_Section();

		/**
		 * The meta object literal for the '<em><b>Certainty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REFERENCE__CERTAINTY = eINSTANCE.getSourceReference_Certainty();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REFERENCE__NOTE = eINSTANCE.getSourceReference_Note();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.InnovationSystemImpl <em>Innovation System</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.InnovationSystemImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getInnovationSystem()
		 * @generated
		 */
		EClass INNOVATION_SYSTEM = eINSTANCE.getInnovationSystem();

		/**
		 * The meta object literal for the '<em><b>Model Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INNOVATION_SYSTEM__MODEL_VERSION = eINSTANCE.getInnovationSystem_ModelVersion();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INNOVATION_SYSTEM__JURISDICTION = eINSTANCE.getInnovationSystem_Jurisdiction();

		/**
		 * The meta object literal for the '<em><b>Snapshot Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INNOVATION_SYSTEM__SNAPSHOT_DATE = eINSTANCE.getInnovationSystem_SnapshotDate();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SYSTEM__DOCUMENTS = eINSTANCE.getInnovationSystem_Documents();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SYSTEM__ACTORS = eINSTANCE.getInnovationSystem_Actors();

		/**
		 * The meta object literal for the '<em><b>Stakeholder Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SYSTEM__STAKEHOLDER_GROUPS = eINSTANCE.getInnovationSystem_StakeholderGroups();

		/**
		 * The meta object literal for the '<em><b>Relationships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SYSTEM__RELATIONSHIPS = eINSTANCE.getInnovationSystem_Relationships();

		/**
		 * The meta object literal for the '<em><b>Drivers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SYSTEM__DRIVERS = eINSTANCE.getInnovationSystem_Drivers();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SYSTEM__STAGES = eINSTANCE.getInnovationSystem_Stages();

		/**
		 * The meta object literal for the '<em><b>Initiatives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SYSTEM__INITIATIVES = eINSTANCE.getInnovationSystem_Initiatives();

		/**
		 * The meta object literal for the '<em><b>Recommendations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SYSTEM__RECOMMENDATIONS = eINSTANCE.getInnovationSystem_Recommendations();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SYSTEM__INDICATORS = eINSTANCE.getInnovationSystem_Indicators();

		/**
		 * The meta object literal for the '<em><b>Duplicate Reviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SYSTEM__DUPLICATE_REVIEWS = eINSTANCE.getInnovationSystem_DuplicateReviews();

		/**
		 * The meta object literal for the '<em><b>Diagrams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INNOVATION_SYSTEM__DIAGRAMS = eINSTANCE.getInnovationSystem_Diagrams();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.ActorImpl <em>Actor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.ActorImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getActor()
		 * @generated
		 */
		EClass ACTOR = eINSTANCE.getActor();

		/**
		 * The meta object literal for the '<em><b>Acronym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__ACRONYM = eINSTANCE.getActor_Acronym();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__KIND = eINSTANCE.getActor_Kind();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__LEVEL = eINSTANCE.getActor_Level();

		/**
		 * The meta object literal for the '<em><b>Influence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__INFLUENCE = eINSTANCE.getActor_Influence();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__GOALS = eINSTANCE.getActor_Goals();

		/**
		 * The meta object literal for the '<em><b>Member Of</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR__MEMBER_OF = eINSTANCE.getActor_MemberOf();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.StakeholderGroupImpl <em>Stakeholder Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.StakeholderGroupImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getStakeholderGroup()
		 * @generated
		 */
		EClass STAKEHOLDER_GROUP = eINSTANCE.getStakeholderGroup();

		/**
		 * The meta object literal for the '<em><b>Side</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER_GROUP__SIDE = eINSTANCE.getStakeholderGroup_Side();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAKEHOLDER_GROUP__MEMBERS = eINSTANCE.getStakeholderGroup_Members();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.RelationshipImpl <em>Relationship</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.RelationshipImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getRelationship()
		 * @generated
		 */
		EClass RELATIONSHIP = eINSTANCE.getRelationship();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__SOURCE = eINSTANCE.getRelationship_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__TARGET = eINSTANCE.getRelationship_Target();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__KIND = eINSTANCE.getRelationship_Kind();

		/**
		 * The meta object literal for the '<em><b>Strength</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__STRENGTH = eINSTANCE.getRelationship_Strength();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__EVIDENCE = eINSTANCE.getRelationship_Evidence();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.DriverImpl <em>Driver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.DriverImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getDriver()
		 * @generated
		 */
		EClass DRIVER = eINSTANCE.getDriver();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER__KIND = eINSTANCE.getDriver_Kind();

		/**
		 * The meta object literal for the '<em><b>Sub Factors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRIVER__SUB_FACTORS = eINSTANCE.getDriver_SubFactors();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.SubFactorImpl <em>Sub Factor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.SubFactorImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getSubFactor()
		 * @generated
		 */
		EClass SUB_FACTOR = eINSTANCE.getSubFactor();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.PathwayStageImpl <em>Pathway Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.PathwayStageImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getPathwayStage()
		 * @generated
		 */
		EClass PATHWAY_STAGE = eINSTANCE.getPathwayStage();

		/**
		 * The meta object literal for the '<em><b>Side</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATHWAY_STAGE__SIDE = eINSTANCE.getPathwayStage_Side();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.BudgetImpl <em>Budget</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.BudgetImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getBudget()
		 * @generated
		 */
		EClass BUDGET = eINSTANCE.getBudget();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__AMOUNT = eINSTANCE.getBudget_Amount();

		/**
		 * The meta object literal for the '<em><b>Upper Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__UPPER_AMOUNT = eINSTANCE.getBudget_UpperAmount();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__CURRENCY = eINSTANCE.getBudget_Currency();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__PERIOD = eINSTANCE.getBudget_Period();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.PolicyInitiativeImpl <em>Policy Initiative</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.PolicyInitiativeImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getPolicyInitiative()
		 * @generated
		 */
		EClass POLICY_INITIATIVE = eINSTANCE.getPolicyInitiative();

		/**
		 * The meta object literal for the '<em><b>Acronym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INITIATIVE__ACRONYM = eINSTANCE.getPolicyInitiative_Acronym();

		/**
		 * The meta object literal for the '<em><b>Owners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_INITIATIVE__OWNERS = eINSTANCE.getPolicyInitiative_Owners();

		/**
		 * The meta object literal for the '<em><b>Partners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_INITIATIVE__PARTNERS = eINSTANCE.getPolicyInitiative_Partners();

		/**
		 * The meta object literal for the '<em><b>Activity Types</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INITIATIVE__ACTIVITY_TYPES = eINSTANCE.getPolicyInitiative_ActivityTypes();

		/**
		 * The meta object literal for the '<em><b>Instrument Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INITIATIVE__INSTRUMENT_TYPE = eINSTANCE.getPolicyInitiative_InstrumentType();

		/**
		 * The meta object literal for the '<em><b>Supports Innovation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INITIATIVE__SUPPORTS_INNOVATION = eINSTANCE.getPolicyInitiative_SupportsInnovation();

		/**
		 * The meta object literal for the '<em><b>Focus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INITIATIVE__FOCUS = eINSTANCE.getPolicyInitiative_Focus();

		/**
		 * The meta object literal for the '<em><b>Productivity Focus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INITIATIVE__PRODUCTIVITY_FOCUS = eINSTANCE.getPolicyInitiative_ProductivityFocus();

		/**
		 * The meta object literal for the '<em><b>Offers Funding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INITIATIVE__OFFERS_FUNDING = eINSTANCE.getPolicyInitiative_OffersFunding();

		/**
		 * The meta object literal for the '<em><b>Funding Recipients</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INITIATIVE__FUNDING_RECIPIENTS = eINSTANCE.getPolicyInitiative_FundingRecipients();

		/**
		 * The meta object literal for the '<em><b>Stages Supported</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_INITIATIVE__STAGES_SUPPORTED = eINSTANCE.getPolicyInitiative_StagesSupported();

		/**
		 * The meta object literal for the '<em><b>Drivers Addressed</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_INITIATIVE__DRIVERS_ADDRESSED = eINSTANCE.getPolicyInitiative_DriversAddressed();

		/**
		 * The meta object literal for the '<em><b>Target Groups</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_INITIATIVE__TARGET_GROUPS = eINSTANCE.getPolicyInitiative_TargetGroups();

		/**
		 * The meta object literal for the '<em><b>Technology Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INITIATIVE__TECHNOLOGY_AREA = eINSTANCE.getPolicyInitiative_TechnologyArea();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_INITIATIVE__BUDGET = eINSTANCE.getPolicyInitiative_Budget();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INITIATIVE__STATUS = eINSTANCE.getPolicyInitiative_Status();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INITIATIVE__START_DATE = eINSTANCE.getPolicyInitiative_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INITIATIVE__END_DATE = eINSTANCE.getPolicyInitiative_EndDate();

		/**
		 * The meta object literal for the '<em><b>Evaluated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INITIATIVE__EVALUATED = eINSTANCE.getPolicyInitiative_Evaluated();

		/**
		 * The meta object literal for the '<em><b>Rapid Evaluation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INITIATIVE__RAPID_EVALUATION = eINSTANCE.getPolicyInitiative_RapidEvaluation();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_INITIATIVE__INDICATORS = eINSTANCE.getPolicyInitiative_Indicators();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.RecommendationImpl <em>Recommendation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.RecommendationImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getRecommendation()
		 * @generated
		 */
		EClass RECOMMENDATION = eINSTANCE.getRecommendation();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__NUMBER = eINSTANCE.getRecommendation_Number();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__TEXT = eINSTANCE.getRecommendation_Text();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__DRIVER = eINSTANCE.getRecommendation_Driver();

		/**
		 * The meta object literal for the '<em><b>Addressed Actors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__ADDRESSED_ACTORS = eINSTANCE.getRecommendation_AddressedActors();

		/**
		 * The meta object literal for the '<em><b>Time Frame</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__TIME_FRAME = eINSTANCE.getRecommendation_TimeFrame();

		/**
		 * The meta object literal for the '<em><b>Implementing Initiatives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__IMPLEMENTING_INITIATIVES = eINSTANCE.getRecommendation_ImplementingInitiatives();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.DuplicateReviewImpl <em>Duplicate Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.DuplicateReviewImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getDuplicateReview()
		 * @generated
		 */
		EClass DUPLICATE_REVIEW = eINSTANCE.getDuplicateReview();

		/**
		 * The meta object literal for the '<em><b>First</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUPLICATE_REVIEW__FIRST = eINSTANCE.getDuplicateReview_First();

		/**
		 * The meta object literal for the '<em><b>Second</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUPLICATE_REVIEW__SECOND = eINSTANCE.getDuplicateReview_Second();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUPLICATE_REVIEW__VERDICT = eINSTANCE.getDuplicateReview_Verdict();

		/**
		 * The meta object literal for the '<em><b>Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUPLICATE_REVIEW__FINGERPRINT = eINSTANCE.getDuplicateReview_Fingerprint();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUPLICATE_REVIEW__REVIEWER = eINSTANCE.getDuplicateReview_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUPLICATE_REVIEW__DATE = eINSTANCE.getDuplicateReview_Date();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUPLICATE_REVIEW__NOTE = eINSTANCE.getDuplicateReview_Note();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.DiagramImpl <em>Diagram</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.DiagramImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getDiagram()
		 * @generated
		 */
		EClass DIAGRAM = eINSTANCE.getDiagram();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__TYPE = eINSTANCE.getDiagram_Type();

		/**
		 * The meta object literal for the '<em><b>Enabled Layers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__ENABLED_LAYERS = eINSTANCE.getDiagram_EnabledLayers();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__NODES = eINSTANCE.getDiagram_Nodes();

		/**
		 * The meta object literal for the '<em><b>Edges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__EDGES = eINSTANCE.getDiagram_Edges();

		/**
		 * The meta object literal for the '<em><b>Hidden Elements</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__HIDDEN_ELEMENTS = eINSTANCE.getDiagram_HiddenElements();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__FILTERS = eINSTANCE.getDiagram_Filters();

		/**
		 * The meta object literal for the '<em><b>Layout Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__LAYOUT_DIRECTION = eINSTANCE.getDiagram_LayoutDirection();

		/**
		 * The meta object literal for the '<em><b>Line Routing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__LINE_ROUTING = eINSTANCE.getDiagram_LineRouting();

		/**
		 * The meta object literal for the '<em><b>Appearances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__APPEARANCES = eINSTANCE.getDiagram_Appearances();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.DiagramNodeImpl <em>Diagram Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.DiagramNodeImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getDiagramNode()
		 * @generated
		 */
		EClass DIAGRAM_NODE = eINSTANCE.getDiagramNode();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_NODE__ID = eINSTANCE.getDiagramNode_Id();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_NODE__MAPPING = eINSTANCE.getDiagramNode_Mapping();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_NODE__ELEMENT = eINSTANCE.getDiagramNode_Element();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_NODE__X = eINSTANCE.getDiagramNode_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_NODE__Y = eINSTANCE.getDiagramNode_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_NODE__WIDTH = eINSTANCE.getDiagramNode_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_NODE__HEIGHT = eINSTANCE.getDiagramNode_Height();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_NODE__CHILDREN = eINSTANCE.getDiagramNode_Children();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.DiagramEdgeImpl <em>Diagram Edge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.DiagramEdgeImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getDiagramEdge()
		 * @generated
		 */
		EClass DIAGRAM_EDGE = eINSTANCE.getDiagramEdge();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_EDGE__MAPPING = eINSTANCE.getDiagramEdge_Mapping();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_EDGE__ELEMENT = eINSTANCE.getDiagramEdge_Element();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_EDGE__SOURCE = eINSTANCE.getDiagramEdge_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_EDGE__TARGET = eINSTANCE.getDiagramEdge_Target();

		/**
		 * The meta object literal for the '<em><b>Bendpoints</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_EDGE__BENDPOINTS = eINSTANCE.getDiagramEdge_Bendpoints();

		/**
		 * The meta object literal for the '<em><b>Label Position</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_EDGE__LABEL_POSITION = eINSTANCE.getDiagramEdge_LabelPosition();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.NodeAppearanceImpl <em>Node Appearance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.NodeAppearanceImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getNodeAppearance()
		 * @generated
		 */
		EClass NODE_APPEARANCE = eINSTANCE.getNodeAppearance();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_APPEARANCE__MAPPING = eINSTANCE.getNodeAppearance_Mapping();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_APPEARANCE__CHANNEL = eINSTANCE.getNodeAppearance_Channel();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_APPEARANCE__SOURCE = eINSTANCE.getNodeAppearance_Source();

		/**
		 * The meta object literal for the '<em><b>Smallest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_APPEARANCE__SMALLEST = eINSTANCE.getNodeAppearance_Smallest();

		/**
		 * The meta object literal for the '<em><b>Largest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_APPEARANCE__LARGEST = eINSTANCE.getNodeAppearance_Largest();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.DiagramFilterImpl <em>Diagram Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.DiagramFilterImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getDiagramFilter()
		 * @generated
		 */
		EClass DIAGRAM_FILTER = eINSTANCE.getDiagramFilter();

		/**
		 * The meta object literal for the '<em><b>Filter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_FILTER__FILTER = eINSTANCE.getDiagramFilter_Filter();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_FILTER__VALUES = eINSTANCE.getDiagramFilter_Values();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.impl.IndicatorImpl
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__CATEGORY = eINSTANCE.getIndicator_Category();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__GROUP = eINSTANCE.getIndicator_Group();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__STAGE = eINSTANCE.getIndicator_Stage();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.AppearanceChannel <em>Appearance Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.AppearanceChannel
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getAppearanceChannel()
		 * @generated
		 */
		EEnum APPEARANCE_CHANNEL = eINSTANCE.getAppearanceChannel();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.LineRouting <em>Line Routing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.LineRouting
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getLineRouting()
		 * @generated
		 */
		EEnum LINE_ROUTING = eINSTANCE.getLineRouting();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.Tristate <em>Tristate</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.Tristate
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getTristate()
		 * @generated
		 */
		EEnum TRISTATE = eINSTANCE.getTristate();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.Certainty <em>Certainty</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.Certainty
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getCertainty()
		 * @generated
		 */
		EEnum CERTAINTY = eINSTANCE.getCertainty();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.ActorKind <em>Actor Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.ActorKind
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getActorKind()
		 * @generated
		 */
		EEnum ACTOR_KIND = eINSTANCE.getActorKind();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.ActorLevel <em>Actor Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.ActorLevel
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getActorLevel()
		 * @generated
		 */
		EEnum ACTOR_LEVEL = eINSTANCE.getActorLevel();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.RelationshipKind <em>Relationship Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.RelationshipKind
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getRelationshipKind()
		 * @generated
		 */
		EEnum RELATIONSHIP_KIND = eINSTANCE.getRelationshipKind();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.DriverKind <em>Driver Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.DriverKind
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getDriverKind()
		 * @generated
		 */
		EEnum DRIVER_KIND = eINSTANCE.getDriverKind();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.PathwaySide <em>Pathway Side</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.PathwaySide
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getPathwaySide()
		 * @generated
		 */
		EEnum PATHWAY_SIDE = eINSTANCE.getPathwaySide();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.ActivityType <em>Activity Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.ActivityType
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getActivityType()
		 * @generated
		 */
		EEnum ACTIVITY_TYPE = eINSTANCE.getActivityType();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.InstrumentType <em>Instrument Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.InstrumentType
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getInstrumentType()
		 * @generated
		 */
		EEnum INSTRUMENT_TYPE = eINSTANCE.getInstrumentType();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.Focus <em>Focus</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.Focus
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getFocus()
		 * @generated
		 */
		EEnum FOCUS = eINSTANCE.getFocus();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.FundingRecipients <em>Funding Recipients</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.FundingRecipients
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getFundingRecipients()
		 * @generated
		 */
		EEnum FUNDING_RECIPIENTS = eINSTANCE.getFundingRecipients();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.InitiativeStatus <em>Initiative Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.InitiativeStatus
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getInitiativeStatus()
		 * @generated
		 */
		EEnum INITIATIVE_STATUS = eINSTANCE.getInitiativeStatus();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.TimeFrame <em>Time Frame</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.TimeFrame
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getTimeFrame()
		 * @generated
		 */
		EEnum TIME_FRAME = eINSTANCE.getTimeFrame();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.IndicatorCategory <em>Indicator Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.IndicatorCategory
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getIndicatorCategory()
		 * @generated
		 */
		EEnum INDICATOR_CATEGORY = eINSTANCE.getIndicatorCategory();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.ReviewVerdict <em>Review Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.ReviewVerdict
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getReviewVerdict()
		 * @generated
		 */
		EEnum REVIEW_VERDICT = eINSTANCE.getReviewVerdict();

		/**
		 * The meta object literal for the '{@link org.innoscape.model.LayoutDirection <em>Layout Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.innoscape.model.LayoutDirection
		 * @see org.innoscape.model.impl.InnoscapePackageImpl#getLayoutDirection()
		 * @generated
		 */
		EEnum LAYOUT_DIRECTION = eINSTANCE.getLayoutDirection();

	}

} //InnoscapePackage
