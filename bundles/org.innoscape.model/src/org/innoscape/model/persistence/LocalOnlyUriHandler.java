package org.innoscape.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The last URI handler of every model resource set: refuses whatever the file handler before it does
 * not take (http, https, ftp, jar, archive, platform...). A model file names a namespace or an
 * {@code href}; EMF would fetch it to resolve it. A model file must never cause a network request,
 * and a server that never answers must not hang a command.
 */
final class LocalOnlyUriHandler extends URIHandlerImpl {

    @Override
    public boolean canHandle(URI uri) {
        return true;
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        throw refused(uri);
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        throw refused(uri);
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        throw refused(uri);
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return false;
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return Map.of();
    }

    private static IOException refused(URI uri) {
        return new IOException("a model may only refer to local files; refused to open " + uri);
    }
}
