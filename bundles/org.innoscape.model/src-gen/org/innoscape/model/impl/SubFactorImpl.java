/**
 */
package org.innoscape.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.SubFactor;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sub Factor</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class SubFactorImpl extends ModelElementImpl implements SubFactor {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubFactorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InnoscapePackage.Literals.SUB_FACTOR;
	}

} //SubFactorImpl
