package org.innoscape.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.persistence.ModelMigrations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fails when the metamodel (.ecore) changes without a model version bump: files written before the
 * change would otherwise be read as if nothing had changed. Documentation may change freely; names,
 * types, multiplicities, containment, defaults and literals may not.
 */
@Tag("osgi") // reads the .ecore the model bundle ships, as a bundle resource
class MetamodelVersionTest {
    private static final String ECORE = "model/innoscape.ecore";
    private static final String VERSIONS = "model/innoscape.versions";

    @Test
    void theMetamodelIsTheOneRecordedForTheCurrentModelVersion() throws Exception {
        List<String[]> versions = recordedVersions();
        for (int i = 0; i < versions.size(); i++) {
            assertEquals(String.valueOf(i + 1), versions.get(i)[0], VERSIONS + " lists versions 1, 2, 3 … in order");
        }
        String[] latest = versions.get(versions.size() - 1);
        assertEquals(ModelMigrations.CURRENT_VERSION, Integer.parseInt(latest[0]),
                "ModelMigrations.CURRENT_VERSION and the last line of " + VERSIONS + " must agree");
        String fingerprint = fingerprint(loadEcore());
        assertEquals(latest[1], fingerprint, "the metamodel changed since model version " + latest[0]
                + " was recorded. Bump ModelMigrations.CURRENT_VERSION to " + (Integer.parseInt(latest[0]) + 1)
                + ", say how older files are read (LegacyNames.Rename for renamed classes, features and literals;"
                + " ModelMigrations.Step for anything else), and add the line '" + (Integer.parseInt(latest[0]) + 1) + " "
                + fingerprint + "' to " + VERSIONS);
    }

    @Test
    void documentationDoesNotChangeTheFingerprintButANameDoes() throws Exception {
        EPackage ecore = loadEcore();
        String before = fingerprint(ecore);
        EClassifier actor = ecore.getEClassifier("Actor");
        actor.getEAnnotations().clear();
        assertEquals(before, fingerprint(ecore), "documentation is not part of the file format");
        ((EClass) actor).getEStructuralFeatures().get(0).setName("renamedForTheTest");
        assertTrue(!before.equals(fingerprint(ecore)), "a renamed feature changes the fingerprint");
    }

    @Test
    void theGeneratedPackageMatchesTheEcore() throws Exception {
        // The runtime package is generated from the .ecore: a difference means src-gen/ is stale.
        List<String> fromEcore = describe(loadEcore());
        List<String> generated = describe(InnoscapePackage.eINSTANCE);
        for (int i = 0; i < Math.min(fromEcore.size(), generated.size()); i++) {
            assertEquals(fromEcore.get(i), generated.get(i), "src-gen/ does not match " + ECORE + ": run releng/scripts/generate-model.sh");
        }
        assertEquals(fromEcore.size(), generated.size(), "src-gen/ does not match " + ECORE + ": run releng/scripts/generate-model.sh");
    }

    private static List<String[]> recordedVersions() throws IOException {
        try (InputStream in = resource(VERSIONS).openStream()) {
            List<String[]> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+")).collect(Collectors.toList());
            assertTrue(!lines.isEmpty(), VERSIONS + " records no version");
            return lines;
        }
    }

    private static EPackage loadEcore() throws IOException {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource resource = resourceSet.createResource(URI.createURI("innoscape.ecore"));
        try (InputStream in = resource(ECORE).openStream()) {
            resource.load(in, null);
        }
        return (EPackage) resource.getContents().get(0);
    }

    private static URL resource(String path) {
        URL url = InnoscapePackage.class.getClassLoader().getResource(path);
        assertNotNull(url, path + " is not in the model bundle");
        return url;
    }

    /** SHA-256 of everything about the metamodel that decides how a file is read. */
    static String fingerprint(EPackage ePackage) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", describe(ePackage)).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static List<String> describe(EPackage ePackage) {
        List<String> lines = new ArrayList<>();
        lines.add("package " + ePackage.getNsURI() + " " + ePackage.getNsPrefix());
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                lines.add("class " + eClass.getName() + " abstract=" + eClass.isAbstract() + " interface=" + eClass.isInterface()
                        + " supers=" + eClass.getESuperTypes().stream().map(EClass::getName).toList());
                for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                    lines.add(" " + describe(feature));
                }
            } else if (classifier instanceof EEnum eEnum) {
                lines.add("enum " + eEnum.getName());
                for (EEnumLiteral literal : eEnum.getELiterals()) {
                    lines.add(" " + literal.getName() + "=" + literal.getValue() + " " + literal.getLiteral());
                }
            } else if (classifier instanceof EDataType dataType) {
                lines.add("datatype " + dataType.getName() + " " + dataType.getInstanceClassName());
            }
        }
        return lines;
    }

    private static String describe(EStructuralFeature feature) {
        StringBuilder text = new StringBuilder(feature instanceof EAttribute ? "attribute " : "reference ");
        text.append(feature.getName()).append(' ').append(feature.getEType() == null ? "?" : feature.getEType().getName())
                .append(" [").append(feature.getLowerBound()).append("..").append(feature.getUpperBound()).append(']')
                .append(" default=").append(feature.getDefaultValueLiteral())
                .append(" transient=").append(feature.isTransient()).append(" unsettable=").append(feature.isUnsettable())
                .append(" derived=").append(feature.isDerived());
        if (feature instanceof EAttribute attribute) {
            text.append(" id=").append(attribute.isID());
        }
        if (feature instanceof EReference reference) {
            text.append(" containment=").append(reference.isContainment()).append(" opposite=")
                    .append(reference.getEOpposite() == null ? "" : reference.getEOpposite().getName());
            // resolveProxies is left out: the genmodel sets it for containment, and models are one file.
        }
        return text.toString();
    }
}
