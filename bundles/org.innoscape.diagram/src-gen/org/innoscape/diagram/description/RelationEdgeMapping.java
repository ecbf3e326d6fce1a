/**
 */
package org.innoscape.diagram.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relation Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edge from each source element to each element its reference points at.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.RelationEdgeMapping#getReference <em>Reference</em>}</li>
 * </ul>
 *
 * @see org.innoscape.diagram.description.DescriptionPackage#getRelationEdgeMapping()
 * @model
 * @generated
 */
public interface RelationEdgeMapping extends EdgeMapping {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' reference.
	 * @see #setReference(EReference)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getRelationEdgeMapping_Reference()
	 * @model
	 * @generated
	 */
	EReference getReference();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.RelationEdgeMapping#getReference <em>Reference</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' reference.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(EReference value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The elements the source points at through the reference (none if it lacks the feature).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<EObject> targetsOf(EObject source);

} // RelationEdgeMapping
