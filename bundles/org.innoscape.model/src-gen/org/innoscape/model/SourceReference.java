/**
 */
package org.innoscape.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where a fact comes from: a document and a section in it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.SourceReference#getDocument <em>Document</em>}</li>
 *   <li>{@link org.innoscape.model.SourceReference#getSection <em>Section</em>}</li>
 *   <li>{@link org.innoscape.model.SourceReference#getCertainty <em>Certainty</em>}</li>
 *   <li>{@link org.innoscape.model.SourceReference#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.innoscape.model.InnoscapePackage#getSourceReference()
 * @model
 * @generated
 */
public interface SourceReference extends EObject {
	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(SourceDocument)
	 * @see org.innoscape.model.InnoscapePackage#getSourceReference_Document()
	 * @model
	 * @generated
	 */
	SourceDocument getDocument();

	/**
	 * Sets the value of the '{@link org.innoscape.model.SourceReference#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(SourceDocument value);

	/**
	 * Returns the value of the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Section</em>' attribute.
	 * @see #setSection(String)
	 * @see org.innoscape.model.InnoscapePackage#getSourceReference_Section()
	 * @model
	 * @generated
	 */
	String getSection();

	/**
	 * Sets the value of the '{@link org.innoscape.model.SourceReference#getSection <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section</em>' attribute.
	 * @see #getSection()
	 * @generated
	 */
	void setSection(String value);

	/**
	 * Returns the value of the '<em><b>Certainty</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.Certainty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Certainty</em>' attribute.
	 * @see org.innoscape.model.Certainty
	 * @see #setCertainty(Certainty)
	 * @see org.innoscape.model.InnoscapePackage#getSourceReference_Certainty()
	 * @model
	 * @generated
	 */
	Certainty getCertainty();

	/**
	 * Sets the value of the '{@link org.innoscape.model.SourceReference#getCertainty <em>Certainty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certainty</em>' attribute.
	 * @see org.innoscape.model.Certainty
	 * @see #getCertainty()
	 * @generated
	 */
	void setCertainty(Certainty value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.innoscape.model.InnoscapePackage#getSourceReference_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.innoscape.model.SourceReference#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // SourceReference
