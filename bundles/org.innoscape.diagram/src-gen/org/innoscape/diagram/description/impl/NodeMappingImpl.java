/**
 */
package org.innoscape.diagram.description.impl;

import org.innoscape.model.ModelElement;
import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.innoscape.diagram.description.MappingRules;
import org.innoscape.diagram.description.DescriptionPackage;
import org.innoscape.diagram.description.ElementCondition;
import org.innoscape.diagram.description.ElementQuery;
import org.innoscape.diagram.description.ElementText;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.description.NodeStyle;
import org.innoscape.diagram.description.NodeStyleFunction;
import org.innoscape.diagram.description.NodeStyleRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.impl.NodeMappingImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.NodeMappingImpl#getCandidates <em>Candidates</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.NodeMappingImpl#getPrecondition <em>Precondition</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.NodeMappingImpl#getLabelText <em>Label Text</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.NodeMappingImpl#getLabelFeature <em>Label Feature</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.NodeMappingImpl#getBaseStyle <em>Base Style</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.NodeMappingImpl#getStyleRules <em>Style Rules</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.NodeMappingImpl#getInitialSizeSource <em>Initial Size Source</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.NodeMappingImpl#isSynchronizedWithModel <em>Synchronized With Model</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.NodeMappingImpl#getLaneMembership <em>Lane Membership</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.NodeMappingImpl#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeMappingImpl extends MappingImpl implements NodeMapping {
	/**
	 * The cached value of the '{@link #getDomainClass() <em>Domain Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected EClass domainClass;

	/**
	 * The default value of the '{@link #getCandidates() <em>Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCandidates()
	 * @generated
	 * @ordered
	 */
	protected static final ElementQuery CANDIDATES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCandidates() <em>Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCandidates()
	 * @generated
	 * @ordered
	 */
	protected ElementQuery candidates = CANDIDATES_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrecondition() <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecondition()
	 * @generated
	 * @ordered
	 */
	protected static final ElementCondition PRECONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrecondition() <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecondition()
	 * @generated
	 * @ordered
	 */
	protected ElementCondition precondition = PRECONDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelText() <em>Label Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelText()
	 * @generated
	 * @ordered
	 */
	protected static final ElementText LABEL_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelText() <em>Label Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelText()
	 * @generated
	 * @ordered
	 */
	protected ElementText labelText = LABEL_TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabelFeature() <em>Label Feature</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelFeature()
	 * @generated
	 * @ordered
	 */
	protected EAttribute labelFeature;

	/**
	 * The default value of the '{@link #getBaseStyle() <em>Base Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseStyle()
	 * @generated
	 * @ordered
	 */
	protected static final NodeStyleFunction BASE_STYLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseStyle() <em>Base Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseStyle()
	 * @generated
	 * @ordered
	 */
	protected NodeStyleFunction baseStyle = BASE_STYLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStyleRules() <em>Style Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyleRules()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeStyleRule> styleRules;

	/**
	 * The default value of the '{@link #getInitialSizeSource() <em>Initial Size Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialSizeSource()
	 * @generated
	 * @ordered
	 */
	protected static final String INITIAL_SIZE_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitialSizeSource() <em>Initial Size Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialSizeSource()
	 * @generated
	 * @ordered
	 */
	protected String initialSizeSource = INITIAL_SIZE_SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSynchronizedWithModel() <em>Synchronized With Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynchronizedWithModel()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SYNCHRONIZED_WITH_MODEL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSynchronizedWithModel() <em>Synchronized With Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynchronizedWithModel()
	 * @generated
	 * @ordered
	 */
	protected boolean synchronizedWithModel = SYNCHRONIZED_WITH_MODEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLaneMembership() <em>Lane Membership</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLaneMembership()
	 * @generated
	 * @ordered
	 */
	protected EReference laneMembership;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> children;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.NODE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDomainClass() {
		if (domainClass != null && domainClass.eIsProxy()) {
			InternalEObject oldDomainClass = (InternalEObject)domainClass;
			domainClass = (EClass)eResolveProxy(oldDomainClass);
			if (domainClass != oldDomainClass) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.NODE_MAPPING__DOMAIN_CLASS, oldDomainClass, domainClass));
			}
		}
		return domainClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EClass basicGetDomainClass() {
		return domainClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomainClass(EClass newDomainClass) {
		EClass oldDomainClass = domainClass;
		domainClass = newDomainClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElementQuery getCandidates() {
		return candidates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCandidates(ElementQuery newCandidates) {
		ElementQuery oldCandidates = candidates;
		candidates = newCandidates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__CANDIDATES, oldCandidates, candidates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElementCondition getPrecondition() {
		return precondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrecondition(ElementCondition newPrecondition) {
		ElementCondition oldPrecondition = precondition;
		precondition = newPrecondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__PRECONDITION, oldPrecondition, precondition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElementText getLabelText() {
		return labelText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelText(ElementText newLabelText) {
		ElementText oldLabelText = labelText;
		labelText = newLabelText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__LABEL_TEXT, oldLabelText, labelText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelFeature() {
		if (labelFeature != null && labelFeature.eIsProxy()) {
			InternalEObject oldLabelFeature = (InternalEObject)labelFeature;
			labelFeature = (EAttribute)eResolveProxy(oldLabelFeature);
			if (labelFeature != oldLabelFeature) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.NODE_MAPPING__LABEL_FEATURE, oldLabelFeature, labelFeature));
			}
		}
		return labelFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EAttribute basicGetLabelFeature() {
		return labelFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelFeature(EAttribute newLabelFeature) {
		EAttribute oldLabelFeature = labelFeature;
		labelFeature = newLabelFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__LABEL_FEATURE, oldLabelFeature, labelFeature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeStyleFunction getBaseStyle() {
		return baseStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseStyle(NodeStyleFunction newBaseStyle) {
		NodeStyleFunction oldBaseStyle = baseStyle;
		baseStyle = newBaseStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__BASE_STYLE, oldBaseStyle, baseStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeStyleRule> getStyleRules() {
		if (styleRules == null) {
			styleRules = new EObjectContainmentEList<NodeStyleRule>(NodeStyleRule.class, this, DescriptionPackage.NODE_MAPPING__STYLE_RULES);
		}
		return styleRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitialSizeSource() {
		return initialSizeSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialSizeSource(String newInitialSizeSource) {
		String oldInitialSizeSource = initialSizeSource;
		initialSizeSource = newInitialSizeSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__INITIAL_SIZE_SOURCE, oldInitialSizeSource, initialSizeSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSynchronizedWithModel() {
		return synchronizedWithModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSynchronizedWithModel(boolean newSynchronizedWithModel) {
		boolean oldSynchronizedWithModel = synchronizedWithModel;
		synchronizedWithModel = newSynchronizedWithModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__SYNCHRONIZED_WITH_MODEL, oldSynchronizedWithModel, synchronizedWithModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLaneMembership() {
		if (laneMembership != null && laneMembership.eIsProxy()) {
			InternalEObject oldLaneMembership = (InternalEObject)laneMembership;
			laneMembership = (EReference)eResolveProxy(oldLaneMembership);
			if (laneMembership != oldLaneMembership) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.NODE_MAPPING__LANE_MEMBERSHIP, oldLaneMembership, laneMembership));
			}
		}
		return laneMembership;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EReference basicGetLaneMembership() {
		return laneMembership;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLaneMembership(EReference newLaneMembership) {
		EReference oldLaneMembership = laneMembership;
		laneMembership = newLaneMembership;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__LANE_MEMBERSHIP, oldLaneMembership, laneMembership));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getChildren() {
		if (children == null) {
			children = new EObjectContainmentEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.NODE_MAPPING__CHILDREN);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public EList<EObject> candidatesOf(EObject semanticParent) {
		return MappingRules.candidates(candidates, semanticParent, this::accepts);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public boolean accepts(EObject element) {
		return MappingRules.accepts(domainClass, precondition, element);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String labelOf(EObject element) {
		String text = labelText != null ? labelText.textOf(element)
				: element instanceof ModelElement named ? named.getName() : null;
		return text == null ? "" : text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public NodeStyle styleOf(EObject element) {
		NodeStyleRule rule = MappingRules.firstMatching(getStyleRules(), element);
		return rule != null ? rule.getStyle() : baseStyle.styleOf(element);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public boolean isContainer() {
		return !getChildren().isEmpty();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.NODE_MAPPING__STYLE_RULES:
				return ((InternalEList<?>)getStyleRules()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.NODE_MAPPING__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.NODE_MAPPING__DOMAIN_CLASS:
				if (resolve) return getDomainClass();
				return basicGetDomainClass();
			case DescriptionPackage.NODE_MAPPING__CANDIDATES:
				return getCandidates();
			case DescriptionPackage.NODE_MAPPING__PRECONDITION:
				return getPrecondition();
			case DescriptionPackage.NODE_MAPPING__LABEL_TEXT:
				return getLabelText();
			case DescriptionPackage.NODE_MAPPING__LABEL_FEATURE:
				if (resolve) return getLabelFeature();
				return basicGetLabelFeature();
			case DescriptionPackage.NODE_MAPPING__BASE_STYLE:
				return getBaseStyle();
			case DescriptionPackage.NODE_MAPPING__STYLE_RULES:
				return getStyleRules();
			case DescriptionPackage.NODE_MAPPING__INITIAL_SIZE_SOURCE:
				return getInitialSizeSource();
			case DescriptionPackage.NODE_MAPPING__SYNCHRONIZED_WITH_MODEL:
				return isSynchronizedWithModel();
			case DescriptionPackage.NODE_MAPPING__LANE_MEMBERSHIP:
				if (resolve) return getLaneMembership();
				return basicGetLaneMembership();
			case DescriptionPackage.NODE_MAPPING__CHILDREN:
				return getChildren();
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
			case DescriptionPackage.NODE_MAPPING__DOMAIN_CLASS:
				setDomainClass((EClass)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__CANDIDATES:
				setCandidates((ElementQuery)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__PRECONDITION:
				setPrecondition((ElementCondition)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__LABEL_TEXT:
				setLabelText((ElementText)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__LABEL_FEATURE:
				setLabelFeature((EAttribute)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__BASE_STYLE:
				setBaseStyle((NodeStyleFunction)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__STYLE_RULES:
				getStyleRules().clear();
				getStyleRules().addAll((Collection<? extends NodeStyleRule>)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__INITIAL_SIZE_SOURCE:
				setInitialSizeSource((String)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__SYNCHRONIZED_WITH_MODEL:
				setSynchronizedWithModel((Boolean)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__LANE_MEMBERSHIP:
				setLaneMembership((EReference)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends NodeMapping>)newValue);
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
			case DescriptionPackage.NODE_MAPPING__DOMAIN_CLASS:
				setDomainClass((EClass)null);
				return;
			case DescriptionPackage.NODE_MAPPING__CANDIDATES:
				setCandidates(CANDIDATES_EDEFAULT);
				return;
			case DescriptionPackage.NODE_MAPPING__PRECONDITION:
				setPrecondition(PRECONDITION_EDEFAULT);
				return;
			case DescriptionPackage.NODE_MAPPING__LABEL_TEXT:
				setLabelText(LABEL_TEXT_EDEFAULT);
				return;
			case DescriptionPackage.NODE_MAPPING__LABEL_FEATURE:
				setLabelFeature((EAttribute)null);
				return;
			case DescriptionPackage.NODE_MAPPING__BASE_STYLE:
				setBaseStyle(BASE_STYLE_EDEFAULT);
				return;
			case DescriptionPackage.NODE_MAPPING__STYLE_RULES:
				getStyleRules().clear();
				return;
			case DescriptionPackage.NODE_MAPPING__INITIAL_SIZE_SOURCE:
				setInitialSizeSource(INITIAL_SIZE_SOURCE_EDEFAULT);
				return;
			case DescriptionPackage.NODE_MAPPING__SYNCHRONIZED_WITH_MODEL:
				setSynchronizedWithModel(SYNCHRONIZED_WITH_MODEL_EDEFAULT);
				return;
			case DescriptionPackage.NODE_MAPPING__LANE_MEMBERSHIP:
				setLaneMembership((EReference)null);
				return;
			case DescriptionPackage.NODE_MAPPING__CHILDREN:
				getChildren().clear();
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
			case DescriptionPackage.NODE_MAPPING__DOMAIN_CLASS:
				return domainClass != null;
			case DescriptionPackage.NODE_MAPPING__CANDIDATES:
				return CANDIDATES_EDEFAULT == null ? candidates != null : !CANDIDATES_EDEFAULT.equals(candidates);
			case DescriptionPackage.NODE_MAPPING__PRECONDITION:
				return PRECONDITION_EDEFAULT == null ? precondition != null : !PRECONDITION_EDEFAULT.equals(precondition);
			case DescriptionPackage.NODE_MAPPING__LABEL_TEXT:
				return LABEL_TEXT_EDEFAULT == null ? labelText != null : !LABEL_TEXT_EDEFAULT.equals(labelText);
			case DescriptionPackage.NODE_MAPPING__LABEL_FEATURE:
				return labelFeature != null;
			case DescriptionPackage.NODE_MAPPING__BASE_STYLE:
				return BASE_STYLE_EDEFAULT == null ? baseStyle != null : !BASE_STYLE_EDEFAULT.equals(baseStyle);
			case DescriptionPackage.NODE_MAPPING__STYLE_RULES:
				return styleRules != null && !styleRules.isEmpty();
			case DescriptionPackage.NODE_MAPPING__INITIAL_SIZE_SOURCE:
				return INITIAL_SIZE_SOURCE_EDEFAULT == null ? initialSizeSource != null : !INITIAL_SIZE_SOURCE_EDEFAULT.equals(initialSizeSource);
			case DescriptionPackage.NODE_MAPPING__SYNCHRONIZED_WITH_MODEL:
				return synchronizedWithModel != SYNCHRONIZED_WITH_MODEL_EDEFAULT;
			case DescriptionPackage.NODE_MAPPING__LANE_MEMBERSHIP:
				return laneMembership != null;
			case DescriptionPackage.NODE_MAPPING__CHILDREN:
				return children != null && !children.isEmpty();
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
			case DescriptionPackage.NODE_MAPPING___CANDIDATES_OF__EOBJECT:
				return candidatesOf((EObject)arguments.get(0));
			case DescriptionPackage.NODE_MAPPING___ACCEPTS__EOBJECT:
				return accepts((EObject)arguments.get(0));
			case DescriptionPackage.NODE_MAPPING___LABEL_OF__EOBJECT:
				return labelOf((EObject)arguments.get(0));
			case DescriptionPackage.NODE_MAPPING___STYLE_OF__EOBJECT:
				return styleOf((EObject)arguments.get(0));
			case DescriptionPackage.NODE_MAPPING___IS_CONTAINER:
				return isContainer();
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
		result.append(" (candidates: ");
		result.append(candidates);
		result.append(", precondition: ");
		result.append(precondition);
		result.append(", labelText: ");
		result.append(labelText);
		result.append(", baseStyle: ");
		result.append(baseStyle);
		result.append(", initialSizeSource: ");
		result.append(initialSizeSource);
		result.append(", synchronizedWithModel: ");
		result.append(synchronizedWithModel);
		result.append(')');
		return result.toString();
	}

} //NodeMappingImpl
