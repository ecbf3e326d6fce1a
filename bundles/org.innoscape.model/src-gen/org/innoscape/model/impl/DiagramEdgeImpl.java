/**
 */
package org.innoscape.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.innoscape.model.DiagramEdge;
import org.innoscape.model.DiagramNode;
import org.innoscape.model.InnoscapePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram Edge</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.impl.DiagramEdgeImpl#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DiagramEdgeImpl#getElement <em>Element</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DiagramEdgeImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DiagramEdgeImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DiagramEdgeImpl#getBendpoints <em>Bendpoints</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DiagramEdgeImpl#getLabelPosition <em>Label Position</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramEdgeImpl extends EObjectImpl implements DiagramEdge {
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
	 * The cached value of the '{@link #getElement() <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElement()
	 * @generated
	 * @ordered
	 */
	protected EObject element;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected DiagramNode source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected DiagramNode target;

	/**
	 * The cached value of the '{@link #getBendpoints() <em>Bendpoints</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBendpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> bendpoints;

	/**
	 * The cached value of the '{@link #getLabelPosition() <em>Label Position</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelPosition()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> labelPosition;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramEdgeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InnoscapePackage.Literals.DIAGRAM_EDGE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.DIAGRAM_EDGE__MAPPING, oldMapping, mapping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject getElement() {
		if (element != null && element.eIsProxy()) {
			InternalEObject oldElement = (InternalEObject)element;
			element = eResolveProxy(oldElement);
			if (element != oldElement) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InnoscapePackage.DIAGRAM_EDGE__ELEMENT, oldElement, element));
			}
		}
		return element;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EObject basicGetElement() {
		return element;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElement(EObject newElement) {
		EObject oldElement = element;
		element = newElement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.DIAGRAM_EDGE__ELEMENT, oldElement, element));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramNode getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (DiagramNode)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InnoscapePackage.DIAGRAM_EDGE__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiagramNode basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(DiagramNode newSource) {
		DiagramNode oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.DIAGRAM_EDGE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramNode getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (DiagramNode)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InnoscapePackage.DIAGRAM_EDGE__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiagramNode basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(DiagramNode newTarget) {
		DiagramNode oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.DIAGRAM_EDGE__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getBendpoints() {
		if (bendpoints == null) {
			bendpoints = new EDataTypeEList<Integer>(Integer.class, this, InnoscapePackage.DIAGRAM_EDGE__BENDPOINTS);
		}
		return bendpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getLabelPosition() {
		if (labelPosition == null) {
			labelPosition = new EDataTypeEList<Integer>(Integer.class, this, InnoscapePackage.DIAGRAM_EDGE__LABEL_POSITION);
		}
		return labelPosition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InnoscapePackage.DIAGRAM_EDGE__MAPPING:
				return getMapping();
			case InnoscapePackage.DIAGRAM_EDGE__ELEMENT:
				if (resolve) return getElement();
				return basicGetElement();
			case InnoscapePackage.DIAGRAM_EDGE__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case InnoscapePackage.DIAGRAM_EDGE__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case InnoscapePackage.DIAGRAM_EDGE__BENDPOINTS:
				return getBendpoints();
			case InnoscapePackage.DIAGRAM_EDGE__LABEL_POSITION:
				return getLabelPosition();
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
			case InnoscapePackage.DIAGRAM_EDGE__MAPPING:
				setMapping((String)newValue);
				return;
			case InnoscapePackage.DIAGRAM_EDGE__ELEMENT:
				setElement((EObject)newValue);
				return;
			case InnoscapePackage.DIAGRAM_EDGE__SOURCE:
				setSource((DiagramNode)newValue);
				return;
			case InnoscapePackage.DIAGRAM_EDGE__TARGET:
				setTarget((DiagramNode)newValue);
				return;
			case InnoscapePackage.DIAGRAM_EDGE__BENDPOINTS:
				getBendpoints().clear();
				getBendpoints().addAll((Collection<? extends Integer>)newValue);
				return;
			case InnoscapePackage.DIAGRAM_EDGE__LABEL_POSITION:
				getLabelPosition().clear();
				getLabelPosition().addAll((Collection<? extends Integer>)newValue);
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
			case InnoscapePackage.DIAGRAM_EDGE__MAPPING:
				setMapping(MAPPING_EDEFAULT);
				return;
			case InnoscapePackage.DIAGRAM_EDGE__ELEMENT:
				setElement((EObject)null);
				return;
			case InnoscapePackage.DIAGRAM_EDGE__SOURCE:
				setSource((DiagramNode)null);
				return;
			case InnoscapePackage.DIAGRAM_EDGE__TARGET:
				setTarget((DiagramNode)null);
				return;
			case InnoscapePackage.DIAGRAM_EDGE__BENDPOINTS:
				getBendpoints().clear();
				return;
			case InnoscapePackage.DIAGRAM_EDGE__LABEL_POSITION:
				getLabelPosition().clear();
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
			case InnoscapePackage.DIAGRAM_EDGE__MAPPING:
				return MAPPING_EDEFAULT == null ? mapping != null : !MAPPING_EDEFAULT.equals(mapping);
			case InnoscapePackage.DIAGRAM_EDGE__ELEMENT:
				return element != null;
			case InnoscapePackage.DIAGRAM_EDGE__SOURCE:
				return source != null;
			case InnoscapePackage.DIAGRAM_EDGE__TARGET:
				return target != null;
			case InnoscapePackage.DIAGRAM_EDGE__BENDPOINTS:
				return bendpoints != null && !bendpoints.isEmpty();
			case InnoscapePackage.DIAGRAM_EDGE__LABEL_POSITION:
				return labelPosition != null && !labelPosition.isEmpty();
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
		result.append(", bendpoints: ");
		result.append(bendpoints);
		result.append(", labelPosition: ");
		result.append(labelPosition);
		result.append(')');
		return result.toString();
	}

} //DiagramEdgeImpl
