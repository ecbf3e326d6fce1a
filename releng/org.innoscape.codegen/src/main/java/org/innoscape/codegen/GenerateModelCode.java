package org.innoscape.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenDelegationKind;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPropertyKind;
import org.eclipse.emf.codegen.ecore.genmodel.GenRuntimeVersion;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Builds the GenModels from the settings below (and saves each beside its .ecore, for reference),
 * then generates code into the bundles' src-gen/: the metamodel (innoscape.ecore: model and edit
 * code) and the diagram description model (description.ecore in org.innoscape.diagram: model code
 * only). Keeping the settings in code means a .genmodel never drifts from its .ecore.
 */
public final class GenerateModelCode {
    private static final String MODEL_BUNDLE = "org.innoscape.model";
    private static final String EDIT_BUNDLE = "org.innoscape.model.edit";
    private static final String DIAGRAM_BUNDLE = "org.innoscape.diagram";

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            throw new IllegalArgumentException("usage: GenerateModelCode <bundles folder>");
        }
        Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
        ResourceSet resources = newResourceSet(bundles);

        GenModel model = configuredGenModel(load(resources, MODEL_BUNDLE, "innoscape.ecore"));
        save(resources, model, MODEL_BUNDLE, "innoscape.genmodel");
        generate(model, true);
        GenModel description = configuredDescriptionGenModel(load(resources, DIAGRAM_BUNDLE, "description.ecore"));
        save(resources, description, DIAGRAM_BUNDLE, "description.genmodel");
        generate(description, false);
        System.out.println("Generated model, edit and diagram description code under " + bundles);
    }

    private static EPackage load(ResourceSet resources, String bundle, String ecore) {
        URI uri = URI.createPlatformResourceURI("/" + bundle + "/model/" + ecore, true);
        return (EPackage) resources.getResource(uri, true).getContents().get(0);
    }

    private static void save(ResourceSet resources, GenModel genModel, String bundle, String fileName)
            throws IOException {
        Resource resource = resources.createResource(URI.createPlatformResourceURI("/" + bundle + "/model/" + fileName, true));
        resource.getContents().add(genModel);
        resource.save(Map.of());
    }

    private static void generate(GenModel genModel, boolean withEditCode) {
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        // Without this descriptor the generator "succeeds" and writes nothing.
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        report(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor.Printing(System.out)));
        if (withEditCode) {
            report(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor.Printing(System.out)));
        }
    }

    private static ResourceSet newResourceSet(Path bundles) {
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        // Map the whole platform:/resource/ prefix: per-project mappings fail for bundles that do not exist yet.
        resources.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/", false),
                URI.createFileURI(bundles.toString() + "/"));
        return resources;
    }

    private static GenModel configuredGenModel(EPackage ePackage) {
        GenModel genModel = commonGenModel(ePackage, "Innoscape", MODEL_BUNDLE, "innoscape.ecore");
        genModel.setEditPluginID(EDIT_BUNDLE);
        genModel.setEditDirectory("/" + EDIT_BUNDLE + "/src-gen");
        genModel.setEditPluginClass("org.innoscape.model.provider.InnoscapeEditPlugin");

        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setPrefix("Innoscape");
        genPackage.setBasePackage("org.innoscape");
        genPackage.setDisposableProviderFactory(true);
        genPackage.setFileExtensions("innoscape");
        // Identifiers are assigned by the model, not typed by users.
        genPackage.getGenClasses().forEach(genClass -> genClass.getGenFeatures().forEach(genFeature -> {
            if ("id".equals(genFeature.getName())) {
                genFeature.setProperty(GenPropertyKind.READONLY_LITERAL);
            }
        }));
        return genModel;
    }

    /** The description model: code only (no edit code: descriptions are built in Java, never edited by users). */
    private static GenModel configuredDescriptionGenModel(EPackage ePackage) {
        GenModel genModel = commonGenModel(ePackage, "Description", DIAGRAM_BUNDLE, "description.ecore");
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setPrefix("Description");
        genPackage.setBasePackage("org.innoscape.diagram");
        return genModel;
    }

    /**
     * What both models share: Java 21, code for the EMF runtime the target platform ships (2.41, while this
     * generator is 2.46: generated code must not call what the runtime lacks), code in the bundle's src-gen/, a
     * bundle manifest we keep by hand.
     */
    private static GenModel commonGenModel(EPackage ePackage, String modelName, String bundle, String ecoreFile) {
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        genModel.setModelName(modelName);
        genModel.setModelPluginID(bundle);
        genModel.setModelDirectory("/" + bundle + "/src-gen");
        genModel.setComplianceLevel(GenJDKLevel.get("21.0"));
        genModel.setRuntimeVersion(GenRuntimeVersion.EMF241);
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.getForeignModel().add(ecoreFile);
        genModel.setCodeFormatting(false);
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.setFeatureDelegation(GenDelegationKind.NONE_LITERAL);
        genModel.setOperationReflection(true);
        genModel.setCopyrightFields(false);
        return genModel;
    }

    private static void report(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("code generation failed: " + diagnostic);
        }
        if (diagnostic.getSeverity() != Diagnostic.OK) {
            System.out.println(diagnostic);
        }
    }

    private GenerateModelCode() {
    }
}
