/**
 */
package org.innoscape.diagram.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Filter Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A filter the user can narrow a diagram with: they pick some of the choices; elements of the listed mappings stay only when keeps holds for the picked values. An unset filter keeps everything.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.FilterDescription#getId <em>Id</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.FilterDescription#getLabel <em>Label</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.FilterDescription#getChoices <em>Choices</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.FilterDescription#getKeeps <em>Keeps</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.FilterDescription#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @see org.innoscape.diagram.description.DescriptionPackage#getFilterDescription()
 * @model
 * @generated
 */
public interface FilterDescription extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getFilterDescription_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.FilterDescription#getId <em>Id</em>}' attribute.
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
	 * @see org.innoscape.diagram.description.DescriptionPackage#getFilterDescription_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.FilterDescription#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Choices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Choices</em>' attribute.
	 * @see #setChoices(FilterChoices)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getFilterDescription_Choices()
	 * @model dataType="org.innoscape.diagram.description.FilterChoices" transient="true"
	 * @generated
	 */
	FilterChoices getChoices();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.FilterDescription#getChoices <em>Choices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Choices</em>' attribute.
	 * @see #getChoices()
	 * @generated
	 */
	void setChoices(FilterChoices value);

	/**
	 * Returns the value of the '<em><b>Keeps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keeps</em>' attribute.
	 * @see #setKeeps(FilterTest)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getFilterDescription_Keeps()
	 * @model dataType="org.innoscape.diagram.description.FilterTest" transient="true"
	 * @generated
	 */
	FilterTest getKeeps();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.FilterDescription#getKeeps <em>Keeps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keeps</em>' attribute.
	 * @see #getKeeps()
	 * @generated
	 */
	void setKeeps(FilterTest value);

	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.innoscape.diagram.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.innoscape.diagram.description.DescriptionPackage#getFilterDescription_Mappings()
	 * @model
	 * @generated
	 */
	EList<NodeMapping> getMappings();

} // FilterDescription
