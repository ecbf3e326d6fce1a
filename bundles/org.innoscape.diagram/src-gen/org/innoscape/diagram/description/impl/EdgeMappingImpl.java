/**
 */
package org.innoscape.diagram.description.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.innoscape.diagram.description.MappingRules;
import org.innoscape.diagram.description.DescriptionPackage;
import org.innoscape.diagram.description.EdgeMapping;
import org.innoscape.diagram.description.EdgeStyle;
import org.innoscape.diagram.description.EdgeStyleRule;
import org.innoscape.diagram.description.ElementText;
import org.innoscape.diagram.description.NodeMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.impl.EdgeMappingImpl#getSourceMappings <em>Source Mappings</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.EdgeMappingImpl#getTargetMappings <em>Target Mappings</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.EdgeMappingImpl#getBaseStyle <em>Base Style</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.EdgeMappingImpl#getStyleRules <em>Style Rules</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.EdgeMappingImpl#getLabelText <em>Label Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class EdgeMappingImpl extends MappingImpl implements EdgeMapping {
	/**
	 * The cached value of the '{@link #getSourceMappings() <em>Source Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> sourceMappings;

	/**
	 * The cached value of the '{@link #getTargetMappings() <em>Target Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> targetMappings;

	/**
	 * The default value of the '{@link #getBaseStyle() <em>Base Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseStyle()
	 * @generated
	 * @ordered
	 */
	protected static final EdgeStyle BASE_STYLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseStyle() <em>Base Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseStyle()
	 * @generated
	 * @ordered
	 */
	protected EdgeStyle baseStyle = BASE_STYLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStyleRules() <em>Style Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyleRules()
	 * @generated
	 * @ordered
	 */
	protected EList<EdgeStyleRule> styleRules;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.EDGE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getSourceMappings() {
		if (sourceMappings == null) {
			sourceMappings = new EObjectResolvingEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS);
		}
		return sourceMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getTargetMappings() {
		if (targetMappings == null) {
			targetMappings = new EObjectResolvingEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS);
		}
		return targetMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeStyle getBaseStyle() {
		return baseStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseStyle(EdgeStyle newBaseStyle) {
		EdgeStyle oldBaseStyle = baseStyle;
		baseStyle = newBaseStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__BASE_STYLE, oldBaseStyle, baseStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EdgeStyleRule> getStyleRules() {
		if (styleRules == null) {
			styleRules = new EObjectContainmentEList<EdgeStyleRule>(EdgeStyleRule.class, this, DescriptionPackage.EDGE_MAPPING__STYLE_RULES);
		}
		return styleRules;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__LABEL_TEXT, oldLabelText, labelText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String labelOf(EObject element) {
		return labelText == null || element == null ? null : labelText.textOf(element);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public EdgeStyle styleOf(EObject element) {
		EdgeStyleRule rule = MappingRules.firstMatching(getStyleRules(), element);
		return rule != null ? rule.getStyle() : baseStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.EDGE_MAPPING__STYLE_RULES:
				return ((InternalEList<?>)getStyleRules()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				return getSourceMappings();
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				return getTargetMappings();
			case DescriptionPackage.EDGE_MAPPING__BASE_STYLE:
				return getBaseStyle();
			case DescriptionPackage.EDGE_MAPPING__STYLE_RULES:
				return getStyleRules();
			case DescriptionPackage.EDGE_MAPPING__LABEL_TEXT:
				return getLabelText();
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				getSourceMappings().clear();
				getSourceMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				getTargetMappings().clear();
				getTargetMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__BASE_STYLE:
				setBaseStyle((EdgeStyle)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__STYLE_RULES:
				getStyleRules().clear();
				getStyleRules().addAll((Collection<? extends EdgeStyleRule>)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__LABEL_TEXT:
				setLabelText((ElementText)newValue);
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				getSourceMappings().clear();
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				getTargetMappings().clear();
				return;
			case DescriptionPackage.EDGE_MAPPING__BASE_STYLE:
				setBaseStyle(BASE_STYLE_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_MAPPING__STYLE_RULES:
				getStyleRules().clear();
				return;
			case DescriptionPackage.EDGE_MAPPING__LABEL_TEXT:
				setLabelText(LABEL_TEXT_EDEFAULT);
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				return sourceMappings != null && !sourceMappings.isEmpty();
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				return targetMappings != null && !targetMappings.isEmpty();
			case DescriptionPackage.EDGE_MAPPING__BASE_STYLE:
				return BASE_STYLE_EDEFAULT == null ? baseStyle != null : !BASE_STYLE_EDEFAULT.equals(baseStyle);
			case DescriptionPackage.EDGE_MAPPING__STYLE_RULES:
				return styleRules != null && !styleRules.isEmpty();
			case DescriptionPackage.EDGE_MAPPING__LABEL_TEXT:
				return LABEL_TEXT_EDEFAULT == null ? labelText != null : !LABEL_TEXT_EDEFAULT.equals(labelText);
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
			case DescriptionPackage.EDGE_MAPPING___LABEL_OF__EOBJECT:
				return labelOf((EObject)arguments.get(0));
			case DescriptionPackage.EDGE_MAPPING___STYLE_OF__EOBJECT:
				return styleOf((EObject)arguments.get(0));
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
		result.append(" (baseStyle: ");
		result.append(baseStyle);
		result.append(", labelText: ");
		result.append(labelText);
		result.append(')');
		return result.toString();
	}

} //EdgeMappingImpl
