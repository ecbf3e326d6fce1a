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
import org.innoscape.model.InnovationSystem;

/**
 * This is the item provider adapter for a {@link org.innoscape.model.InnovationSystem} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class InnovationSystemItemProvider extends ModelElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InnovationSystemItemProvider(AdapterFactory adapterFactory) {
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

			addModelVersionPropertyDescriptor(object);
			addJurisdictionPropertyDescriptor(object);
			addSnapshotDatePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Model Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModelVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InnovationSystem_modelVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InnovationSystem_modelVersion_feature", "_UI_InnovationSystem_type"),
				 InnoscapePackage.Literals.INNOVATION_SYSTEM__MODEL_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Jurisdiction feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addJurisdictionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InnovationSystem_jurisdiction_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InnovationSystem_jurisdiction_feature", "_UI_InnovationSystem_type"),
				 InnoscapePackage.Literals.INNOVATION_SYSTEM__JURISDICTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Snapshot Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSnapshotDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_InnovationSystem_snapshotDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_InnovationSystem_snapshotDate_feature", "_UI_InnovationSystem_type"),
				 InnoscapePackage.Literals.INNOVATION_SYSTEM__SNAPSHOT_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(InnoscapePackage.Literals.INNOVATION_SYSTEM__DOCUMENTS);
			childrenFeatures.add(InnoscapePackage.Literals.INNOVATION_SYSTEM__ACTORS);
			childrenFeatures.add(InnoscapePackage.Literals.INNOVATION_SYSTEM__STAKEHOLDER_GROUPS);
			childrenFeatures.add(InnoscapePackage.Literals.INNOVATION_SYSTEM__RELATIONSHIPS);
			childrenFeatures.add(InnoscapePackage.Literals.INNOVATION_SYSTEM__DRIVERS);
			childrenFeatures.add(InnoscapePackage.Literals.INNOVATION_SYSTEM__STAGES);
			childrenFeatures.add(InnoscapePackage.Literals.INNOVATION_SYSTEM__INITIATIVES);
			childrenFeatures.add(InnoscapePackage.Literals.INNOVATION_SYSTEM__RECOMMENDATIONS);
			childrenFeatures.add(InnoscapePackage.Literals.INNOVATION_SYSTEM__INDICATORS);
			childrenFeatures.add(InnoscapePackage.Literals.INNOVATION_SYSTEM__DUPLICATE_REVIEWS);
			childrenFeatures.add(InnoscapePackage.Literals.INNOVATION_SYSTEM__DIAGRAMS);
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
	 * This returns InnovationSystem.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/InnovationSystem"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((InnovationSystem)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_InnovationSystem_type") :
			getString("_UI_InnovationSystem_type") + " " + label;
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

		switch (notification.getFeatureID(InnovationSystem.class)) {
			case InnoscapePackage.INNOVATION_SYSTEM__MODEL_VERSION:
			case InnoscapePackage.INNOVATION_SYSTEM__JURISDICTION:
			case InnoscapePackage.INNOVATION_SYSTEM__SNAPSHOT_DATE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case InnoscapePackage.INNOVATION_SYSTEM__DOCUMENTS:
			case InnoscapePackage.INNOVATION_SYSTEM__ACTORS:
			case InnoscapePackage.INNOVATION_SYSTEM__STAKEHOLDER_GROUPS:
			case InnoscapePackage.INNOVATION_SYSTEM__RELATIONSHIPS:
			case InnoscapePackage.INNOVATION_SYSTEM__DRIVERS:
			case InnoscapePackage.INNOVATION_SYSTEM__STAGES:
			case InnoscapePackage.INNOVATION_SYSTEM__INITIATIVES:
			case InnoscapePackage.INNOVATION_SYSTEM__RECOMMENDATIONS:
			case InnoscapePackage.INNOVATION_SYSTEM__INDICATORS:
			case InnoscapePackage.INNOVATION_SYSTEM__DUPLICATE_REVIEWS:
			case InnoscapePackage.INNOVATION_SYSTEM__DIAGRAMS:
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
				(InnoscapePackage.Literals.INNOVATION_SYSTEM__DOCUMENTS,
				 InnoscapeFactory.eINSTANCE.createSourceDocument()));

		newChildDescriptors.add
			(createChildParameter
				(InnoscapePackage.Literals.INNOVATION_SYSTEM__ACTORS,
				 InnoscapeFactory.eINSTANCE.createActor()));

		newChildDescriptors.add
			(createChildParameter
				(InnoscapePackage.Literals.INNOVATION_SYSTEM__STAKEHOLDER_GROUPS,
				 InnoscapeFactory.eINSTANCE.createStakeholderGroup()));

		newChildDescriptors.add
			(createChildParameter
				(InnoscapePackage.Literals.INNOVATION_SYSTEM__RELATIONSHIPS,
				 InnoscapeFactory.eINSTANCE.createRelationship()));

		newChildDescriptors.add
			(createChildParameter
				(InnoscapePackage.Literals.INNOVATION_SYSTEM__DRIVERS,
				 InnoscapeFactory.eINSTANCE.createDriver()));

		newChildDescriptors.add
			(createChildParameter
				(InnoscapePackage.Literals.INNOVATION_SYSTEM__STAGES,
				 InnoscapeFactory.eINSTANCE.createPathwayStage()));

		newChildDescriptors.add
			(createChildParameter
				(InnoscapePackage.Literals.INNOVATION_SYSTEM__INITIATIVES,
				 InnoscapeFactory.eINSTANCE.createPolicyInitiative()));

		newChildDescriptors.add
			(createChildParameter
				(InnoscapePackage.Literals.INNOVATION_SYSTEM__RECOMMENDATIONS,
				 InnoscapeFactory.eINSTANCE.createRecommendation()));

		newChildDescriptors.add
			(createChildParameter
				(InnoscapePackage.Literals.INNOVATION_SYSTEM__INDICATORS,
				 InnoscapeFactory.eINSTANCE.createIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(InnoscapePackage.Literals.INNOVATION_SYSTEM__DUPLICATE_REVIEWS,
				 InnoscapeFactory.eINSTANCE.createDuplicateReview()));

		newChildDescriptors.add
			(createChildParameter
				(InnoscapePackage.Literals.INNOVATION_SYSTEM__DIAGRAMS,
				 InnoscapeFactory.eINSTANCE.createDiagram()));
	}

}
