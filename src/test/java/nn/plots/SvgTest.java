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
import java.util.Map;
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

    /** Dots of one colour with a white ring, at the given places (in pixels). */
    private static String dots(double[][] at) {
        return Figure.draw(300, 300, "dots", g -> {
            for (double[] p : at) {
                Ellipse2D dot = new Ellipse2D.Double(p[0], p[1], 9, 9);
                g.setColor(Color.BLUE);
                g.fill(dot);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(1.2f));
                g.draw(dot);
            }
        }).svg();
    }

    @Test
    @DisplayName("an outline drawn again and again is defined once; a dot with a ring around it is one element")
    void sharedOutlines() {
        double[][] at = new double[20][];
        for (int i = 0; i < 20; i++) {
            at[i] = new double[] {10 + 13 * i, 10 + 13 * i};
        }
        String svg = dots(at);
        assertEquals(1, count(svg, "<path id="), svg);
        assertEquals(1, count(svg, "<marker "), "the dots are one run, filled and stroked, each placed by one marker: " + svg);
        assertEquals(1, count(svg, "<use "), svg);
        Matcher marker = Pattern.compile("<marker id='(\\w+)' markerUnits='userSpaceOnUse' overflow='visible'([^>]*)>").matcher(svg);
        assertTrue(marker.find(), svg);
        assertTrue(marker.group(2).contains("fill='#00f'") && marker.group(2).contains("stroke='#fff'"), marker.group(2));
        Matcher marks = Pattern.compile("<path style='marker:url\\(#" + marker.group(1) + "\\)' stroke='none' d='([^']*)'/>").matcher(svg);
        assertTrue(marks.find(), svg);
        assertEquals(20, count(marks.group(1), "m") + count(marks.group(1), "M"), "a mark at each dot: " + marks.group(1));
    }

    /** The SVG of a figure of that size where {@code writer} writes in black, in a 14-pixel sans-serif font. */
    private static String text(int width, int height, java.util.function.Consumer<java.awt.Graphics2D> writer) {
        return Figure.draw(width, height, "text", g -> {
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            writer.accept(g);
        }).svg();
    }

    @Test
    @DisplayName("text becomes outlines; a glyph drawn again is written once wherever it stands, holes and all, also in texts that differ "
            + "(a Chinese character in several titles: the % here, its rings and stroke together)")
    void text() throws Exception {
        String svg = text(400, 60, g -> {
            g.drawString("0 80 8%", 10.03f, 30f);
            g.drawString("8 0%", 200.47f, 30f);
            g.drawString("3", 300f, 30f);
        });
        parse(svg);
        assertFalse(svg.contains("<text"), "no text element: the figure looks the same without the fonts");
        Matcher defs = Pattern.compile("<path id='\\w+' d='([^']*)'").matcher(svg);
        int defined = 0;
        while (defs.find()) {
            defined++;
            assertTrue(defs.group(1).contains("m"), "a 0, an 8 or a % keeps its holes and parts with it: " + defs.group(1));
        }
        assertEquals(3, defined, "the 0, the 8 and the %, not the 3 drawn once: " + svg);
        assertEquals(8, count(svg, "<use "), "three 0s, three 8s, two %s: " + svg);
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
        @DisplayName("a filled outline's curve within half a tenth of its chord is written as a line (a font's straight edges); a real curve stays")
        void straightCurves() {
            assertEquals("v100h100v-100z", outline(0.1, 5, 0, 10), "a control point a tenth off the chord: the curve bends half a tenth");
            assertEquals("q3 50 0 100h100v-100z", outline(0.3, 5, 0, 10), "three tenths off: a curve");
            assertEquals("q0 120 0 100h100v-100z", outline(0, 12, 0, 10), "on the chord's line but beyond its end: a curve");
            Path2D cubic = new Path2D.Double();
            cubic.moveTo(0, 0);
            cubic.curveTo(0.06, 3, -0.06, 7, 0, 10);
            cubic.lineTo(10, 10);
            cubic.closePath();
            assertEquals("v100h100z", SvgPath.compact(SvgPath.whole(cubic).segments(), true), "a cubic's control points two thirds of a tenth off at most");
            Path2D polyline = new Path2D.Double();
            polyline.moveTo(0, 0);
            polyline.lineTo(5, 0.04);
            polyline.lineTo(10, 0);
            polyline.lineTo(10, 10);
            polyline.closePath();
            assertEquals("h100v100z", SvgPath.compact(SvgPath.whole(polyline).segments(), true), "a corner 0.4 tenths off the line is dropped");
        }

        /** A square's outline whose left edge is a quadratic curve with that control point, as path data. */
        private static String outline(double cx, double cy, double x, double y) {
            Path2D p = new Path2D.Double();
            p.moveTo(0, 0);
            p.quadTo(cx, cy, x, y);
            p.lineTo(10, 10);
            p.lineTo(10, 0);
            p.closePath();
            return SvgPath.compact(SvgPath.whole(p).segments(), true);
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

    @Nested
    @DisplayName("written short, drawing the same")
    class Compact {
        @Test
        @DisplayName("no line breaks; ids of one letter, then two, the most used the shortest")
        void ids() {
            assertEquals("a", Svg.name(0));
            assertEquals("Z", Svg.name(51));
            assertEquals("aa", Svg.name(52));
            assertEquals("ab", Svg.name(53));
            assertEquals("ZZ", Svg.name(52 + 52 * 52 - 1));
            assertEquals("aaa", Svg.name(52 + 52 * 52));
            Map<String, String> ids = Svg.shortIds(Map.of("c0", 1, "g0", 1, "g1", 5));
            assertEquals("a", ids.get("g1"), "the most used");
            assertEquals("b", ids.get("c0"), "then in the order they were made");
            assertEquals("c", ids.get("g0"));
            String svg = Plots.gate(Gates.and(), "AND").svg();
            assertFalse(svg.contains("\n"), svg);
            Matcher id = Pattern.compile(" id='([^']*)'").matcher(svg);
            while (id.find()) {
                assertTrue(id.group(1).matches("[a-zA-Z]{1,2}"), id.group(1));
            }
        }

        @Test
        @DisplayName("paint shared by most elements is said once on the root; an element says only what differs, and only what it draws with")
        void rootPaint() {
            Map<String, String> line = Svg.attributes(" fill='none' stroke='#000' stroke-linecap='square' stroke-miterlimit='10'");
            Map<String, String> dashed = Svg.attributes(" fill='none' stroke='#888' stroke-linejoin='bevel' stroke-dasharray='30 50'");
            Map<String, String> text = Svg.attributes(" fill='#000'");
            Map<String, String> root = Svg.rootPaint(List.of(line, line, dashed, text));
            assertEquals(Map.of("fill", "none", "stroke-linecap", "square", "stroke-linejoin", "miter", "stroke-miterlimit", "10"), root);
            assertEquals(" stroke='#000'", Svg.paint(line, root));
            assertEquals(" stroke='#888' stroke-dasharray='30 50' stroke-linecap='butt' stroke-linejoin='bevel'", Svg.paint(dashed, root),
                    "SVG's butt caps said again where the root says square; no miter limit where corners are bevelled");
            assertEquals(" fill='#000'", Svg.paint(text, root), "a fill without a stroke says nothing of a stroke's caps");
            String svg = dots(new double[][] {{10, 10}, {40, 10}});
            assertTrue(svg.startsWith("<svg xmlns='http://www.w3.org/2000/svg' width='300' height='300' viewBox='0 0 3000 3000' stroke-width='10' fill='#fff'"), svg);
            assertEquals("10", SvgDrawing.decimal(10.0));
            assertEquals("1.5", SvgDrawing.decimal(1.5));
        }

        @Test
        @DisplayName("a shared outline starts where most of its uses put it, and every use still puts it where it was drawn")
        void origins() throws Exception {
            String svg = text(400, 200, g -> {
                for (int i = 0; i < 5; i++) {
                    g.drawString("0", 20 + 70 * i, 150);
                }
                g.drawString("0", 20, 60);
            });
            Element root = parse(svg).getDocumentElement();
            org.w3c.dom.NodeList uses = root.getElementsByTagName("use");
            assertEquals(6, uses.getLength(), svg);
            Matcher def = Pattern.compile("<path id='\\w+' d='M(-?\\d+) ?(-?\\d+)").matcher(svg);
            assertTrue(def.find(), svg);
            long ox = Long.parseLong(def.group(1)), oy = Long.parseLong(def.group(2));
            int withoutY = 0;
            java.util.Set<String> placed = new java.util.TreeSet<>();
            for (int i = 0; i < uses.getLength(); i++) {
                Element use = (Element) uses.item(i);
                long x = ox + (use.hasAttribute("x") ? Long.parseLong(use.getAttribute("x")) : 0);
                long y = oy + (use.hasAttribute("y") ? Long.parseLong(use.getAttribute("y")) : 0);
                placed.add(x + "," + y);
                withoutY += use.hasAttribute("y") ? 0 : 1;
            }
            assertEquals(5, withoutY, "the five on one line leave out y: " + svg);
            Path2D zero = new Path2D.Double(new Font(Font.SANS_SERIF, Font.PLAIN, 14)
                    .createGlyphVector(new java.awt.font.FontRenderContext(null, true, true), "0").getOutline());
            java.util.Set<String> expected = new java.util.TreeSet<>();
            for (double[] at : new double[][] {{20, 150}, {90, 150}, {160, 150}, {230, 150}, {300, 150}, {20, 60}}) {
                SvgPath.Part part = SvgPath.whole(new Path2D.Double(zero, java.awt.geom.AffineTransform.getTranslateInstance(at[0], at[1])));
                expected.add(part.x() + "," + part.y());
            }
            assertEquals(expected, placed, "each 0 stands where it was drawn");
        }

        @Test
        @DisplayName("a stretch of dots is placed by a marker, each dot where it was drawn and in the order drawn")
        void marks() {
            double[][] at = {{10, 10}, {40, 12}, {44, 15}, {20, 200}, {250, 30}, {100, 100}, {101, 101}, {180, 60}};
            String svg = dots(at);
            Matcher def = Pattern.compile("<path id='(\\w+)' d='M(-?\\d+) ?(-?\\d+)").matcher(svg);
            assertTrue(def.find(), svg);
            long ox = Long.parseLong(def.group(2)), oy = Long.parseLong(def.group(3));
            Matcher marks = Pattern.compile("<path style='marker:url\\(#\\w+\\)' stroke='none' d='([^']*)'/>").matcher(svg);
            assertTrue(marks.find(), svg);
            Matcher move = Pattern.compile("[Mm](-?\\d+) ?(-?\\d+)").matcher(marks.group(1));
            long x = 0, y = 0;
            int k = 0;
            while (move.find()) {
                x += Long.parseLong(move.group(1));
                y += Long.parseLong(move.group(2));
                SvgPath.Part dot = SvgPath.whole(new Ellipse2D.Double(at[k][0], at[k][1], 9, 9));
                assertEquals(dot.x() + "," + dot.y(), (x + ox) + "," + (y + oy), "dot " + k);
                k++;
            }
            assertEquals(at.length, k, marks.group(1));
            assertTrue(svg.contains("<marker id='" + marks.group(0).replaceAll(".*url\\(#(\\w+)\\).*", "$1") + "' markerUnits='userSpaceOnUse' overflow='visible'"), svg);
            assertFalse(dots(new double[][] {{10, 10}, {40, 12}}).contains("<marker"), "two uses are shorter than a marker");
        }

        @Test
        @DisplayName("path data: a repeated command is left out before a minus sign; a fill leaves the closing line to z and drops a lone move; a move is relative where shorter")
        void pathData() {
            assertEquals("M0 0l1 2-3 4l5 6", SvgPath.compact("M0 0l1 2l-3 4l5 6", false));
            assertEquals("M0 0q1 2 3 4-5 6 7 8t1 1-2-2", SvgPath.compact("M0 0q1 2 3 4q-5 6 7 8t1 1t-2-2", false));
            assertEquals("M0 0m1 1m-2 2", SvgPath.compact("M0 0m1 1m-2 2", false), "a move is never left out: after m, numbers mean l");
            assertEquals("M0 0h10v10h-10v-10z", SvgPath.compact("M0 0h10v10h-10v-10z", false), "a stroke keeps its closing line");
            assertEquals("M0 0h10v10h-10z", SvgPath.compact("M0 0h10v10h-10v-10z", true));
            assertEquals("M0 0h10v10h-10zm2 2h3v3h-3z", SvgPath.compact("M0 0h10v10h-10v-10zm2 2h3v3h-3v-3z", true), "and so does a hole");
            assertEquals("M0 0h10l-5 5z", SvgPath.compact("M0 0h10l-5 5z", true), "a curve or a line elsewhere stays");
            assertEquals("M1 1h2v2h-2z", SvgPath.compact("M5 5zM1 1h2v2h-2v-2zM7 7z", true), "a space's glyph: a move and a close");
            assertEquals("M5 5zm1 1h2v2h-2z", SvgPath.compact("M5 5zm1 1h2v2h-2v-2z", true), "a move that a relative move starts from stays");
            assertEquals("M0 0q1 2 3 4z", SvgPath.compact("M0 0q1 2 3 4z", true));
            assertEquals("M1000 1000h10v10h-10zm20 0h5v5h-5z", SvgPath.compact("M1000 1000h10v10h-10zM1020 1000h5v5h-5z", true),
                    "a move after a close, relative to where the closed outline started");
            assertEquals("M1000 1000h10M3 4h5", SvgPath.compact("M1000 1000h10M3 4h5", false), "where relative is no shorter, absolute");
            assertEquals("M1000 1000l10 10m5-5h5", SvgPath.compact("M1000 1000l10 10M1015 1005h5", false));
        }

        @Test
        @DisplayName("elements one after another with the same clip are grouped and clipped once")
        void clips() {
            String svg = Figure.draw(200, 100, "clipped", g -> {
                g.setClip(10, 10, 100, 50);
                g.setColor(Color.RED);
                g.drawLine(0, 0, 200, 100);
                g.setColor(Color.BLUE);
                g.drawLine(0, 100, 200, 0);
                g.setClip(null);
                g.setColor(Color.GREEN);
                g.drawLine(0, 50, 200, 50);
            }).svg();
            assertEquals(1, count(svg, "clip-path="), svg);
            assertTrue(Pattern.compile("<g clip-path='url\\(#\\w+\\)'><path stroke='#f00'[^>]*/><path stroke='#00f'[^>]*/></g><path stroke='#0f0'").matcher(svg).find(), svg);
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
