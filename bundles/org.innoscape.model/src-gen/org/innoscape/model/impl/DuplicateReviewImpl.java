/**
 */
package org.innoscape.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.innoscape.model.DuplicateReview;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.ReviewVerdict;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Duplicate Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.impl.DuplicateReviewImpl#getFirst <em>First</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DuplicateReviewImpl#getSecond <em>Second</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DuplicateReviewImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DuplicateReviewImpl#getFingerprint <em>Fingerprint</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DuplicateReviewImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DuplicateReviewImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DuplicateReviewImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DuplicateReviewImpl extends EObjectImpl implements DuplicateReview {
	/**
	 * The cached value of the '{@link #getFirst() <em>First</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirst()
	 * @generated
	 * @ordered
	 */
	protected PolicyInitiative first;

	/**
	 * The cached value of the '{@link #getSecond() <em>Second</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecond()
	 * @generated
	 * @ordered
	 */
	protected PolicyInitiative second;

	/**
	 * The default value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewVerdict VERDICT_EDEFAULT = ReviewVerdict.NOT_DUPLICATE;

	/**
	 * The cached value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected ReviewVerdict verdict = VERDICT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFingerprint() <em>Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFingerprint()
	 * @generated
	 * @ordered
	 */
	protected static final String FINGERPRINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFingerprint() <em>Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFingerprint()
	 * @generated
	 * @ordered
	 */
	protected String fingerprint = FINGERPRINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected String reviewer = REVIEWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected String date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DuplicateReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InnoscapePackage.Literals.DUPLICATE_REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyInitiative getFirst() {
		if (first != null && first.eIsProxy()) {
			InternalEObject oldFirst = (InternalEObject)first;
			first = (PolicyInitiative)eResolveProxy(oldFirst);
			if (first != oldFirst) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InnoscapePackage.DUPLICATE_REVIEW__FIRST, oldFirst, first));
			}
		}
		return first;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PolicyInitiative basicGetFirst() {
		return first;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirst(PolicyInitiative newFirst) {
		PolicyInitiative oldFirst = first;
		first = newFirst;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.DUPLICATE_REVIEW__FIRST, oldFirst, first));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyInitiative getSecond() {
		if (second != null && second.eIsProxy()) {
			InternalEObject oldSecond = (InternalEObject)second;
			second = (PolicyInitiative)eResolveProxy(oldSecond);
			if (second != oldSecond) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InnoscapePackage.DUPLICATE_REVIEW__SECOND, oldSecond, second));
			}
		}
		return second;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PolicyInitiative basicGetSecond() {
		return second;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecond(PolicyInitiative newSecond) {
		PolicyInitiative oldSecond = second;
		second = newSecond;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.DUPLICATE_REVIEW__SECOND, oldSecond, second));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewVerdict getVerdict() {
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdict(ReviewVerdict newVerdict) {
		ReviewVerdict oldVerdict = verdict;
		verdict = newVerdict == null ? VERDICT_EDEFAULT : newVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.DUPLICATE_REVIEW__VERDICT, oldVerdict, verdict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFingerprint() {
		return fingerprint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFingerprint(String newFingerprint) {
		String oldFingerprint = fingerprint;
		fingerprint = newFingerprint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.DUPLICATE_REVIEW__FINGERPRINT, oldFingerprint, fingerprint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(String newReviewer) {
		String oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.DUPLICATE_REVIEW__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(String newDate) {
		String oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.DUPLICATE_REVIEW__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.DUPLICATE_REVIEW__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InnoscapePackage.DUPLICATE_REVIEW__FIRST:
				if (resolve) return getFirst();
				return basicGetFirst();
			case InnoscapePackage.DUPLICATE_REVIEW__SECOND:
				if (resolve) return getSecond();
				return basicGetSecond();
			case InnoscapePackage.DUPLICATE_REVIEW__VERDICT:
				return getVerdict();
			case InnoscapePackage.DUPLICATE_REVIEW__FINGERPRINT:
				return getFingerprint();
			case InnoscapePackage.DUPLICATE_REVIEW__REVIEWER:
				return getReviewer();
			case InnoscapePackage.DUPLICATE_REVIEW__DATE:
				return getDate();
			case InnoscapePackage.DUPLICATE_REVIEW__NOTE:
				return getNote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InnoscapePackage.DUPLICATE_REVIEW__FIRST:
				setFirst((PolicyInitiative)newValue);
				return;
			case InnoscapePackage.DUPLICATE_REVIEW__SECOND:
				setSecond((PolicyInitiative)newValue);
				return;
			case InnoscapePackage.DUPLICATE_REVIEW__VERDICT:
				setVerdict((ReviewVerdict)newValue);
				return;
			case InnoscapePackage.DUPLICATE_REVIEW__FINGERPRINT:
				setFingerprint((String)newValue);
				return;
			case InnoscapePackage.DUPLICATE_REVIEW__REVIEWER:
				setReviewer((String)newValue);
				return;
			case InnoscapePackage.DUPLICATE_REVIEW__DATE:
				setDate((String)newValue);
				return;
			case InnoscapePackage.DUPLICATE_REVIEW__NOTE:
				setNote((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case InnoscapePackage.DUPLICATE_REVIEW__FIRST:
				setFirst((PolicyInitiative)null);
				return;
			case InnoscapePackage.DUPLICATE_REVIEW__SECOND:
				setSecond((PolicyInitiative)null);
				return;
			case InnoscapePackage.DUPLICATE_REVIEW__VERDICT:
				setVerdict(VERDICT_EDEFAULT);
				return;
			case InnoscapePackage.DUPLICATE_REVIEW__FINGERPRINT:
				setFingerprint(FINGERPRINT_EDEFAULT);
				return;
			case InnoscapePackage.DUPLICATE_REVIEW__REVIEWER:
				setReviewer(REVIEWER_EDEFAULT);
				return;
			case InnoscapePackage.DUPLICATE_REVIEW__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case InnoscapePackage.DUPLICATE_REVIEW__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case InnoscapePackage.DUPLICATE_REVIEW__FIRST:
				return first != null;
			case InnoscapePackage.DUPLICATE_REVIEW__SECOND:
				return second != null;
			case InnoscapePackage.DUPLICATE_REVIEW__VERDICT:
				return verdict != VERDICT_EDEFAULT;
			case InnoscapePackage.DUPLICATE_REVIEW__FINGERPRINT:
				return FINGERPRINT_EDEFAULT == null ? fingerprint != null : !FINGERPRINT_EDEFAULT.equals(fingerprint);
			case InnoscapePackage.DUPLICATE_REVIEW__REVIEWER:
				return REVIEWER_EDEFAULT == null ? reviewer != null : !REVIEWER_EDEFAULT.equals(reviewer);
			case InnoscapePackage.DUPLICATE_REVIEW__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case InnoscapePackage.DUPLICATE_REVIEW__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (verdict: ");
		result.append(verdict);
		result.append(", fingerprint: ");
		result.append(fingerprint);
		result.append(", reviewer: ");
		result.append(reviewer);
		result.append(", date: ");
		result.append(date);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //DuplicateReviewImpl
