package org.innoscape.model.persistence;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An {@code .innoscape} file: XMI whose elements are identified by their {@code id} attribute
 * (UUIDs), written the same way every time so that saving twice gives identical bytes and Git
 * diffs stay small. The parser refuses DTDs and external entities.
 */
public class InnoscapeResource extends XMIResourceImpl {

    public InnoscapeResource(URI uri) {
        super(uri);
        // Elements are found by their id attribute; a map makes that constant time on load.
        setIntrinsicIDToEObjectMap(new HashMap<>());
        getDefaultSaveOptions().putAll(saveOptions());
        getDefaultLoadOptions().putAll(loadOptions());
    }

    private LegacyNames legacyNames = LegacyNames.NONE;

    /** Names of an older model version to accept while loading (see {@link ModelMigrations}). */
    public void setLegacyNames(LegacyNames legacyNames) {
        this.legacyNames = legacyNames;
    }

    @Override
    protected XMLHelper createXMLHelper() {
        return legacyNames.isEmpty() ? super.createXMLHelper() : new LegacyNameHelper(this, legacyNames);
    }

    @Override
    protected boolean useUUIDs() {
        // Ids are model attributes (ModelElement.id), not xmi:ids kept beside the model.
        return false;
    }

    static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        options.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.FALSE);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
        return options;
    }

    static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        Map<String, Boolean> parserFeatures = new HashMap<>();
        parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        parserFeatures.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        parserFeatures.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_USE_LEXICAL_HANDLER, Boolean.FALSE);
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_LAX_FEATURE_PROCESSING, Boolean.FALSE);
        return options;
    }
}
