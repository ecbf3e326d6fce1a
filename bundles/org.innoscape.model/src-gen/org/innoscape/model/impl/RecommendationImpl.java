/**
 */
package org.innoscape.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.innoscape.model.Actor;
import org.innoscape.model.Driver;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Recommendation;
import org.innoscape.model.TimeFrame;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recommendation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.impl.RecommendationImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.innoscape.model.impl.RecommendationImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.innoscape.model.impl.RecommendationImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.innoscape.model.impl.RecommendationImpl#getAddressedActors <em>Addressed Actors</em>}</li>
 *   <li>{@link org.innoscape.model.impl.RecommendationImpl#getTimeFrame <em>Time Frame</em>}</li>
 *   <li>{@link org.innoscape.model.impl.RecommendationImpl#getImplementingInitiatives <em>Implementing Initiatives</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecommendationImpl extends ModelElementImpl implements Recommendation {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final Integer NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected Integer number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected Driver driver;

	/**
	 * The cached value of the '{@link #getAddressedActors() <em>Addressed Actors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressedActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> addressedActors;

	/**
	 * The default value of the '{@link #getTimeFrame() <em>Time Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeFrame()
	 * @generated
	 * @ordered
	 */
	protected static final TimeFrame TIME_FRAME_EDEFAULT = TimeFrame.UNKNOWN;

	/**
	 * The cached value of the '{@link #getTimeFrame() <em>Time Frame</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeFrame()
	 * @generated
	 * @ordered
	 */
	protected TimeFrame timeFrame = TIME_FRAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getImplementingInitiatives() <em>Implementing Initiatives</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplementingInitiatives()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyInitiative> implementingInitiatives;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecommendationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InnoscapePackage.Literals.RECOMMENDATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(Integer newNumber) {
		Integer oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.RECOMMENDATION__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.RECOMMENDATION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Driver getDriver() {
		if (driver != null && driver.eIsProxy()) {
			InternalEObject oldDriver = (InternalEObject)driver;
			driver = (Driver)eResolveProxy(oldDriver);
			if (driver != oldDriver) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InnoscapePackage.RECOMMENDATION__DRIVER, oldDriver, driver));
			}
		}
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Driver basicGetDriver() {
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(Driver newDriver) {
		Driver oldDriver = driver;
		driver = newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.RECOMMENDATION__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getAddressedActors() {
		if (addressedActors == null) {
			addressedActors = new EObjectResolvingEList<Actor>(Actor.class, this, InnoscapePackage.RECOMMENDATION__ADDRESSED_ACTORS);
		}
		return addressedActors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeFrame getTimeFrame() {
		return timeFrame;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeFrame(TimeFrame newTimeFrame) {
		TimeFrame oldTimeFrame = timeFrame;
		timeFrame = newTimeFrame == null ? TIME_FRAME_EDEFAULT : newTimeFrame;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.RECOMMENDATION__TIME_FRAME, oldTimeFrame, timeFrame));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyInitiative> getImplementingInitiatives() {
		if (implementingInitiatives == null) {
			implementingInitiatives = new EObjectResolvingEList<PolicyInitiative>(PolicyInitiative.class, this, InnoscapePackage.RECOMMENDATION__IMPLEMENTING_INITIATIVES);
		}
		return implementingInitiatives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InnoscapePackage.RECOMMENDATION__NUMBER:
				return getNumber();
			case InnoscapePackage.RECOMMENDATION__TEXT:
				return getText();
			case InnoscapePackage.RECOMMENDATION__DRIVER:
				if (resolve) return getDriver();
				return basicGetDriver();
			case InnoscapePackage.RECOMMENDATION__ADDRESSED_ACTORS:
				return getAddressedActors();
			case InnoscapePackage.RECOMMENDATION__TIME_FRAME:
				return getTimeFrame();
			case InnoscapePackage.RECOMMENDATION__IMPLEMENTING_INITIATIVES:
				return getImplementingInitiatives();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InnoscapePackage.RECOMMENDATION__NUMBER:
				setNumber((Integer)newValue);
				return;
			case InnoscapePackage.RECOMMENDATION__TEXT:
				setText((String)newValue);
				return;
			case InnoscapePackage.RECOMMENDATION__DRIVER:
				setDriver((Driver)newValue);
				return;
			case InnoscapePackage.RECOMMENDATION__ADDRESSED_ACTORS:
				getAddressedActors().clear();
				getAddressedActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case InnoscapePackage.RECOMMENDATION__TIME_FRAME:
				setTimeFrame((TimeFrame)newValue);
				return;
			case InnoscapePackage.RECOMMENDATION__IMPLEMENTING_INITIATIVES:
				getImplementingInitiatives().clear();
				getImplementingInitiatives().addAll((Collection<? extends PolicyInitiative>)newValue);
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
			case InnoscapePackage.RECOMMENDATION__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case InnoscapePackage.RECOMMENDATION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case InnoscapePackage.RECOMMENDATION__DRIVER:
				setDriver((Driver)null);
				return;
			case InnoscapePackage.RECOMMENDATION__ADDRESSED_ACTORS:
				getAddressedActors().clear();
				return;
			case InnoscapePackage.RECOMMENDATION__TIME_FRAME:
				setTimeFrame(TIME_FRAME_EDEFAULT);
				return;
			case InnoscapePackage.RECOMMENDATION__IMPLEMENTING_INITIATIVES:
				getImplementingInitiatives().clear();
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
			case InnoscapePackage.RECOMMENDATION__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case InnoscapePackage.RECOMMENDATION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case InnoscapePackage.RECOMMENDATION__DRIVER:
				return driver != null;
			case InnoscapePackage.RECOMMENDATION__ADDRESSED_ACTORS:
				return addressedActors != null && !addressedActors.isEmpty();
			case InnoscapePackage.RECOMMENDATION__TIME_FRAME:
				return timeFrame != TIME_FRAME_EDEFAULT;
			case InnoscapePackage.RECOMMENDATION__IMPLEMENTING_INITIATIVES:
				return implementingInitiatives != null && !implementingInitiatives.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", text: ");
		result.append(text);
		result.append(", timeFrame: ");
		result.append(timeFrame);
		result.append(')');
		return result.toString();
	}

} //RecommendationImpl
