/**
 */
package org.innoscape.diagram.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Draws edges between nodes of the source and target mappings. Two kinds, as in Sirius: a relation-based mapping follows a plain reference; an element-based one shows a relationship object that has its own attributes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.EdgeMapping#getSourceMappings <em>Source Mappings</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.EdgeMapping#getTargetMappings <em>Target Mappings</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.EdgeMapping#getBaseStyle <em>Base Style</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.EdgeMapping#getStyleRules <em>Style Rules</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.EdgeMapping#getLabelText <em>Label Text</em>}</li>
 * </ul>
 *
 * @see org.innoscape.diagram.description.DescriptionPackage#getEdgeMapping()
 * @model abstract="true"
 * @generated
 */
public interface EdgeMapping extends Mapping {
	/**
	 * Returns the value of the '<em><b>Source Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.innoscape.diagram.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Mappings</em>' reference list.
	 * @see org.innoscape.diagram.description.DescriptionPackage#getEdgeMapping_SourceMappings()
	 * @model
	 * @generated
	 */
	EList<NodeMapping> getSourceMappings();

	/**
	 * Returns the value of the '<em><b>Target Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.innoscape.diagram.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Mappings</em>' reference list.
	 * @see org.innoscape.diagram.description.DescriptionPackage#getEdgeMapping_TargetMappings()
	 * @model
	 * @generated
	 */
	EList<NodeMapping> getTargetMappings();

	/**
	 * Returns the value of the '<em><b>Base Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base Style</em>' attribute.
	 * @see #setBaseStyle(EdgeStyle)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getEdgeMapping_BaseStyle()
	 * @model dataType="org.innoscape.diagram.description.EdgeStyle" transient="true"
	 * @generated
	 */
	EdgeStyle getBaseStyle();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.EdgeMapping#getBaseStyle <em>Base Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Style</em>' attribute.
	 * @see #getBaseStyle()
	 * @generated
	 */
	void setBaseStyle(EdgeStyle value);

	/**
	 * Returns the value of the '<em><b>Style Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.innoscape.diagram.description.EdgeStyleRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conditional styles: the first rule that holds wins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style Rules</em>' containment reference list.
	 * @see org.innoscape.diagram.description.DescriptionPackage#getEdgeMapping_StyleRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeStyleRule> getStyleRules();

	/**
	 * Returns the value of the '<em><b>Label Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text drawn at the middle of the edge; none when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Text</em>' attribute.
	 * @see #setLabelText(ElementText)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getEdgeMapping_LabelText()
	 * @model dataType="org.innoscape.diagram.description.ElementText" transient="true"
	 * @generated
	 */
	ElementText getLabelText();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.EdgeMapping#getLabelText <em>Label Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Text</em>' attribute.
	 * @see #getLabelText()
	 * @generated
	 */
	void setLabelText(ElementText value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text at the middle of the edge, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String labelOf(EObject element);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The style of the first rule that holds for the element (null for relation-based edges), else the base style.
	 * <!-- end-model-doc -->
	 * @model dataType="org.innoscape.diagram.description.EdgeStyle"
	 * @generated
	 */
	EdgeStyle styleOf(EObject element);

} // EdgeMapping
