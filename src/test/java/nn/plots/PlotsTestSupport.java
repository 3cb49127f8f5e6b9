package nn.plots;

import java.awt.Color;

/** Pixel checks shared by the figure tests. */
final class PlotsTestSupport {
    private PlotsTestSupport() {
    }

    static boolean contains(Figure f, Color c) {
        for (int y = 0; y < f.getHeight(); y++) {
            for (int x = 0; x < f.getWidth(); x++) {
                if ((f.image().getRGB(x, y) & 0xffffff) == (c.getRGB() & 0xffffff)) {
                    return true;
                }
            }
        }
        return false;
    }
}
