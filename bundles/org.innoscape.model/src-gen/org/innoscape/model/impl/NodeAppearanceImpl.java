/**
 */
package org.innoscape.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.innoscape.model.AppearanceChannel;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.NodeAppearance;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Appearance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.impl.NodeAppearanceImpl#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.innoscape.model.impl.NodeAppearanceImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.innoscape.model.impl.NodeAppearanceImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.innoscape.model.impl.NodeAppearanceImpl#getSmallest <em>Smallest</em>}</li>
 *   <li>{@link org.innoscape.model.impl.NodeAppearanceImpl#getLargest <em>Largest</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeAppearanceImpl extends EObjectImpl implements NodeAppearance {
	/**
	 * The default value of the '{@link #getMapping() <em>Mapping</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapping()
	 * @generated
	 * @ordered
	 */
	protected static final String MAPPING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMapping() <em>Mapping</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapping()
	 * @generated
	 * @ordered
	 */
	protected String mapping = MAPPING_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final AppearanceChannel CHANNEL_EDEFAULT = AppearanceChannel.FILL;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected AppearanceChannel channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSmallest() <em>Smallest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmallest()
	 * @generated
	 * @ordered
	 */
	protected static final double SMALLEST_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getSmallest() <em>Smallest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmallest()
	 * @generated
	 * @ordered
	 */
	protected double smallest = SMALLEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getLargest() <em>Largest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLargest()
	 * @generated
	 * @ordered
	 */
	protected static final double LARGEST_EDEFAULT = 2.0;

	/**
	 * The cached value of the '{@link #getLargest() <em>Largest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLargest()
	 * @generated
	 * @ordered
	 */
	protected double largest = LARGEST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeAppearanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InnoscapePackage.Literals.NODE_APPEARANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMapping() {
		return mapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMapping(String newMapping) {
		String oldMapping = mapping;
		mapping = newMapping;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.NODE_APPEARANCE__MAPPING, oldMapping, mapping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppearanceChannel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(AppearanceChannel newChannel) {
		AppearanceChannel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.NODE_APPEARANCE__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.NODE_APPEARANCE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSmallest() {
		return smallest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmallest(double newSmallest) {
		double oldSmallest = smallest;
		smallest = newSmallest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.NODE_APPEARANCE__SMALLEST, oldSmallest, smallest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLargest() {
		return largest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLargest(double newLargest) {
		double oldLargest = largest;
		largest = newLargest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.NODE_APPEARANCE__LARGEST, oldLargest, largest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InnoscapePackage.NODE_APPEARANCE__MAPPING:
				return getMapping();
			case InnoscapePackage.NODE_APPEARANCE__CHANNEL:
				return getChannel();
			case InnoscapePackage.NODE_APPEARANCE__SOURCE:
				return getSource();
			case InnoscapePackage.NODE_APPEARANCE__SMALLEST:
				return getSmallest();
			case InnoscapePackage.NODE_APPEARANCE__LARGEST:
				return getLargest();
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
			case InnoscapePackage.NODE_APPEARANCE__MAPPING:
				setMapping((String)newValue);
				return;
			case InnoscapePackage.NODE_APPEARANCE__CHANNEL:
				setChannel((AppearanceChannel)newValue);
				return;
			case InnoscapePackage.NODE_APPEARANCE__SOURCE:
				setSource((String)newValue);
				return;
			case InnoscapePackage.NODE_APPEARANCE__SMALLEST:
				setSmallest((Double)newValue);
				return;
			case InnoscapePackage.NODE_APPEARANCE__LARGEST:
				setLargest((Double)newValue);
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
			case InnoscapePackage.NODE_APPEARANCE__MAPPING:
				setMapping(MAPPING_EDEFAULT);
				return;
			case InnoscapePackage.NODE_APPEARANCE__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case InnoscapePackage.NODE_APPEARANCE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case InnoscapePackage.NODE_APPEARANCE__SMALLEST:
				setSmallest(SMALLEST_EDEFAULT);
				return;
			case InnoscapePackage.NODE_APPEARANCE__LARGEST:
				setLargest(LARGEST_EDEFAULT);
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
			case InnoscapePackage.NODE_APPEARANCE__MAPPING:
				return MAPPING_EDEFAULT == null ? mapping != null : !MAPPING_EDEFAULT.equals(mapping);
			case InnoscapePackage.NODE_APPEARANCE__CHANNEL:
				return channel != CHANNEL_EDEFAULT;
			case InnoscapePackage.NODE_APPEARANCE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case InnoscapePackage.NODE_APPEARANCE__SMALLEST:
				return smallest != SMALLEST_EDEFAULT;
			case InnoscapePackage.NODE_APPEARANCE__LARGEST:
				return largest != LARGEST_EDEFAULT;
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
		result.append(" (mapping: ");
		result.append(mapping);
		result.append(", channel: ");
		result.append(channel);
		result.append(", source: ");
		result.append(source);
		result.append(", smallest: ");
		result.append(smallest);
		result.append(", largest: ");
		result.append(largest);
		result.append(')');
		return result.toString();
	}

} //NodeAppearanceImpl
