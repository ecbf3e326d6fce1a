/**
 */
package org.innoscape.diagram.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of mappings. The default layer is always shown; an optional layer is shown when the user switches it on (stored in the diagram), or when enabledByDefault and the diagram is new.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.Layer#getId <em>Id</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.Layer#getLabel <em>Label</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.Layer#isOptional <em>Optional</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.Layer#isEnabledByDefault <em>Enabled By Default</em>}</li>
 * </ul>
 *
 * @see org.innoscape.diagram.description.DescriptionPackage#getLayer()
 * @model
 * @generated
 */
public interface Layer extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getLayer_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.Layer#getId <em>Id</em>}' attribute.
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
	 * @see org.innoscape.diagram.description.DescriptionPackage#getLayer_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.Layer#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optional</em>' attribute.
	 * @see #setOptional(boolean)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getLayer_Optional()
	 * @model
	 * @generated
	 */
	boolean isOptional();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.Layer#isOptional <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optional</em>' attribute.
	 * @see #isOptional()
	 * @generated
	 */
	void setOptional(boolean value);

	/**
	 * Returns the value of the '<em><b>Enabled By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled By Default</em>' attribute.
	 * @see #setEnabledByDefault(boolean)
	 * @see org.innoscape.diagram.description.DescriptionPackage#getLayer_EnabledByDefault()
	 * @model
	 * @generated
	 */
	boolean isEnabledByDefault();

	/**
	 * Sets the value of the '{@link org.innoscape.diagram.description.Layer#isEnabledByDefault <em>Enabled By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled By Default</em>' attribute.
	 * @see #isEnabledByDefault()
	 * @generated
	 */
	void setEnabledByDefault(boolean value);

} // Layer
