/**
 */
package org.innoscape.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.innoscape.model.Diagram;
import org.innoscape.model.DiagramEdge;
import org.innoscape.model.DiagramFilter;
import org.innoscape.model.DiagramNode;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.LayoutDirection;
import org.innoscape.model.LineRouting;
import org.innoscape.model.NodeAppearance;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.model.impl.DiagramImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DiagramImpl#getEnabledLayers <em>Enabled Layers</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DiagramImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DiagramImpl#getEdges <em>Edges</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DiagramImpl#getHiddenElements <em>Hidden Elements</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DiagramImpl#getFilters <em>Filters</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DiagramImpl#getLayoutDirection <em>Layout Direction</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DiagramImpl#getLineRouting <em>Line Routing</em>}</li>
 *   <li>{@link org.innoscape.model.impl.DiagramImpl#getAppearances <em>Appearances</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramImpl extends ModelElementImpl implements Diagram {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnabledLayers() <em>Enabled Layers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnabledLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> enabledLayers;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<DiagramNode> nodes;

	/**
	 * The cached value of the '{@link #getEdges() <em>Edges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdges()
	 * @generated
	 * @ordered
	 */
	protected EList<DiagramEdge> edges;

	/**
	 * The cached value of the '{@link #getHiddenElements() <em>Hidden Elements</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenElements()
	 * @generated
	 * @ordered
	 */
	protected EList<EObject> hiddenElements;

	/**
	 * The cached value of the '{@link #getFilters() <em>Filters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<DiagramFilter> filters;

	/**
	 * The default value of the '{@link #getLayoutDirection() <em>Layout Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutDirection()
	 * @generated
	 * @ordered
	 */
	protected static final LayoutDirection LAYOUT_DIRECTION_EDEFAULT = LayoutDirection.RIGHT;

	/**
	 * The cached value of the '{@link #getLayoutDirection() <em>Layout Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutDirection()
	 * @generated
	 * @ordered
	 */
	protected LayoutDirection layoutDirection = LAYOUT_DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLineRouting() <em>Line Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineRouting()
	 * @generated
	 * @ordered
	 */
	protected static final LineRouting LINE_ROUTING_EDEFAULT = LineRouting.STRAIGHT;

	/**
	 * The cached value of the '{@link #getLineRouting() <em>Line Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineRouting()
	 * @generated
	 * @ordered
	 */
	protected LineRouting lineRouting = LINE_ROUTING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAppearances() <em>Appearances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppearances()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeAppearance> appearances;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InnoscapePackage.Literals.DIAGRAM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.DIAGRAM__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEnabledLayers() {
		if (enabledLayers == null) {
			enabledLayers = new EDataTypeUniqueEList<String>(String.class, this, InnoscapePackage.DIAGRAM__ENABLED_LAYERS);
		}
		return enabledLayers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiagramNode> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<DiagramNode>(DiagramNode.class, this, InnoscapePackage.DIAGRAM__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiagramEdge> getEdges() {
		if (edges == null) {
			edges = new EObjectContainmentEList<DiagramEdge>(DiagramEdge.class, this, InnoscapePackage.DIAGRAM__EDGES);
		}
		return edges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EObject> getHiddenElements() {
		if (hiddenElements == null) {
			hiddenElements = new EObjectResolvingEList<EObject>(EObject.class, this, InnoscapePackage.DIAGRAM__HIDDEN_ELEMENTS);
		}
		return hiddenElements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiagramFilter> getFilters() {
		if (filters == null) {
			filters = new EObjectContainmentEList<DiagramFilter>(DiagramFilter.class, this, InnoscapePackage.DIAGRAM__FILTERS);
		}
		return filters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutDirection getLayoutDirection() {
		return layoutDirection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayoutDirection(LayoutDirection newLayoutDirection) {
		LayoutDirection oldLayoutDirection = layoutDirection;
		layoutDirection = newLayoutDirection == null ? LAYOUT_DIRECTION_EDEFAULT : newLayoutDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.DIAGRAM__LAYOUT_DIRECTION, oldLayoutDirection, layoutDirection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineRouting getLineRouting() {
		return lineRouting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineRouting(LineRouting newLineRouting) {
		LineRouting oldLineRouting = lineRouting;
		lineRouting = newLineRouting == null ? LINE_ROUTING_EDEFAULT : newLineRouting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InnoscapePackage.DIAGRAM__LINE_ROUTING, oldLineRouting, lineRouting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeAppearance> getAppearances() {
		if (appearances == null) {
			appearances = new EObjectContainmentEList<NodeAppearance>(NodeAppearance.class, this, InnoscapePackage.DIAGRAM__APPEARANCES);
		}
		return appearances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InnoscapePackage.DIAGRAM__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case InnoscapePackage.DIAGRAM__EDGES:
				return ((InternalEList<?>)getEdges()).basicRemove(otherEnd, msgs);
			case InnoscapePackage.DIAGRAM__FILTERS:
				return ((InternalEList<?>)getFilters()).basicRemove(otherEnd, msgs);
			case InnoscapePackage.DIAGRAM__APPEARANCES:
				return ((InternalEList<?>)getAppearances()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InnoscapePackage.DIAGRAM__TYPE:
				return getType();
			case InnoscapePackage.DIAGRAM__ENABLED_LAYERS:
				return getEnabledLayers();
			case InnoscapePackage.DIAGRAM__NODES:
				return getNodes();
			case InnoscapePackage.DIAGRAM__EDGES:
				return getEdges();
			case InnoscapePackage.DIAGRAM__HIDDEN_ELEMENTS:
				return getHiddenElements();
			case InnoscapePackage.DIAGRAM__FILTERS:
				return getFilters();
			case InnoscapePackage.DIAGRAM__LAYOUT_DIRECTION:
				return getLayoutDirection();
			case InnoscapePackage.DIAGRAM__LINE_ROUTING:
				return getLineRouting();
			case InnoscapePackage.DIAGRAM__APPEARANCES:
				return getAppearances();
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
			case InnoscapePackage.DIAGRAM__TYPE:
				setType((String)newValue);
				return;
			case InnoscapePackage.DIAGRAM__ENABLED_LAYERS:
				getEnabledLayers().clear();
				getEnabledLayers().addAll((Collection<? extends String>)newValue);
				return;
			case InnoscapePackage.DIAGRAM__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends DiagramNode>)newValue);
				return;
			case InnoscapePackage.DIAGRAM__EDGES:
				getEdges().clear();
				getEdges().addAll((Collection<? extends DiagramEdge>)newValue);
				return;
			case InnoscapePackage.DIAGRAM__HIDDEN_ELEMENTS:
				getHiddenElements().clear();
				getHiddenElements().addAll((Collection<? extends EObject>)newValue);
				return;
			case InnoscapePackage.DIAGRAM__FILTERS:
				getFilters().clear();
				getFilters().addAll((Collection<? extends DiagramFilter>)newValue);
				return;
			case InnoscapePackage.DIAGRAM__LAYOUT_DIRECTION:
				setLayoutDirection((LayoutDirection)newValue);
				return;
			case InnoscapePackage.DIAGRAM__LINE_ROUTING:
				setLineRouting((LineRouting)newValue);
				return;
			case InnoscapePackage.DIAGRAM__APPEARANCES:
				getAppearances().clear();
				getAppearances().addAll((Collection<? extends NodeAppearance>)newValue);
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
			case InnoscapePackage.DIAGRAM__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case InnoscapePackage.DIAGRAM__ENABLED_LAYERS:
				getEnabledLayers().clear();
				return;
			case InnoscapePackage.DIAGRAM__NODES:
				getNodes().clear();
				return;
			case InnoscapePackage.DIAGRAM__EDGES:
				getEdges().clear();
				return;
			case InnoscapePackage.DIAGRAM__HIDDEN_ELEMENTS:
				getHiddenElements().clear();
				return;
			case InnoscapePackage.DIAGRAM__FILTERS:
				getFilters().clear();
				return;
			case InnoscapePackage.DIAGRAM__LAYOUT_DIRECTION:
				setLayoutDirection(LAYOUT_DIRECTION_EDEFAULT);
				return;
			case InnoscapePackage.DIAGRAM__LINE_ROUTING:
				setLineRouting(LINE_ROUTING_EDEFAULT);
				return;
			case InnoscapePackage.DIAGRAM__APPEARANCES:
				getAppearances().clear();
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
			case InnoscapePackage.DIAGRAM__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case InnoscapePackage.DIAGRAM__ENABLED_LAYERS:
				return enabledLayers != null && !enabledLayers.isEmpty();
			case InnoscapePackage.DIAGRAM__NODES:
				return nodes != null && !nodes.isEmpty();
			case InnoscapePackage.DIAGRAM__EDGES:
				return edges != null && !edges.isEmpty();
			case InnoscapePackage.DIAGRAM__HIDDEN_ELEMENTS:
				return hiddenElements != null && !hiddenElements.isEmpty();
			case InnoscapePackage.DIAGRAM__FILTERS:
				return filters != null && !filters.isEmpty();
			case InnoscapePackage.DIAGRAM__LAYOUT_DIRECTION:
				return layoutDirection != LAYOUT_DIRECTION_EDEFAULT;
			case InnoscapePackage.DIAGRAM__LINE_ROUTING:
				return lineRouting != LINE_ROUTING_EDEFAULT;
			case InnoscapePackage.DIAGRAM__APPEARANCES:
				return appearances != null && !appearances.isEmpty();
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
		result.append(" (type: ");
		result.append(type);
		result.append(", enabledLayers: ");
		result.append(enabledLayers);
		result.append(", layoutDirection: ");
		result.append(layoutDirection);
		result.append(", lineRouting: ");
		result.append(lineRouting);
		result.append(')');
		return result.toString();
	}

} //DiagramImpl
