package org.innoscape.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.ModelElement;
import org.innoscape.model.Relationship;
import org.innoscape.model.values.Wording;

/** Runs EMF's structural checks and {@link InnoscapeValidator} over a model, without global registries. */
public final class ModelValidation {

    private ModelValidation() {
    }

    /** Validates {@code root} and everything it contains. */
    public static Diagnostic validate(EObject root) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(InnoscapePackage.eINSTANCE, new CompositeValidator());
        Diagnostician diagnostician = new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return label(eObject);
            }
        };
        return diagnostician.validate(root);
    }

    /** The problems found, one diagnostic each, in model order. */
    public static List<Diagnostic> problems(EObject root) {
        List<Diagnostic> flat = new ArrayList<>();
        collect(validate(root), flat);
        return flat;
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> into) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                into.add(diagnostic);
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, into);
        }
    }

    /** How messages name an element: its kind and name, e.g. "Actor 'NHSX'". */
    public static String label(EObject object) {
        String kind = object.eClass().getName();
        if (object instanceof Relationship relationship) {
            String source = relationship.getSource() == null ? "?" : relationship.getSource().getName();
            String target = relationship.getTarget() == null ? "?" : relationship.getTarget().getName();
            String relation = relationship.getKind() == null ? "" : " " + Wording.of(relationship.getKind());
            return kind + " '" + source + relation + " " + target + "'";
        }
        if (object instanceof ModelElement element) {
            String name = element.getName();
            String external = element.getExternalId() == null || element.getExternalId().isBlank() ? ""
                    : " [" + element.getExternalId() + "]";
            return name == null || name.isBlank() ? kind + " (id " + element.getId() + ")" + external : kind + " '" + name + "'" + external;
        }
        return object.eContainer() == null ? kind : kind + " of " + label(object.eContainer());
    }

    /** EMF's multiplicity and data-type checks followed by ours. */
    private static final class CompositeValidator extends EObjectValidator {
        private final InnoscapeValidator innoscape = new InnoscapeValidator();

        @Override
        public boolean validate(org.eclipse.emf.ecore.EClass eClass, EObject eObject,
                org.eclipse.emf.common.util.DiagnosticChain diagnostics, java.util.Map<Object, Object> context) {
            boolean structural = super.validate(eClass, eObject, diagnostics, context);
            boolean ours = innoscape.validate(eClass, eObject, diagnostics, context);
            return structural && ours;
        }
    }

}
