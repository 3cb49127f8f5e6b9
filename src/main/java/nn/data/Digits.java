package nn.data;

import nn.util.Check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The 8×8 handwritten digits (Alpaydin and Kaynak 1998, UCI, CC BY 4.0): 1797 images, each 64
 * pixel counts from 0 (white) to 16 (black), row by row, with its digit 0–9. Shipped in the
 * library (resource {@code nn/data/digits.csv.gz}); nothing is downloaded.
 *
 * <pre>{@code
 * Digits d = Digits.load();
 * double[][] x = d.pixels();    // 1797 × 64
 * int[] y = d.labels();         // 1797 digits
 * }</pre>
 */
public final class Digits {
    /** Pixels per image side. */
    public static final int SIDE = 8;
    /** Pixels per image (64). */
    public static final int PIXELS = SIDE * SIDE;
    /** The largest pixel value. */
    public static final int MAX_PIXEL = 16;
    /** The number of classes (digits 0–9). */
    public static final int CLASSES = 10;
    private static final String RESOURCE = "/nn/data/digits.csv.gz";

    private final double[][] pixels;
    private final int[] labels;

    private Digits(double[][] pixels, int[] labels) {
        this.pixels = pixels;
        this.labels = labels;
    }

    /** All 1797 images, in the file's order. */
    public static Digits load() {
        try (InputStream in = Digits.class.getResourceAsStream(RESOURCE)) {
            Check.argument(in != null, "the digits data %s is missing from the library jar", RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the digits data " + RESOURCE, e);
        }
    }

    static Digits parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        Check.argument(header != null && header.split(",").length == PIXELS + 1, "the digits file needs a header of 65 columns but starts with %s", header);
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            int row = xs.size() + 1;
            Check.argument(f.length == PIXELS + 1, "digits row %d has %d values instead of 65", row, f.length);
            double[] x = new double[PIXELS];
            for (int i = 0; i < PIXELS; i++) {
                x[i] = Integer.parseInt(f[i].trim());
                Check.argument(x[i] >= 0 && x[i] <= MAX_PIXEL, "digits row %d has pixel p%d = %s outside 0–16", row, i, f[i]);
            }
            int y = Integer.parseInt(f[PIXELS].trim());
            Check.argument(y >= 0 && y < CLASSES, "digits row %d has label %d outside 0–9", row, y);
            xs.add(x);
            ys.add(y);
        }
        return new Digits(xs.toArray(new double[0][]), ys.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The number of images. */
    public int size() {
        return labels.length;
    }

    /** All images as rows of 64 pixel values 0–16 (a copy). */
    public double[][] pixels() {
        double[][] copy = new double[pixels.length][];
        for (int i = 0; i < pixels.length; i++) {
            copy[i] = pixels[i].clone();
        }
        return copy;
    }

    /** The 64 pixels of image i (a copy). */
    public double[] pixels(int i) {
        checkIndex(i);
        return pixels[i].clone();
    }

    /** Image i as an 8×8 grid, {@code image(i)[row][column]}. */
    public double[][] image(int i) {
        checkIndex(i);
        double[][] g = new double[SIDE][SIDE];
        for (int r = 0; r < SIDE; r++) {
            System.arraycopy(pixels[i], r * SIDE, g[r], 0, SIDE);
        }
        return g;
    }

    /** All labels (a copy). */
    public int[] labels() {
        return labels.clone();
    }

    /** The label of image i. */
    public int label(int i) {
        checkIndex(i);
        return labels[i];
    }

    /** How many images show each digit, {@code counts()[d]} for d = 0…9. */
    public int[] counts() {
        int[] c = new int[CLASSES];
        for (int y : labels) {
            c[y]++;
        }
        return c;
    }

    private void checkIndex(int i) {
        Check.argument(i >= 0 && i < labels.length, "the digits have images 0 to %d, not %d", labels.length - 1, i);
    }

    @Override
    public String toString() {
        return "Digits(" + size() + " images of 8×8 pixels 0–16, labels 0–9)";
    }
}
