/**
 */
package org.innoscape.diagram.description.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.innoscape.diagram.description.ConnectionCondition;
import org.innoscape.diagram.description.DescriptionPackage;
import org.innoscape.diagram.description.EdgeCreationTool;
import org.innoscape.diagram.description.EdgeFactory;
import org.innoscape.diagram.description.EdgeMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.impl.EdgeCreationToolImpl#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.EdgeCreationToolImpl#getCanConnect <em>Can Connect</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.EdgeCreationToolImpl#getFactory <em>Factory</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EdgeCreationToolImpl extends ToolImpl implements EdgeCreationTool {
	/**
	 * The cached value of the '{@link #getMapping() <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapping()
	 * @generated
	 * @ordered
	 */
	protected EdgeMapping mapping;

	/**
	 * The default value of the '{@link #getCanConnect() <em>Can Connect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCanConnect()
	 * @generated
	 * @ordered
	 */
	protected static final ConnectionCondition CAN_CONNECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCanConnect() <em>Can Connect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCanConnect()
	 * @generated
	 * @ordered
	 */
	protected ConnectionCondition canConnect = CAN_CONNECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFactory() <em>Factory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFactory()
	 * @generated
	 * @ordered
	 */
	protected static final EdgeFactory FACTORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFactory() <em>Factory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFactory()
	 * @generated
	 * @ordered
	 */
	protected EdgeFactory factory = FACTORY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgeCreationToolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.EDGE_CREATION_TOOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeMapping getMapping() {
		if (mapping != null && mapping.eIsProxy()) {
			InternalEObject oldMapping = (InternalEObject)mapping;
			mapping = (EdgeMapping)eResolveProxy(oldMapping);
			if (mapping != oldMapping) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.EDGE_CREATION_TOOL__MAPPING, oldMapping, mapping));
			}
		}
		return mapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EdgeMapping basicGetMapping() {
		return mapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMapping(EdgeMapping newMapping) {
		EdgeMapping oldMapping = mapping;
		mapping = newMapping;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_CREATION_TOOL__MAPPING, oldMapping, mapping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectionCondition getCanConnect() {
		return canConnect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCanConnect(ConnectionCondition newCanConnect) {
		ConnectionCondition oldCanConnect = canConnect;
		canConnect = newCanConnect;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_CREATION_TOOL__CAN_CONNECT, oldCanConnect, canConnect));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeFactory getFactory() {
		return factory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFactory(EdgeFactory newFactory) {
		EdgeFactory oldFactory = factory;
		factory = newFactory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_CREATION_TOOL__FACTORY, oldFactory, factory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.EDGE_CREATION_TOOL__MAPPING:
				if (resolve) return getMapping();
				return basicGetMapping();
			case DescriptionPackage.EDGE_CREATION_TOOL__CAN_CONNECT:
				return getCanConnect();
			case DescriptionPackage.EDGE_CREATION_TOOL__FACTORY:
				return getFactory();
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
			case DescriptionPackage.EDGE_CREATION_TOOL__MAPPING:
				setMapping((EdgeMapping)newValue);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__CAN_CONNECT:
				setCanConnect((ConnectionCondition)newValue);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__FACTORY:
				setFactory((EdgeFactory)newValue);
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
			case DescriptionPackage.EDGE_CREATION_TOOL__MAPPING:
				setMapping((EdgeMapping)null);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__CAN_CONNECT:
				setCanConnect(CAN_CONNECT_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__FACTORY:
				setFactory(FACTORY_EDEFAULT);
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
			case DescriptionPackage.EDGE_CREATION_TOOL__MAPPING:
				return mapping != null;
			case DescriptionPackage.EDGE_CREATION_TOOL__CAN_CONNECT:
				return CAN_CONNECT_EDEFAULT == null ? canConnect != null : !CAN_CONNECT_EDEFAULT.equals(canConnect);
			case DescriptionPackage.EDGE_CREATION_TOOL__FACTORY:
				return FACTORY_EDEFAULT == null ? factory != null : !FACTORY_EDEFAULT.equals(factory);
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
		result.append(" (canConnect: ");
		result.append(canConnect);
		result.append(", factory: ");
		result.append(factory);
		result.append(')');
		return result.toString();
	}

} //EdgeCreationToolImpl
