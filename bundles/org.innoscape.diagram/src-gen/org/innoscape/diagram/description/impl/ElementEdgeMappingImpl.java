/**
 */
package org.innoscape.diagram.description.impl;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.innoscape.diagram.description.MappingRules;
import org.innoscape.diagram.description.DescriptionPackage;
import org.innoscape.diagram.description.ElementCondition;
import org.innoscape.diagram.description.ElementEdgeMapping;
import org.innoscape.diagram.description.ElementQuery;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Element Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.impl.ElementEdgeMappingImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.ElementEdgeMappingImpl#getSourceFeature <em>Source Feature</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.ElementEdgeMappingImpl#getTargetFeature <em>Target Feature</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.ElementEdgeMappingImpl#getCandidates <em>Candidates</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.ElementEdgeMappingImpl#getPrecondition <em>Precondition</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ElementEdgeMappingImpl extends EdgeMappingImpl implements ElementEdgeMapping {
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
	 * The cached value of the '{@link #getSourceFeature() <em>Source Feature</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFeature()
	 * @generated
	 * @ordered
	 */
	protected EReference sourceFeature;

	/**
	 * The cached value of the '{@link #getTargetFeature() <em>Target Feature</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFeature()
	 * @generated
	 * @ordered
	 */
	protected EReference targetFeature;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ElementEdgeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.ELEMENT_EDGE_MAPPING;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.ELEMENT_EDGE_MAPPING__DOMAIN_CLASS, oldDomainClass, domainClass));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ELEMENT_EDGE_MAPPING__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSourceFeature() {
		if (sourceFeature != null && sourceFeature.eIsProxy()) {
			InternalEObject oldSourceFeature = (InternalEObject)sourceFeature;
			sourceFeature = (EReference)eResolveProxy(oldSourceFeature);
			if (sourceFeature != oldSourceFeature) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.ELEMENT_EDGE_MAPPING__SOURCE_FEATURE, oldSourceFeature, sourceFeature));
			}
		}
		return sourceFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EReference basicGetSourceFeature() {
		return sourceFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFeature(EReference newSourceFeature) {
		EReference oldSourceFeature = sourceFeature;
		sourceFeature = newSourceFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ELEMENT_EDGE_MAPPING__SOURCE_FEATURE, oldSourceFeature, sourceFeature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTargetFeature() {
		if (targetFeature != null && targetFeature.eIsProxy()) {
			InternalEObject oldTargetFeature = (InternalEObject)targetFeature;
			targetFeature = (EReference)eResolveProxy(oldTargetFeature);
			if (targetFeature != oldTargetFeature) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.ELEMENT_EDGE_MAPPING__TARGET_FEATURE, oldTargetFeature, targetFeature));
			}
		}
		return targetFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EReference basicGetTargetFeature() {
		return targetFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetFeature(EReference newTargetFeature) {
		EReference oldTargetFeature = targetFeature;
		targetFeature = newTargetFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ELEMENT_EDGE_MAPPING__TARGET_FEATURE, oldTargetFeature, targetFeature));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ELEMENT_EDGE_MAPPING__CANDIDATES, oldCandidates, candidates));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ELEMENT_EDGE_MAPPING__PRECONDITION, oldPrecondition, precondition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public EList<EObject> candidatesOf(EObject root) {
		return MappingRules.candidates(candidates, root, this::accepts);
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
	public EObject sourceOf(EObject element) {
		return (EObject) element.eGet(sourceFeature);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public EObject targetOf(EObject element) {
		return (EObject) element.eGet(targetFeature);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__DOMAIN_CLASS:
				if (resolve) return getDomainClass();
				return basicGetDomainClass();
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__SOURCE_FEATURE:
				if (resolve) return getSourceFeature();
				return basicGetSourceFeature();
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__TARGET_FEATURE:
				if (resolve) return getTargetFeature();
				return basicGetTargetFeature();
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__CANDIDATES:
				return getCandidates();
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__PRECONDITION:
				return getPrecondition();
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
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__DOMAIN_CLASS:
				setDomainClass((EClass)newValue);
				return;
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__SOURCE_FEATURE:
				setSourceFeature((EReference)newValue);
				return;
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__TARGET_FEATURE:
				setTargetFeature((EReference)newValue);
				return;
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__CANDIDATES:
				setCandidates((ElementQuery)newValue);
				return;
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__PRECONDITION:
				setPrecondition((ElementCondition)newValue);
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
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__DOMAIN_CLASS:
				setDomainClass((EClass)null);
				return;
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__SOURCE_FEATURE:
				setSourceFeature((EReference)null);
				return;
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__TARGET_FEATURE:
				setTargetFeature((EReference)null);
				return;
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__CANDIDATES:
				setCandidates(CANDIDATES_EDEFAULT);
				return;
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__PRECONDITION:
				setPrecondition(PRECONDITION_EDEFAULT);
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
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__DOMAIN_CLASS:
				return domainClass != null;
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__SOURCE_FEATURE:
				return sourceFeature != null;
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__TARGET_FEATURE:
				return targetFeature != null;
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__CANDIDATES:
				return CANDIDATES_EDEFAULT == null ? candidates != null : !CANDIDATES_EDEFAULT.equals(candidates);
			case DescriptionPackage.ELEMENT_EDGE_MAPPING__PRECONDITION:
				return PRECONDITION_EDEFAULT == null ? precondition != null : !PRECONDITION_EDEFAULT.equals(precondition);
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
			case DescriptionPackage.ELEMENT_EDGE_MAPPING___CANDIDATES_OF__EOBJECT:
				return candidatesOf((EObject)arguments.get(0));
			case DescriptionPackage.ELEMENT_EDGE_MAPPING___ACCEPTS__EOBJECT:
				return accepts((EObject)arguments.get(0));
			case DescriptionPackage.ELEMENT_EDGE_MAPPING___SOURCE_OF__EOBJECT:
				return sourceOf((EObject)arguments.get(0));
			case DescriptionPackage.ELEMENT_EDGE_MAPPING___TARGET_OF__EOBJECT:
				return targetOf((EObject)arguments.get(0));
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
		result.append(')');
		return result.toString();
	}

} //ElementEdgeMappingImpl
