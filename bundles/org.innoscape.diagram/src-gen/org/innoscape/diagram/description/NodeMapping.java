/**
 */
package org.innoscape.diagram.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Shows elements of a domain class as nodes. The candidates come from the semantic parent (the model root for top-level mappings, the container's element for child mappings) and must pass the precondition. A synchronised mapping shows every candidate (unless the user hid it); an unsynchronised one shows only what the user put on the diagram. A mapping with child mappings is a container.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.NodeMapping#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.NodeMapping#getCandidates <em>Candidates</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.NodeMapping#getPrecondition <em>Precondition</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.NodeMapping#getLabelText <em>Label Text</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.NodeMapping#getLabelFeature <em>Label Feature</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.NodeMapping#getBaseStyle <em>Base Style</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.NodeMapping#getStyleRules <em>Style Rules</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.NodeMapping#getInitialSizeSource <em>Initial Size Source</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.NodeMapping#isSynchronizedWithModel <em>Synchronized With Model</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.NodeMapping#getLaneMembership <em>Lane Membership</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.NodeMapping#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeMapping()
 * @model
 * @generated
 */
public interface NodeMapping extends Mapping {
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain Class</em>' reference.
	 * @see #setDomainClass(EClass)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeMapping_DomainClass()
	 * @model
	 * @generated
	 */
	EClass getDomainClass();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.NodeMapping#getDomainClass <em>Domain Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' reference.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(EClass value);

	/**
	 * Returns the value of the '<em><b>Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The elements this mapping may show, from the semantic parent. None when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Candidates</em>' attribute.
	 * @see #setCandidates(ElementQuery)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeMapping_Candidates()
	 * @model dataType="org.innoscape.diagram.description.ElementQuery" transient="true"
	 * @generated
	 */
	ElementQuery getCandidates();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.NodeMapping#getCandidates <em>Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Candidates</em>' attribute.
	 * @see #getCandidates()
	 * @generated
	 */
	void setCandidates(ElementQuery value);

	/**
	 * Returns the value of the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which candidates are shown; all when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Precondition</em>' attribute.
	 * @see #setPrecondition(ElementCondition)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeMapping_Precondition()
	 * @model dataType="org.innoscape.diagram.description.ElementCondition" transient="true"
	 * @generated
	 */
	ElementCondition getPrecondition();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.NodeMapping#getPrecondition <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precondition</em>' attribute.
	 * @see #getPrecondition()
	 * @generated
	 */
	void setPrecondition(ElementCondition value);

	/**
	 * Returns the value of the '<em><b>Label Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text shown; the element's name when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Text</em>' attribute.
	 * @see #setLabelText(ElementText)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeMapping_LabelText()
	 * @model dataType="org.innoscape.diagram.description.ElementText" transient="true"
	 * @generated
	 */
	ElementText getLabelText();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.NodeMapping#getLabelText <em>Label Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Text</em>' attribute.
	 * @see #getLabelText()
	 * @generated
	 */
	void setLabelText(ElementText value);

	/**
	 * Returns the value of the '<em><b>Label Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What direct editing changes; not editable when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Feature</em>' reference.
	 * @see #setLabelFeature(EAttribute)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeMapping_LabelFeature()
	 * @model
	 * @generated
	 */
	EAttribute getLabelFeature();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.NodeMapping#getLabelFeature <em>Label Feature</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Feature</em>' reference.
	 * @see #getLabelFeature()
	 * @generated
	 */
	void setLabelFeature(EAttribute value);

	/**
	 * Returns the value of the '<em><b>Base Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The style when no rule matches; may be computed from the element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Style</em>' attribute.
	 * @see #setBaseStyle(NodeStyleFunction)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeMapping_BaseStyle()
	 * @model dataType="org.innoscape.diagram.description.NodeStyleFunction" transient="true"
	 * @generated
	 */
	NodeStyleFunction getBaseStyle();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.NodeMapping#getBaseStyle <em>Base Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Style</em>' attribute.
	 * @see #getBaseStyle()
	 * @generated
	 */
	void setBaseStyle(NodeStyleFunction value);

	/**
	 * Returns the value of the '<em><b>Style Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.diagram.description.NodeStyleRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conditional styles: the first rule that holds wins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style Rules</em>' containment reference list.
	 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeMapping_StyleRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeStyleRule> getStyleRules();

	/**
	 * Returns the value of the '<em><b>Initial Size Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The attribute or metric that sizes this mapping's nodes in a new diagram (written as the diagram's size appearance, which the user may change); none when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial Size Source</em>' attribute.
	 * @see #setInitialSizeSource(String)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeMapping_InitialSizeSource()
	 * @model
	 * @generated
	 */
	String getInitialSizeSource();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.NodeMapping#getInitialSizeSource <em>Initial Size Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Size Source</em>' attribute.
	 * @see #getInitialSizeSource()
	 * @generated
	 */
	void setInitialSizeSource(String value);

	/**
	 * Returns the value of the '<em><b>Synchronized With Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Synchronized With Model</em>' attribute.
	 * @see #setSynchronizedWithModel(boolean)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeMapping_SynchronizedWithModel()
	 * @model
	 * @generated
	 */
	boolean isSynchronizedWithModel();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.NodeMapping#isSynchronizedWithModel <em>Synchronized With Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Synchronized With Model</em>' attribute.
	 * @see #isSynchronizedWithModel()
	 * @generated
	 */
	void setSynchronizedWithModel(boolean value);

	/**
	 * Returns the value of the '<em><b>Lane Membership</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a mapping shown inside lanes: the many-valued reference of its element that names the lanes it belongs in (the stages an initiative supports, say). Creating an element in a lane adds the lane's element to it; dragging the node to another lane moves it there.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lane Membership</em>' reference.
	 * @see #setLaneMembership(EReference)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeMapping_LaneMembership()
	 * @model
	 * @generated
	 */
	EReference getLaneMembership();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.NodeMapping#getLaneMembership <em>Lane Membership</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lane Membership</em>' reference.
	 * @see #getLaneMembership()
	 * @generated
	 */
	void setLaneMembership(EReference value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.diagram.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.innoscape.diagram.description.DescriptionPackage#getNodeMapping_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getChildren();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The candidates that are instances of the domain class and pass the precondition.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<EObject> candidatesOf(EObject semanticParent);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this mapping can show the element.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean accepts(EObject element);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The label text, never null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String labelOf(EObject element);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The style of the first rule that holds, else the base style.
	 * <!-- end-model-doc -->
	 * @model dataType="org.innoscape.diagram.description.NodeStyle"
	 * @generated
	 */
	NodeStyle styleOf(EObject element);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether it has child mappings.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isContainer();

} // NodeMapping
