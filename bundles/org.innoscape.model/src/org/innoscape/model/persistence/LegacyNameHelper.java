package org.innoscape.model.persistence;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;

/** Resolves names the parser does not know through {@link LegacyNames} before giving up on them. */
final class LegacyNameHelper extends XMIHelperImpl {
    private final LegacyNames legacyNames;

    LegacyNameHelper(XMLResource resource, LegacyNames legacyNames) {
        super(resource);
        this.legacyNames = legacyNames;
    }

    @Override
    public EClassifier getType(EFactory eFactory, String typeName) {
        EClassifier type = super.getType(eFactory, typeName);
        String renamed = type == null ? legacyNames.className(typeName) : null;
        return renamed == null ? type : super.getType(eFactory, renamed);
    }

    @Override
    public EStructuralFeature getFeature(EClass eClass, String namespaceURI, String name, boolean isElement) {
        EStructuralFeature feature = super.getFeature(eClass, namespaceURI, name, isElement);
        String renamed = feature == null ? legacyNames.featureName(eClass, name) : null;
        return renamed == null ? feature : super.getFeature(eClass, namespaceURI, renamed, isElement);
    }

    @Override
    protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
        if (eDataType instanceof EEnum eEnum && value != null && eEnum.getEEnumLiteralByLiteral(value) == null) {
            String renamed = legacyNames.literal(eEnum.getName(), value);
            if (renamed != null) {
                return super.createFromString(eFactory, eDataType, renamed);
            }
        }
        return super.createFromString(eFactory, eDataType, value);
    }
}
