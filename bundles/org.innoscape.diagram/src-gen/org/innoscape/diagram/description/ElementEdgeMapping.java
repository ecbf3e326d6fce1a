/**
 */
package org.innoscape.diagram.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edge for each relationship object: its ends are read from the source and target features, which reconnecting the edge changes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.ElementEdgeMapping#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.ElementEdgeMapping#getSourceFeature <em>Source Feature</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.ElementEdgeMapping#getTargetFeature <em>Target Feature</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.ElementEdgeMapping#getCandidates <em>Candidates</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.ElementEdgeMapping#getPrecondition <em>Precondition</em>}</li>
 * </ul>
 *
 * @see org.innoscape.diagram.description.DescriptionPackage#getElementEdgeMapping()
 * @model
 * @generated
 */
public interface ElementEdgeMapping extends EdgeMapping {
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain Class</em>' reference.
	 * @see #setDomainClass(EClass)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getElementEdgeMapping_DomainClass()
	 * @model
	 * @generated
	 */
	EClass getDomainClass();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.ElementEdgeMapping#getDomainClass <em>Domain Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' reference.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(EClass value);

	/**
	 * Returns the value of the '<em><b>Source Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Feature</em>' reference.
	 * @see #setSourceFeature(EReference)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getElementEdgeMapping_SourceFeature()
	 * @model
	 * @generated
	 */
	EReference getSourceFeature();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.ElementEdgeMapping#getSourceFeature <em>Source Feature</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Feature</em>' reference.
	 * @see #getSourceFeature()
	 * @generated
	 */
	void setSourceFeature(EReference value);

	/**
	 * Returns the value of the '<em><b>Target Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Feature</em>' reference.
	 * @see #setTargetFeature(EReference)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getElementEdgeMapping_TargetFeature()
	 * @model
	 * @generated
	 */
	EReference getTargetFeature();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.ElementEdgeMapping#getTargetFeature <em>Target Feature</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Feature</em>' reference.
	 * @see #getTargetFeature()
	 * @generated
	 */
	void setTargetFeature(EReference value);

	/**
	 * Returns the value of the '<em><b>Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Candidates</em>' attribute.
	 * @see #setCandidates(ElementQuery)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getElementEdgeMapping_Candidates()
	 * @model dataType="org.innoscape.diagram.description.ElementQuery" transient="true"
	 * @generated
	 */
	ElementQuery getCandidates();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.ElementEdgeMapping#getCandidates <em>Candidates</em>}' attribute.
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
	 * @see org.innoscape.diagram.description.DescriptionPackage#getElementEdgeMapping_Precondition()
	 * @model dataType="org.innoscape.diagram.description.ElementCondition" transient="true"
	 * @generated
	 */
	ElementCondition getPrecondition();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.ElementEdgeMapping#getPrecondition <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precondition</em>' attribute.
	 * @see #getPrecondition()
	 * @generated
	 */
	void setPrecondition(ElementCondition value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The relationship objects shown.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<EObject> candidatesOf(EObject root);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean accepts(EObject element);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	EObject sourceOf(EObject element);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	EObject targetOf(EObject element);

} // ElementEdgeMapping
