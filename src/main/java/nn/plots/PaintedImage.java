package nn.plots;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import java.util.Vector;

/**
 * An image painted on first use: the {@link RenderedImage} side of a {@link Figure}, through which a
 * Java kernel that has no other form of it shows it as PNG. Its pixels come from one painting into
 * a {@link BufferedImage}, made when they are first asked for and then kept.
 */
abstract class PaintedImage implements RenderedImage {
    private final int width;
    private final int height;
    private BufferedImage image;

    PaintedImage(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Paints the image at the origin of {@code g}. */
    abstract void paint(Graphics2D g);

    /** The image as pixels (painted on first use, then kept). */
    public synchronized BufferedImage image() {
        if (image == null) {
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            try {
                paint(g);
            } finally {
                g.dispose();
            }
            image = img;
        }
        return image;
    }

    // A RenderedImage: the painted image's.
    @Override
    public int getWidth() {
        return width;
    }

    @Override
    public int getHeight() {
        return height;
    }

    @Override
    public Vector<RenderedImage> getSources() {
        return null;
    }

    @Override
    public Object getProperty(String name) {
        return image().getProperty(name);
    }

    @Override
    public String[] getPropertyNames() {
        return image().getPropertyNames();
    }

    @Override
    public ColorModel getColorModel() {
        return image().getColorModel();
    }

    @Override
    public SampleModel getSampleModel() {
        return image().getSampleModel();
    }

    @Override
    public int getMinX() {
        return 0;
    }

    @Override
    public int getMinY() {
        return 0;
    }

    @Override
    public int getNumXTiles() {
        return 1;
    }

    @Override
    public int getNumYTiles() {
        return 1;
    }

    @Override
    public int getMinTileX() {
        return 0;
    }

    @Override
    public int getMinTileY() {
        return 0;
    }

    @Override
    public int getTileWidth() {
        return width;
    }

    @Override
    public int getTileHeight() {
        return height;
    }

    @Override
    public int getTileGridXOffset() {
        return 0;
    }

    @Override
    public int getTileGridYOffset() {
        return 0;
    }

    @Override
    public Raster getTile(int tileX, int tileY) {
        return image().getTile(tileX, tileY);
    }

    @Override
    public Raster getData() {
        return image().getData();
    }

    @Override
    public Raster getData(Rectangle rect) {
        return image().getData(rect);
    }

    @Override
    public WritableRaster copyData(WritableRaster raster) {
        return image().copyData(raster);
    }

}
