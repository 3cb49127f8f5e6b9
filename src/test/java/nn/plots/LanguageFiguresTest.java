package nn.plots;

import nn.activations.Activations;
import nn.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@DisplayName("Figures in the edition's language")
class LanguageFiguresTest {
    private final Language before = Language.current();

    @AfterEach
    void restore() {
        Language.use(before);
    }

    @Test
    @DisplayName("a Chinese figure draws other words, and its image's text alternative is in Chinese, but says the same as text, and its chart keeps its English")
    void chinese() throws IOException {
        Language.use(Language.ENGLISH);
        Figure english = FunctionPlots.functionAndDerivative(Activations.SIGMOID, -6, 6);
        XYChart chart = Curves.chart("loss during training", "epoch", "loss", 620, 340, true);
        Curves.curve(chart, "loss", new double[] {1, 2, 3}, new double[] {3, 2, 1}, 0);
        Figure lossEnglish = Figure.of(chart);
        Language.use(Language.CHINESE);
        Figure chinese = FunctionPlots.functionAndDerivative(Activations.SIGMOID, -6, 6);
        Figure lossChinese = Figure.of(chart);
        assertEquals(english.toString(), chinese.toString());
        assertEquals(lossEnglish.toString(), lossChinese.toString());
        assertNotEquals(pixels(english), pixels(chinese));
        assertNotEquals(pixels(lossEnglish), pixels(lossChinese));
        assertEquals("loss during training", lossChinese.title(), "the title as given, for code");
        assertEquals(Language.CHINESE.translate("loss during training"), alt(lossChinese.html()), "the image's text alternative as drawn");
        assertNotEquals("loss during training", alt(lossChinese.html()));
        assertEquals("loss during training", alt(lossEnglish.html()));
        assertEquals("loss during training", chart.getTitle());
        assertEquals("epoch", chart.getXAxisTitle());
        assertEquals("loss", chart.getSeriesMap().get("loss").getLabel());
        File target = new File("target/figures-zh");
        target.mkdirs();
        ImageIO.write(chinese.image(), "png", new File(target, "sigmoid.png"));
        ImageIO.write(lossChinese.image(), "png", new File(target, "loss.png"));
    }

    private static String alt(String html) {
        return html.replaceFirst("(?s)^<img [^>]*?alt='([^']*)'.*$", "$1");
    }

    @Test
    @DisplayName("a series hidden from the legend keeps its name: it is never drawn, so it needs no translation")
    void hiddenSeries() {
        XYChart chart = Curves.chart("loss during training", "epoch", "loss", 620, 340, true);
        Curves.curve(chart, "loss", new double[] {1, 2, 3}, new double[] {3, 2, 1}, 0);
        DistributionPlots.roundTicks(chart, 0.5, 1);
        java.io.PrintStream err = System.err;
        var written = new java.io.ByteArrayOutputStream();
        String check = System.getProperty("nn.translationCheck");
        System.setProperty("nn.translationCheck", "true");
        Language.use(Language.CHINESE);
        try {
            System.setErr(new java.io.PrintStream(written, true, java.nio.charset.StandardCharsets.UTF_8));
            Figure.of(chart).image();
        } finally {
            System.setErr(err);
            if (check == null) {
                System.clearProperty("nn.translationCheck");
            } else {
                System.setProperty("nn.translationCheck", check);
            }
        }
        assertEquals("", written.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static long pixels(Figure f) {
        long h = 0;
        for (int y = 0; y < f.getHeight(); y++) {
            for (int x = 0; x < f.getWidth(); x++) {
                h = h * 31 + f.image().getRGB(x, y);
            }
        }
        return h;
    }
}
