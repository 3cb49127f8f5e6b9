package nn.plots;

import nn.neurons.Gates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Figures as SVG")
class SvgTest {
    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static int count(String svg, String what) {
        return svg.split(Pattern.quote(what), -1).length - 1;
    }

    @Test
    @DisplayName("a chart is a well-formed SVG document of the figure's size, the same on every run")
    void chart() throws Exception {
        Figure f = Plots.gate(Gates.and(), "AND");
        String svg = f.svg();
        Element root = parse(svg).getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("460", root.getAttribute("width"));
        assertEquals("0 0 4600 4600", root.getAttribute("viewBox"));
        assertEquals(svg, Plots.gate(Gates.and(), "AND").svg(), "deterministic");
        assertTrue(svg.contains(SvgDrawing.colour(Plots.ON.getRGB() & 0xffffff)) && svg.contains(SvgDrawing.colour(Plots.OFF.getRGB() & 0xffffff)),
                "both classes are drawn");
        assertEquals("#1f77b4", SvgDrawing.colour(0x1f77b4));
        assertEquals("#fff", SvgDrawing.colour(0xffffff));
        assertTrue(svg.length() < 20_000, "compact: " + svg.length() + " characters");
    }

    @Test
    @DisplayName("XChart's dashed grid lines, filled dash by dash, become dashed lines")
    void dashedGrid() {
        BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 10f, new float[] {3f, 5f}, 0f);
        Line2D line = new Line2D.Double(10, 20.5, 200, 20.5);
        Line2D found = SvgDrawing.dashedLine(dashed.createStrokedShape(line), dashed);
        assertNotNull(found);
        assertEquals(10, found.getX1(), 1e-9);
        assertEquals(20.5, found.getY1(), 1e-9);
        assertNull(SvgDrawing.dashedLine(new Rectangle2D.Double(10, 20, 190, 1), dashed), "a plain rectangle is not a dashed line");
        String svg = Figure.draw(220, 40, "grid", g -> {
            g.setColor(Color.LIGHT_GRAY);
            g.setStroke(dashed);
            g.fill(dashed.createStrokedShape(line));
        }).svg();
        assertEquals(1, count(svg, "stroke-dasharray='30 50'"), svg);
        assertFalse(svg.contains("h30v10h-30z"), "no rectangle per dash: " + svg);
    }

    @Test
    @DisplayName("an outline drawn again and again is defined once; a dot with a ring around it is one element")
    void sharedOutlines() {
        String svg = Figure.draw(300, 300, "dots", g -> {
            for (int i = 0; i < 20; i++) {
                Ellipse2D dot = new Ellipse2D.Double(10 + 13 * i, 10 + 13 * i, 9, 9);
                g.setColor(Color.BLUE);
                g.fill(dot);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(1.2f));
                g.draw(dot);
            }
        }).svg();
        assertEquals(1, count(svg, "<path id="), svg);
        assertEquals(20, count(svg, "<use "), svg);
        assertEquals(1, count(svg, "fill='#00f' stroke='#fff'"), "the dots are one run, filled and stroked: " + svg);
    }

    @Test
    @DisplayName("text becomes outlines; the same glyph is written once wherever it stands, holes and all")
    void text() throws Exception {
        String svg = Figure.draw(400, 60, "text", g -> {
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            g.drawString("0 80 8", 10.03f, 30f);
            g.drawString("8 0", 200.47f, 30f);
        }).svg();
        parse(svg);
        assertFalse(svg.contains("<text"), "no text element: the figure looks the same without the fonts");
        assertTrue(count(svg, "<use ") >= 6, "the 0s and 8s, each used three times: " + svg);
        Matcher defs = Pattern.compile("<path id='g\\d+' d='([^']*)'").matcher(svg);
        while (defs.find()) {
            assertTrue(defs.group(1).contains("m"), "a 0 or an 8 keeps its holes with it: " + defs.group(1));
        }
    }

    @Test
    @DisplayName("an image inside a figure is embedded as PNG, pixelated unless drawn smoothed")
    void images() throws Exception {
        BufferedImage img = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, Color.RED.getRGB());
        img.setRGB(1, 1, Color.BLUE.getRGB());
        String svg = Figure.draw(100, 60, "images", g -> {
            g.drawImage(img, 10, 10, 40, 40, null);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(img, 55, 10, 40, 40, null);
        }).svg();
        assertEquals(2, count(svg, "<image "));
        assertEquals(1, count(svg, "image-rendering:pixelated"), svg);
        assertTrue(svg.contains("x='100' y='100' width='400' height='400'"), svg);
        Matcher png = Pattern.compile("href='data:image/png;base64,([^']*)'").matcher(svg);
        assertTrue(png.find());
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png.group(1))));
        assertEquals(Color.RED.getRGB(), back.getRGB(0, 0));
        assertEquals(Color.BLUE.getRGB(), back.getRGB(1, 1));
        assertEquals(Color.BLACK.getRGB(), back.getRGB(1, 0));
    }

    @Test
    @DisplayName("small multiples stay vector: each panel is drawn in place, clipped to its cell")
    void tiles() {
        Figure panel = Plots.gate(Gates.or(), "OR");
        String svg = Figure.tiles("two", 2, List.of(panel, panel)).svg();
        assertFalse(svg.contains("<image"), "no panel became a picture");
        assertTrue(svg.contains("clip-path="));
    }

    @Nested
    @DisplayName("path data")
    class Paths {
        @Test
        @DisplayName("lengths are whole tenths of a pixel, in a view box ten times the figure's size")
        void numbers() {
            assertEquals(12, SvgPath.tenths(1.23));
            assertEquals("-5", SvgPath.num(-5));
            assertTrue(Figure.draw(30, 20, "", g -> { }).svg().contains("width='30' height='20' viewBox='0 0 300 200' stroke-width='10'"));
        }

        @Test
        @DisplayName("a stroked polyline drops the points within a quarter pixel of the line, and keeps its turns")
        void simplified() {
            List<long[]> line = List.of(new long[] {0, 0}, new long[] {10, 1}, new long[] {20, 0}, new long[] {30, 40}, new long[] {0, 0});
            List<long[]> kept = SvgPath.simplified(line, SvgPath.TOLERANCE);
            assertEquals(4, kept.size(), "(10, 1) lies 0.1 pixel off the line, the rest do not");
            assertEquals(30, kept.get(2)[0]);
        }

        @Test
        @DisplayName("a ring is one part, its hole with it, written the same wherever it stands")
        void parts() {
            Path2D ring = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            ring.append(new Ellipse2D.Double(0, 0, 10, 10), false);
            ring.append(new Ellipse2D.Double(3, 3, 4, 4), false);
            Path2D moved = new Path2D.Double(ring, java.awt.geom.AffineTransform.getTranslateInstance(123.456, 7.891));
            List<SvgPath.Part> a = SvgPath.parts(ring), b = SvgPath.parts(moved);
            assertEquals(1, a.size());
            assertEquals(a.get(0).segments(), b.get(0).segments());
            assertEquals(1235, b.get(0).x() - a.get(0).x(), 1, "starts where the shape does, in tenths");
        }
    }

    @Test
    @DisplayName("a notebook shows the SVG as an HTML image whose data URI decodes to the SVG")
    void html() {
        Figure f = Figure.draw(30, 20, "a <b> & 'c'", g -> {
            g.setColor(new Color(0x12, 0x34, 0x56));
            g.fillRect(1, 1, 10, 10);
        });
        String html = f.html();
        assertTrue(html.startsWith("<img width='30' height='20' alt='a &lt;b&gt; &amp; &#39;c&#39;' src=\"data:image/svg+xml,"), html);
        String uri = html.substring(html.indexOf(",") + 1, html.lastIndexOf('"'));
        assertFalse(uri.contains("#") || uri.contains("\"") || uri.contains("\n"), uri);
        assertEquals(f.svg(), URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("without the SVG form a figure is still an image: the kernels' default shows it as PNG")
    void png() throws Exception {
        Figure f = Plots.gate(Gates.and(), "AND");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(f, "png", png));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertEquals(460, back.getWidth());
        assertEquals(f.image().getRGB(230, 230), back.getRGB(230, 230));
    }
}
