/**
 */
package org.innoscape.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Appearance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One channel (fill, size, border or label) of the nodes of one mapping set from the values of one attribute, reference or metric of their elements: categories get colours of a colour-blind-safe palette, numbers a range. Drawing only: never changes the stored bounds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.NodeAppearance#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.innoscape.model.NodeAppearance#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.innoscape.model.NodeAppearance#getSource <em>Source</em>}</li>
 *   <li>{@link org.innoscape.model.NodeAppearance#getSmallest <em>Smallest</em>}</li>
 *   <li>{@link org.innoscape.model.NodeAppearance#getLargest <em>Largest</em>}</li>
 * </ul>
 *
 * @see org.innoscape.model.InnoscapePackage#getNodeAppearance()
 * @model
 * @generated
 */
public interface NodeAppearance extends EObject {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mapping</em>' attribute.
	 * @see #setMapping(String)
	 * @see org.innoscape.model.InnoscapePackage#getNodeAppearance_Mapping()
	 * @model
	 * @generated
	 */
	String getMapping();

	/**
	 * Sets the value of the '{@link org.innoscape.model.NodeAppearance#getMapping <em>Mapping</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' attribute.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(String value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.AppearanceChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.innoscape.model.AppearanceChannel
	 * @see #setChannel(AppearanceChannel)
	 * @see org.innoscape.model.InnoscapePackage#getNodeAppearance_Channel()
	 * @model
	 * @generated
	 */
	AppearanceChannel getChannel();

	/**
	 * Sets the value of the '{@link org.innoscape.model.NodeAppearance#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.innoscape.model.AppearanceChannel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(AppearanceChannel value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the values come from: the name of a feature of the elements (kind, influence, owners) or metric: and a metric id (metric:betweenness).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.innoscape.model.InnoscapePackage#getNodeAppearance_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.innoscape.model.NodeAppearance#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Smallest</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scale of the node with the lowest value (size only); 1 draws it at its own size, so no label is cut.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Smallest</em>' attribute.
	 * @see #setSmallest(double)
	 * @see org.innoscape.model.InnoscapePackage#getNodeAppearance_Smallest()
	 * @model default="1.0"
	 * @generated
	 */
	double getSmallest();

	/**
	 * Sets the value of the '{@link org.innoscape.model.NodeAppearance#getSmallest <em>Smallest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smallest</em>' attribute.
	 * @see #getSmallest()
	 * @generated
	 */
	void setSmallest(double value);

	/**
	 * Returns the value of the '<em><b>Largest</b></em>' attribute.
	 * The default value is <code>"2.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scale of the node with the highest value (size only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Largest</em>' attribute.
	 * @see #setLargest(double)
	 * @see org.innoscape.model.InnoscapePackage#getNodeAppearance_Largest()
	 * @model default="2.0"
	 * @generated
	 */
	double getLargest();

	/**
	 * Sets the value of the '{@link org.innoscape.model.NodeAppearance#getLargest <em>Largest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Largest</em>' attribute.
	 * @see #getLargest()
	 * @generated
	 */
	void setLargest(double value);

} // NodeAppearance
