/**
 */
package org.innoscape.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Duplicate Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An analyst's verdict on a pair of initiatives reported as possible duplicates. The fingerprint records what the pair looked like when reviewed, so the verdict lapses when either initiative changes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.DuplicateReview#getFirst <em>First</em>}</li>
 *   <li>{@link org.innoscape.model.DuplicateReview#getSecond <em>Second</em>}</li>
 *   <li>{@link org.innoscape.model.DuplicateReview#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.innoscape.model.DuplicateReview#getFingerprint <em>Fingerprint</em>}</li>
 *   <li>{@link org.innoscape.model.DuplicateReview#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.innoscape.model.DuplicateReview#getDate <em>Date</em>}</li>
 *   <li>{@link org.innoscape.model.DuplicateReview#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.innoscape.model.InnoscapePackage#getDuplicateReview()
 * @model
 * @generated
 */
public interface DuplicateReview extends EObject {
	/**
	 * Returns the value of the '<em><b>First</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First</em>' reference.
	 * @see #setFirst(PolicyInitiative)
	 * @see org.innoscape.model.InnoscapePackage#getDuplicateReview_First()
	 * @model
	 * @generated
	 */
	PolicyInitiative getFirst();

	/**
	 * Sets the value of the '{@link org.innoscape.model.DuplicateReview#getFirst <em>First</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First</em>' reference.
	 * @see #getFirst()
	 * @generated
	 */
	void setFirst(PolicyInitiative value);

	/**
	 * Returns the value of the '<em><b>Second</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Second</em>' reference.
	 * @see #setSecond(PolicyInitiative)
	 * @see org.innoscape.model.InnoscapePackage#getDuplicateReview_Second()
	 * @model
	 * @generated
	 */
	PolicyInitiative getSecond();

	/**
	 * Sets the value of the '{@link org.innoscape.model.DuplicateReview#getSecond <em>Second</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Second</em>' reference.
	 * @see #getSecond()
	 * @generated
	 */
	void setSecond(PolicyInitiative value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.innoscape.model.ReviewVerdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.innoscape.model.ReviewVerdict
	 * @see #setVerdict(ReviewVerdict)
	 * @see org.innoscape.model.InnoscapePackage#getDuplicateReview_Verdict()
	 * @model
	 * @generated
	 */
	ReviewVerdict getVerdict();

	/**
	 * Sets the value of the '{@link org.innoscape.model.DuplicateReview#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.innoscape.model.ReviewVerdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(ReviewVerdict value);

	/**
	 * Returns the value of the '<em><b>Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fingerprint</em>' attribute.
	 * @see #setFingerprint(String)
	 * @see org.innoscape.model.InnoscapePackage#getDuplicateReview_Fingerprint()
	 * @model
	 * @generated
	 */
	String getFingerprint();

	/**
	 * Sets the value of the '{@link org.innoscape.model.DuplicateReview#getFingerprint <em>Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fingerprint</em>' attribute.
	 * @see #getFingerprint()
	 * @generated
	 */
	void setFingerprint(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see org.innoscape.model.InnoscapePackage#getDuplicateReview_Reviewer()
	 * @model
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link org.innoscape.model.DuplicateReview#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see org.innoscape.model.InnoscapePackage#getDuplicateReview_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link org.innoscape.model.DuplicateReview#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.innoscape.model.InnoscapePackage#getDuplicateReview_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.innoscape.model.DuplicateReview#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // DuplicateReview
