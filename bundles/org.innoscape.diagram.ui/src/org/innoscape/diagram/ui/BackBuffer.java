package org.innoscape.diagram.ui;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * An image to paint a diagram into before it goes to the window, made from pixel data. On GTK such
 * an image is a client-side cairo surface, rasterised in our process, whereas a window or a blank
 * {@code Image} is an X server surface on which every anti-aliased line is a round of software
 * rendering in the server (several times slower on Xvfb; see docs/performance.md). The image is
 * kept while the size stays the same.
 */
final class BackBuffer {
    private static final PaletteData RGB = new PaletteData(0xFF0000, 0xFF00, 0xFF);
    private Image image;

    /** The buffer for an area of this size; a new image (with new content) when the size changed. */
    Image sized(Display display, int width, int height) {
        if (image != null) {
            Rectangle size = image.getBounds();
            if (size.width == width && size.height == height) {
                return image;
            }
            image.dispose();
        }
        // Pixels per zoom level, so that a high-DPI screen gets a sharp picture.
        ImageDataProvider pixels = zoomPercent -> new ImageData(width * zoomPercent / 100, height * zoomPercent / 100,
                24, RGB);
        image = new Image(display, pixels);
        return image;
    }

    void dispose() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
