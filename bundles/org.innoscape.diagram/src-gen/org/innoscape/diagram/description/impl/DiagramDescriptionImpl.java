/**
 */
package org.innoscape.diagram.description.impl;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.BasicEList;
import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.innoscape.diagram.description.Arrangement;
import org.innoscape.diagram.description.DescriptionPackage;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.description.EdgeCreationTool;
import org.innoscape.diagram.description.EdgeMapping;
import org.innoscape.diagram.description.FilterDescription;
import org.innoscape.diagram.description.Layer;
import org.innoscape.diagram.description.NodeCreationTool;
import org.innoscape.diagram.description.NodeMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.impl.DiagramDescriptionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.DiagramDescriptionImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.DiagramDescriptionImpl#getDocumentation <em>Documentation</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.DiagramDescriptionImpl#getArrangement <em>Arrangement</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.DiagramDescriptionImpl#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.DiagramDescriptionImpl#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.DiagramDescriptionImpl#getEdgeMappings <em>Edge Mappings</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.DiagramDescriptionImpl#getNodeTools <em>Node Tools</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.DiagramDescriptionImpl#getEdgeTools <em>Edge Tools</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.DiagramDescriptionImpl#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramDescriptionImpl extends EObjectImpl implements DiagramDescription {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentation() <em>Documentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentation()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENTATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentation() <em>Documentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentation()
	 * @generated
	 * @ordered
	 */
	protected String documentation = DOCUMENTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getArrangement() <em>Arrangement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArrangement()
	 * @generated
	 * @ordered
	 */
	protected static final Arrangement ARRANGEMENT_EDEFAULT = Arrangement.FREE;

	/**
	 * The cached value of the '{@link #getArrangement() <em>Arrangement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArrangement()
	 * @generated
	 * @ordered
	 */
	protected Arrangement arrangement = ARRANGEMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLayers() <em>Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<Layer> layers;

	/**
	 * The cached value of the '{@link #getNodeMappings() <em>Node Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> nodeMappings;

	/**
	 * The cached value of the '{@link #getEdgeMappings() <em>Edge Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdgeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<EdgeMapping> edgeMappings;

	/**
	 * The cached value of the '{@link #getNodeTools() <em>Node Tools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeTools()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeCreationTool> nodeTools;

	/**
	 * The cached value of the '{@link #getEdgeTools() <em>Edge Tools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdgeTools()
	 * @generated
	 * @ordered
	 */
	protected EList<EdgeCreationTool> edgeTools;

	/**
	 * The cached value of the '{@link #getFilters() <em>Filters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<FilterDescription> filters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.DIAGRAM_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentation() {
		return documentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentation(String newDocumentation) {
		String oldDocumentation = documentation;
		documentation = newDocumentation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__DOCUMENTATION, oldDocumentation, documentation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arrangement getArrangement() {
		return arrangement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArrangement(Arrangement newArrangement) {
		Arrangement oldArrangement = arrangement;
		arrangement = newArrangement == null ? ARRANGEMENT_EDEFAULT : newArrangement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__ARRANGEMENT, oldArrangement, arrangement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Layer> getLayers() {
		if (layers == null) {
			layers = new EObjectContainmentEList<Layer>(Layer.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS);
		}
		return layers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getNodeMappings() {
		if (nodeMappings == null) {
			nodeMappings = new EObjectContainmentEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_MAPPINGS);
		}
		return nodeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EdgeMapping> getEdgeMappings() {
		if (edgeMappings == null) {
			edgeMappings = new EObjectContainmentEList<EdgeMapping>(EdgeMapping.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_MAPPINGS);
		}
		return edgeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeCreationTool> getNodeTools() {
		if (nodeTools == null) {
			nodeTools = new EObjectContainmentEList<NodeCreationTool>(NodeCreationTool.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_TOOLS);
		}
		return nodeTools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EdgeCreationTool> getEdgeTools() {
		if (edgeTools == null) {
			edgeTools = new EObjectContainmentEList<EdgeCreationTool>(EdgeCreationTool.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_TOOLS);
		}
		return edgeTools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FilterDescription> getFilters() {
		if (filters == null) {
			filters = new EObjectContainmentEList<FilterDescription>(FilterDescription.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS);
		}
		return filters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public Layer findLayer(String layerId) {
		for (Layer layer : getLayers()) {
			if (layer.getId().equals(layerId)) {
				return layer;
			}
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public NodeMapping findNodeMapping(String mappingId) {
		for (NodeMapping mapping : allNodeMappings()) {
			if (mapping.getId().equals(mappingId)) {
				return mapping;
			}
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public EList<NodeMapping> allNodeMappings() {
		EList<NodeMapping> all = new BasicEList<>();
		for (NodeMapping mapping : getNodeMappings()) {
			addWithChildren(mapping, all);
		}
		return ECollections.unmodifiableEList(all);
	}

	/**
	 * Parents before their children, depth first.
	 * @generated NOT
	 */
	private static void addWithChildren(NodeMapping mapping, EList<NodeMapping> into) {
		into.add(mapping);
		for (NodeMapping child : mapping.getChildren()) {
			addWithChildren(child, into);
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public EdgeMapping findEdgeMapping(String mappingId) {
		for (EdgeMapping mapping : getEdgeMappings()) {
			if (mapping.getId().equals(mappingId)) {
				return mapping;
			}
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public FilterDescription findFilter(String filterId) {
		for (FilterDescription filter : getFilters()) {
			if (filter.getId().equals(filterId)) {
				return filter;
			}
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				return ((InternalEList<?>)getLayers()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_MAPPINGS:
				return ((InternalEList<?>)getNodeMappings()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_MAPPINGS:
				return ((InternalEList<?>)getEdgeMappings()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_TOOLS:
				return ((InternalEList<?>)getNodeTools()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_TOOLS:
				return ((InternalEList<?>)getEdgeTools()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return ((InternalEList<?>)getFilters()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ID:
				return getId();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LABEL:
				return getLabel();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOCUMENTATION:
				return getDocumentation();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ARRANGEMENT:
				return getArrangement();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				return getLayers();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_MAPPINGS:
				return getNodeMappings();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_MAPPINGS:
				return getEdgeMappings();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_TOOLS:
				return getNodeTools();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_TOOLS:
				return getEdgeTools();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return getFilters();
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ID:
				setId((String)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LABEL:
				setLabel((String)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOCUMENTATION:
				setDocumentation((String)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ARRANGEMENT:
				setArrangement((Arrangement)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				getLayers().clear();
				getLayers().addAll((Collection<? extends Layer>)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_MAPPINGS:
				getNodeMappings().clear();
				getNodeMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_MAPPINGS:
				getEdgeMappings().clear();
				getEdgeMappings().addAll((Collection<? extends EdgeMapping>)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_TOOLS:
				getNodeTools().clear();
				getNodeTools().addAll((Collection<? extends NodeCreationTool>)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_TOOLS:
				getEdgeTools().clear();
				getEdgeTools().addAll((Collection<? extends EdgeCreationTool>)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				getFilters().clear();
				getFilters().addAll((Collection<? extends FilterDescription>)newValue);
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ID:
				setId(ID_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOCUMENTATION:
				setDocumentation(DOCUMENTATION_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ARRANGEMENT:
				setArrangement(ARRANGEMENT_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				getLayers().clear();
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_MAPPINGS:
				getNodeMappings().clear();
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_MAPPINGS:
				getEdgeMappings().clear();
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_TOOLS:
				getNodeTools().clear();
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_TOOLS:
				getEdgeTools().clear();
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				getFilters().clear();
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOCUMENTATION:
				return DOCUMENTATION_EDEFAULT == null ? documentation != null : !DOCUMENTATION_EDEFAULT.equals(documentation);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ARRANGEMENT:
				return arrangement != ARRANGEMENT_EDEFAULT;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				return layers != null && !layers.isEmpty();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_MAPPINGS:
				return nodeMappings != null && !nodeMappings.isEmpty();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_MAPPINGS:
				return edgeMappings != null && !edgeMappings.isEmpty();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_TOOLS:
				return nodeTools != null && !nodeTools.isEmpty();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_TOOLS:
				return edgeTools != null && !edgeTools.isEmpty();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return filters != null && !filters.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case DescriptionPackage.DIAGRAM_DESCRIPTION___FIND_LAYER__STRING:
				return findLayer((String)arguments.get(0));
			case DescriptionPackage.DIAGRAM_DESCRIPTION___FIND_NODE_MAPPING__STRING:
				return findNodeMapping((String)arguments.get(0));
			case DescriptionPackage.DIAGRAM_DESCRIPTION___ALL_NODE_MAPPINGS:
				return allNodeMappings();
			case DescriptionPackage.DIAGRAM_DESCRIPTION___FIND_EDGE_MAPPING__STRING:
				return findEdgeMapping((String)arguments.get(0));
			case DescriptionPackage.DIAGRAM_DESCRIPTION___FIND_FILTER__STRING:
				return findFilter((String)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", label: ");
		result.append(label);
		result.append(", documentation: ");
		result.append(documentation);
		result.append(", arrangement: ");
		result.append(arrangement);
		result.append(')');
		return result.toString();
	}

} //DiagramDescriptionImpl
