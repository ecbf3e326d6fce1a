/**
 */
package org.innoscape.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A filter of the diagram type switched on for this diagram, with the elements it keeps (for example the drivers or owners a landscape is narrowed to).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.DiagramFilter#getFilter <em>Filter</em>}</li>
 *   <li>{@link org.innoscape.model.DiagramFilter#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.innoscape.model.InnoscapePackage#getDiagramFilter()
 * @model
 * @generated
 */
public interface DiagramFilter extends EObject {
	/**
	 * Returns the value of the '<em><b>Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filter</em>' attribute.
	 * @see #setFilter(String)
	 * @see org.innoscape.model.InnoscapePackage#getDiagramFilter_Filter()
	 * @model
	 * @generated
	 */
	String getFilter();

	/**
	 * Sets the value of the '{@link org.innoscape.model.DiagramFilter#getFilter <em>Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filter</em>' attribute.
	 * @see #getFilter()
	 * @generated
	 */
	void setFilter(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' reference list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.EObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' reference list.
	 * @see org.innoscape.model.InnoscapePackage#getDiagramFilter_Values()
	 * @model
	 * @generated
	 */
	EList<EObject> getValues();

} // DiagramFilter
