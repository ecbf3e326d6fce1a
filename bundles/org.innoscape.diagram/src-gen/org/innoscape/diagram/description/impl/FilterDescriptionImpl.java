/**
 */
package org.innoscape.diagram.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.innoscape.diagram.description.DescriptionPackage;
import org.innoscape.diagram.description.FilterChoices;
import org.innoscape.diagram.description.FilterDescription;
import org.innoscape.diagram.description.FilterTest;
import org.innoscape.diagram.description.NodeMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Filter Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.innoscape.diagram.description.impl.FilterDescriptionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.FilterDescriptionImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.FilterDescriptionImpl#getChoices <em>Choices</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.FilterDescriptionImpl#getKeeps <em>Keeps</em>}</li>
 *   <li>{@link org.innoscape.diagram.description.impl.FilterDescriptionImpl#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FilterDescriptionImpl extends EObjectImpl implements FilterDescription {
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
	 * The default value of the '{@link #getChoices() <em>Choices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChoices()
	 * @generated
	 * @ordered
	 */
	protected static final FilterChoices CHOICES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChoices() <em>Choices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChoices()
	 * @generated
	 * @ordered
	 */
	protected FilterChoices choices = CHOICES_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeeps() <em>Keeps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeeps()
	 * @generated
	 * @ordered
	 */
	protected static final FilterTest KEEPS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeeps() <em>Keeps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeeps()
	 * @generated
	 * @ordered
	 */
	protected FilterTest keeps = KEEPS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMappings() <em>Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> mappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FilterDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.FILTER_DESCRIPTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.FILTER_DESCRIPTION__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.FILTER_DESCRIPTION__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FilterChoices getChoices() {
		return choices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChoices(FilterChoices newChoices) {
		FilterChoices oldChoices = choices;
		choices = newChoices;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.FILTER_DESCRIPTION__CHOICES, oldChoices, choices));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FilterTest getKeeps() {
		return keeps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeeps(FilterTest newKeeps) {
		FilterTest oldKeeps = keeps;
		keeps = newKeeps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.FILTER_DESCRIPTION__KEEPS, oldKeeps, keeps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getMappings() {
		if (mappings == null) {
			mappings = new EObjectResolvingEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.FILTER_DESCRIPTION__MAPPINGS);
		}
		return mappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.FILTER_DESCRIPTION__ID:
				return getId();
			case DescriptionPackage.FILTER_DESCRIPTION__LABEL:
				return getLabel();
			case DescriptionPackage.FILTER_DESCRIPTION__CHOICES:
				return getChoices();
			case DescriptionPackage.FILTER_DESCRIPTION__KEEPS:
				return getKeeps();
			case DescriptionPackage.FILTER_DESCRIPTION__MAPPINGS:
				return getMappings();
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
			case DescriptionPackage.FILTER_DESCRIPTION__ID:
				setId((String)newValue);
				return;
			case DescriptionPackage.FILTER_DESCRIPTION__LABEL:
				setLabel((String)newValue);
				return;
			case DescriptionPackage.FILTER_DESCRIPTION__CHOICES:
				setChoices((FilterChoices)newValue);
				return;
			case DescriptionPackage.FILTER_DESCRIPTION__KEEPS:
				setKeeps((FilterTest)newValue);
				return;
			case DescriptionPackage.FILTER_DESCRIPTION__MAPPINGS:
				getMappings().clear();
				getMappings().addAll((Collection<? extends NodeMapping>)newValue);
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
			case DescriptionPackage.FILTER_DESCRIPTION__ID:
				setId(ID_EDEFAULT);
				return;
			case DescriptionPackage.FILTER_DESCRIPTION__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case DescriptionPackage.FILTER_DESCRIPTION__CHOICES:
				setChoices(CHOICES_EDEFAULT);
				return;
			case DescriptionPackage.FILTER_DESCRIPTION__KEEPS:
				setKeeps(KEEPS_EDEFAULT);
				return;
			case DescriptionPackage.FILTER_DESCRIPTION__MAPPINGS:
				getMappings().clear();
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
			case DescriptionPackage.FILTER_DESCRIPTION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DescriptionPackage.FILTER_DESCRIPTION__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case DescriptionPackage.FILTER_DESCRIPTION__CHOICES:
				return CHOICES_EDEFAULT == null ? choices != null : !CHOICES_EDEFAULT.equals(choices);
			case DescriptionPackage.FILTER_DESCRIPTION__KEEPS:
				return KEEPS_EDEFAULT == null ? keeps != null : !KEEPS_EDEFAULT.equals(keeps);
			case DescriptionPackage.FILTER_DESCRIPTION__MAPPINGS:
				return mappings != null && !mappings.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", label: ");
		result.append(label);
		result.append(", choices: ");
		result.append(choices);
		result.append(", keeps: ");
		result.append(keeps);
		result.append(')');
		return result.toString();
	}

} //FilterDescriptionImpl
