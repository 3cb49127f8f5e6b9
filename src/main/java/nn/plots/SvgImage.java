package nn.plots;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.TreeSet;

import static nn.plots.SvgPath.num;
import static nn.plots.SvgPath.tenths;

/** An image inside a figure (a heat map, a digit), embedded in its SVG as PNG. */
final class SvgImage {
    private SvgImage() {
    }

    /**
     * The image element: the image, {@code t} mapping the unit square onto where it is drawn;
     * {@code smooth} when it was drawn with interpolation (else its pixels stay square).
     */
    static String of(Image image, int width, int height, AffineTransform t, boolean smooth) {
        BufferedImage img;
        if (image instanceof BufferedImage b) {
            img = b;
        } else {
            img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(indexed(img), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder sb = new StringBuilder("<image preserveAspectRatio='none'");
        if (t.getShearX() == 0 && t.getShearY() == 0) {
            sb.append(" x='").append(num(tenths(t.getTranslateX()))).append("' y='").append(num(tenths(t.getTranslateY())))
                    .append("' width='").append(num(tenths(t.getScaleX()))).append("' height='").append(num(tenths(t.getScaleY()))).append('\'');
        } else {
            double[] m = new double[6];
            t.getMatrix(m);
            sb.append(" width='1' height='1' transform='matrix(");
            for (int i = 0; i < 6; i++) {
                sb.append(i > 0 ? " " : "").append(Math.round(m[i] * 10_000) / 1000.0); // in tenths of a pixel
            }
            sb.append(")'");
        }
        if (!smooth) {
            sb.append(" style='image-rendering:pixelated'");
        }
        return sb.append(" href='data:image/png;base64,").append(Base64.getEncoder().encodeToString(png.toByteArray())).append("'/>").toString();
    }

    /** The image with a palette when it has at most 256 colours (the same pixels, a third of the bytes), else itself. */
    static BufferedImage indexed(BufferedImage img) {
        TreeSet<Integer> colours = new TreeSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (colours.add(img.getRGB(x, y)) && colours.size() > 256) {
                    return img;
                }
            }
        }
        int[] palette = colours.stream().mapToInt(Integer::intValue).toArray();
        boolean opaque = colours.stream().allMatch(c -> c >>> 24 == 0xff);
        IndexColorModel model = new IndexColorModel(8, palette.length, palette, 0, !opaque, -1, DataBuffer.TYPE_BYTE);
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_INDEXED, model);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                out.getRaster().setSample(x, y, 0, Arrays.binarySearch(palette, img.getRGB(x, y)));
            }
        }
        return out;
    }

}
