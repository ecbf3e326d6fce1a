/**
 */
package org.innoscape.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Edge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The route of an edge the user or the layout has shaped: bend points as x1, y1, x2, y2, ... Edges without a stored route are drawn straight.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.DiagramEdge#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.innoscape.model.DiagramEdge#getElement <em>Element</em>}</li>
 *   <li>{@link org.innoscape.model.DiagramEdge#getSource <em>Source</em>}</li>
 *   <li>{@link org.innoscape.model.DiagramEdge#getTarget <em>Target</em>}</li>
 *   <li>{@link org.innoscape.model.DiagramEdge#getBendpoints <em>Bendpoints</em>}</li>
 *   <li>{@link org.innoscape.model.DiagramEdge#getLabelPosition <em>Label Position</em>}</li>
 * </ul>
 *
 * @see org.innoscape.model.InnoscapePackage#getDiagramEdge()
 * @model
 * @generated
 */
public interface DiagramEdge extends EObject {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mapping</em>' attribute.
	 * @see #setMapping(String)
	 * @see org.innoscape.model.InnoscapePackage#getDiagramEdge_Mapping()
	 * @model
	 * @generated
	 */
	String getMapping();

	/**
	 * Sets the value of the '{@link org.innoscape.model.DiagramEdge#getMapping <em>Mapping</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' attribute.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(String value);

	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(EObject)
	 * @see org.innoscape.model.InnoscapePackage#getDiagramEdge_Element()
	 * @model
	 * @generated
	 */
	EObject getElement();

	/**
	 * Sets the value of the '{@link org.innoscape.model.DiagramEdge#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(EObject value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(DiagramNode)
	 * @see org.innoscape.model.InnoscapePackage#getDiagramEdge_Source()
	 * @model
	 * @generated
	 */
	DiagramNode getSource();

	/**
	 * Sets the value of the '{@link org.innoscape.model.DiagramEdge#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(DiagramNode value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(DiagramNode)
	 * @see org.innoscape.model.InnoscapePackage#getDiagramEdge_Target()
	 * @model
	 * @generated
	 */
	DiagramNode getTarget();

	/**
	 * Sets the value of the '{@link org.innoscape.model.DiagramEdge#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(DiagramNode value);

	/**
	 * Returns the value of the '<em><b>Bendpoints</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bendpoints</em>' attribute list.
	 * @see org.innoscape.model.InnoscapePackage#getDiagramEdge_Bendpoints()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getBendpoints();

	/**
	 * Returns the value of the '<em><b>Label Position</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the layout put the line's label, clear of other lines: x, y of its centre. Empty: the label sits in the middle of the line (and when the route is dropped).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Position</em>' attribute list.
	 * @see org.innoscape.model.InnoscapePackage#getDiagramEdge_LabelPosition()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getLabelPosition();

} // DiagramEdge
