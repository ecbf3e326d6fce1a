/**
 */
package org.innoscape.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.innoscape.model.InnoscapeFactory;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.PolicyInitiative;

/**
 * This is the item provider adapter for a {@link org.innoscape.model.PolicyInitiative} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PolicyInitiativeItemProvider extends ModelElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PolicyInitiativeItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addAcronymPropertyDescriptor(object);
			addOwnersPropertyDescriptor(object);
			addPartnersPropertyDescriptor(object);
			addActivityTypesPropertyDescriptor(object);
			addInstrumentTypePropertyDescriptor(object);
			addSupportsInnovationPropertyDescriptor(object);
			addFocusPropertyDescriptor(object);
			addProductivityFocusPropertyDescriptor(object);
			addOffersFundingPropertyDescriptor(object);
			addFundingRecipientsPropertyDescriptor(object);
			addStagesSupportedPropertyDescriptor(object);
			addDriversAddressedPropertyDescriptor(object);
			addTargetGroupsPropertyDescriptor(object);
			addTechnologyAreaPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addStartDatePropertyDescriptor(object);
			addEndDatePropertyDescriptor(object);
			addEvaluatedPropertyDescriptor(object);
			addRapidEvaluationPropertyDescriptor(object);
			addIndicatorsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Acronym feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAcronymPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_acronym_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_acronym_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__ACRONYM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Owners feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_owners_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_owners_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__OWNERS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Partners feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPartnersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_partners_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_partners_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__PARTNERS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Activity Types feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActivityTypesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_activityTypes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_activityTypes_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__ACTIVITY_TYPES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Instrument Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInstrumentTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_instrumentType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_instrumentType_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__INSTRUMENT_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Supports Innovation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportsInnovationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_supportsInnovation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_supportsInnovation_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__SUPPORTS_INNOVATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Focus feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFocusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_focus_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_focus_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__FOCUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Productivity Focus feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProductivityFocusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_productivityFocus_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_productivityFocus_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__PRODUCTIVITY_FOCUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Offers Funding feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOffersFundingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_offersFunding_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_offersFunding_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__OFFERS_FUNDING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Funding Recipients feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFundingRecipientsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_fundingRecipients_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_fundingRecipients_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__FUNDING_RECIPIENTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stages Supported feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStagesSupportedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_stagesSupported_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_stagesSupported_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__STAGES_SUPPORTED,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Drivers Addressed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDriversAddressedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_driversAddressed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_driversAddressed_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__DRIVERS_ADDRESSED,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Groups feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetGroupsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_targetGroups_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_targetGroups_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__TARGET_GROUPS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Technology Area feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTechnologyAreaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_technologyArea_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_technologyArea_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__TECHNOLOGY_AREA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_status_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_startDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_startDate_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__START_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the End Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_endDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_endDate_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__END_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Evaluated feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEvaluatedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_evaluated_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_evaluated_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__EVALUATED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rapid Evaluation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRapidEvaluationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_rapidEvaluation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_rapidEvaluation_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__RAPID_EVALUATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Indicators feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIndicatorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PolicyInitiative_indicators_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PolicyInitiative_indicators_feature", "_UI_PolicyInitiative_type"),
				 InnoscapePackage.Literals.POLICY_INITIATIVE__INDICATORS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(InnoscapePackage.Literals.POLICY_INITIATIVE__BUDGET);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns PolicyInitiative.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PolicyInitiative"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((PolicyInitiative)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_PolicyInitiative_type") :
			getString("_UI_PolicyInitiative_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(PolicyInitiative.class)) {
			case InnoscapePackage.POLICY_INITIATIVE__ACRONYM:
			case InnoscapePackage.POLICY_INITIATIVE__ACTIVITY_TYPES:
			case InnoscapePackage.POLICY_INITIATIVE__INSTRUMENT_TYPE:
			case InnoscapePackage.POLICY_INITIATIVE__SUPPORTS_INNOVATION:
			case InnoscapePackage.POLICY_INITIATIVE__FOCUS:
			case InnoscapePackage.POLICY_INITIATIVE__PRODUCTIVITY_FOCUS:
			case InnoscapePackage.POLICY_INITIATIVE__OFFERS_FUNDING:
			case InnoscapePackage.POLICY_INITIATIVE__FUNDING_RECIPIENTS:
			case InnoscapePackage.POLICY_INITIATIVE__TECHNOLOGY_AREA:
			case InnoscapePackage.POLICY_INITIATIVE__STATUS:
			case InnoscapePackage.POLICY_INITIATIVE__START_DATE:
			case InnoscapePackage.POLICY_INITIATIVE__END_DATE:
			case InnoscapePackage.POLICY_INITIATIVE__EVALUATED:
			case InnoscapePackage.POLICY_INITIATIVE__RAPID_EVALUATION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case InnoscapePackage.POLICY_INITIATIVE__BUDGET:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(InnoscapePackage.Literals.POLICY_INITIATIVE__BUDGET,
				 InnoscapeFactory.eINSTANCE.createBudget()));
	}

}
