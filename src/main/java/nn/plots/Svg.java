package nn.plots;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.intermediate.commands.AffineTransformCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Command;
import de.erichseifert.vectorgraphics2d.intermediate.commands.CreateCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DisposeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawImageCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawStringCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.FillShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetClipCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetColorCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetCompositeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetFontCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetHintCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetPaintCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetStrokeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetTransformCommand;
import nn.plots.SvgPath.Part;

import javax.imageio.ImageIO;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;

import static nn.plots.SvgPath.num;
import static nn.plots.SvgPath.tenths;

/**
 * The vector form of a figure: what a painter draws, recorded by VectorGraphics2D (XChart's own
 * vector back end) and written as compact SVG ({@link SvgPath}). Shapes of one style drawn one after
 * another become one path; text becomes glyph outlines (as XChart draws its own), and an outline
 * that recurs (a tick label's digits, a scatter plot's dots) is defined once and reused; images
 * inside a figure (heat maps, digits) stay images, embedded as PNG. The output depends only on
 * what is drawn: the same figure gives the same bytes on every run.
 */
final class Svg {
    /** How many runs back a drawing may join a run of its style. */
    private static final int LOOK_BACK = 64;

    /** What a shape is drawn with: its SVG paint attributes and its clip; {@code fill} when it is filled. */
    private record Style(boolean fill, String paint, String clip) {
        /** This fill, stroked as well with {@code stroke}'s paint. */
        Style stroked(Style stroke) {
            return new Style(true, paint + stroke.paint.replace(" fill='none'", ""), clip);
        }
    }

    /** One drawing call in device space: a shape (filled, stroked or both) or an image element, and the area it covers. */
    private record Drawn(Style style, Shape shape, String image, Rectangle2D covers) {
    }

    /** The graphics state while the recorded commands are replayed. */
    private static final class State {
        AffineTransform transform = new AffineTransform();
        Color color = Color.BLACK;
        float composite = 1f;
        Stroke stroke = new BasicStroke();
        Font font = new Font(Font.DIALOG, Font.PLAIN, 12);
        Shape clip;
        boolean smoothImages;

        State copy() {
            State s = new State();
            s.transform = new AffineTransform(transform);
            s.color = color;
            s.composite = composite;
            s.stroke = stroke;
            s.font = font;
            s.clip = clip;
            s.smoothImages = smoothImages;
            return s;
        }
    }

    /** Shapes of one style written as one element: their path data, the shared parts they use, or an image. */
    private static final class Run {
        final Style style;
        final SvgPath d;
        final List<Object[]> uses = new ArrayList<>(); // {definition id, x, y in tenths}
        final List<Rectangle2D> covers = new ArrayList<>();
        String image;

        Run(Style style) {
            this.style = style;
            this.d = new SvgPath(!style.fill);
        }

        boolean overlaps(Rectangle2D r) {
            return covers.stream().anyMatch(c -> c.intersects(r));
        }
    }

    private final List<Run> runs = new ArrayList<>();
    private final Map<String, String> clips = new LinkedHashMap<>();  // clip path data -> id
    private final Map<String, Integer> counts = new HashMap<>();       // part segments -> how often drawn
    private final Map<String, String> shared = new LinkedHashMap<>();  // part segments -> id

    private Svg() {
    }

    /** The SVG document for a figure of the given size drawn by {@code painter}. */
    static String of(int width, int height, Consumer<Graphics2D> painter) {
        VectorGraphics2D g = new VectorGraphics2D();
        painter.accept(g);
        Svg svg = new Svg();
        List<Drawn> drawn = fused(svg.replay(g));
        for (Drawn d : drawn) { // first count the shapes and their parts, so that a recurring one is written once
            if (d.shape != null) {
                svg.counts.merge(SvgPath.whole(d.shape).segments(), 1, Integer::sum);
                SvgPath.parts(d.shape).forEach(p -> svg.counts.merge(p.segments(), 1, Integer::sum));
            }
        }
        drawn.forEach(svg::add);
        return svg.document(width, height);
    }

    /** The recorded commands replayed: what is drawn, where, with which style. */
    private List<Drawn> replay(VectorGraphics2D g) {
        Deque<State> stack = new ArrayDeque<>();
        State s = new State();
        List<Drawn> drawn = new ArrayList<>();
        for (Command<?> c : g.getCommands()) {
            if (c instanceof CreateCommand) {
                stack.push(s);
                s = s.copy();
            } else if (c instanceof DisposeCommand) {
                s = stack.isEmpty() ? new State() : stack.pop();
            } else if (c instanceof SetTransformCommand t) {
                s.transform = new AffineTransform(t.getValue());
            } else if (c instanceof AffineTransformCommand t) {
                s.transform.concatenate(t.getValue());
            } else if (c instanceof SetColorCommand col) {
                s.color = col.getValue();
            } else if (c instanceof SetPaintCommand p) {
                s.color = p.getValue() instanceof Color col ? col : Color.BLACK;
            } else if (c instanceof SetCompositeCommand comp) {
                s.composite = comp.getValue() instanceof AlphaComposite a ? a.getAlpha() : 1f;
            } else if (c instanceof SetStrokeCommand st) {
                s.stroke = st.getValue();
            } else if (c instanceof SetFontCommand f) {
                s.font = f.getValue();
            } else if (c instanceof SetClipCommand clip) {
                s.clip = clip.getValue() == null ? null : s.transform.createTransformedShape(clip.getValue());
            } else if (c instanceof SetHintCommand h && h.getKey() == RenderingHints.KEY_INTERPOLATION) {
                s.smoothImages = h.getValue() != RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR;
            } else if (c instanceof FillShapeCommand f) {
                Line2D dashed = dashedLine(f.getValue(), s.stroke);
                // a dashed line filled dash by dash is written as the dashed line it is
                drawn.add(dashed != null ? shape(s, false, dashed) : shape(s, true, f.getValue()));
            } else if (c instanceof DrawShapeCommand d) {
                drawn.add(shape(s, false, d.getValue()));
            } else if (c instanceof DrawStringCommand t) {
                drawn.add(shape(s, true, s.font.createGlyphVector(g.getFontRenderContext(), t.getValue()).getOutline((float) t.getX(), (float) t.getY())));
            } else if (c instanceof DrawImageCommand i) {
                Rectangle2D area = s.transform.createTransformedShape(new Rectangle2D.Double(i.getX(), i.getY(), i.getWidth(), i.getHeight())).getBounds2D();
                drawn.add(new Drawn(style(s, true, null), null, image(i, s), area));
            }
        }
        return drawn;
    }

    /** A shape as drawn with the state's transform, and the area it covers (a stroke's, with its width). */
    private Drawn shape(State s, boolean fill, Shape userSpace) {
        Shape shape = s.transform.createTransformedShape(userSpace);
        Rectangle2D covers = fill ? shape.getBounds2D() : s.transform.createTransformedShape(s.stroke.createStrokedShape(userSpace)).getBounds2D();
        return new Drawn(style(s, fill, shape), shape, null, covers);
    }

    /** A fill followed by a stroke of the same outline (a dot and its ring) become one element. */
    private static List<Drawn> fused(List<Drawn> drawn) {
        List<Drawn> out = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            Drawn a = drawn.get(i), b = i + 1 < drawn.size() ? drawn.get(i + 1) : null;
            if (b != null && a.shape != null && b.shape != null && a.style.fill() && !b.style.fill() && Objects.equals(a.style.clip(), b.style.clip())
                    && SvgPath.of(a.shape).equals(SvgPath.of(b.shape))) {
                out.add(new Drawn(a.style.stroked(b.style), a.shape, null, a.covers.createUnion(b.covers)));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The level or upright line whose dashes {@code filled} is, when it is exactly that (XChart
     * draws its dashed grid lines by filling {@code stroke.createStrokedShape(line)}); else null.
     */
    static Line2D dashedLine(Shape filled, Stroke stroke) {
        if (!(stroke instanceof BasicStroke b) || b.getDashArray() == null || b.getEndCap() != BasicStroke.CAP_BUTT) {
            return null;
        }
        Rectangle2D r = filled.getBounds2D();
        double w = b.getLineWidth();
        Line2D line;
        if (Math.abs(r.getHeight() - w) < 1e-9 && r.getWidth() > w) {
            line = new Line2D.Double(r.getMinX(), r.getCenterY(), r.getMaxX(), r.getCenterY());
        } else if (Math.abs(r.getWidth() - w) < 1e-9 && r.getHeight() > w) {
            line = new Line2D.Double(r.getCenterX(), r.getMinY(), r.getCenterX(), r.getMaxY());
        } else {
            return null;
        }
        return samePath(b.createStrokedShape(line), filled) ? line : null;
    }

    private static boolean samePath(Shape a, Shape b) {
        PathIterator i = a.getPathIterator(null), j = b.getPathIterator(null);
        double[] p = new double[6], q = new double[6];
        for (; !i.isDone() && !j.isDone(); i.next(), j.next()) {
            if (i.currentSegment(p) != j.currentSegment(q)) {
                return false;
            }
            for (int k = 0; k < 6; k++) {
                if (Math.abs(p[k] - q[k]) > 1e-6) {
                    return false;
                }
            }
        }
        return i.isDone() && j.isDone();
    }

    private Style style(State s, boolean fill, Shape shape) {
        String clip = s.clip == null ? null : clips.computeIfAbsent(SvgPath.of(s.clip), k -> "c" + clips.size());
        int alpha = Math.round(s.color.getAlpha() * s.composite);
        boolean evenOdd = fill && shape != null && shape.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD;
        String colour = colour(s.color.getRGB() & 0xffffff);
        String paint = fill ? " fill='" + colour + "'" + opacity("fill", alpha) + (evenOdd ? " fill-rule='evenodd'" : "")
                : " fill='none' stroke='" + colour + "'" + opacity("stroke", alpha) + stroke(s.stroke, s.transform);
        return new Style(fill, paint, clip);
    }

    /** #rrggbb, or #rgb when each pair is one digit twice. */
    static String colour(int rgb) {
        String hex = String.format("%06x", rgb);
        boolean shorter = hex.charAt(0) == hex.charAt(1) && hex.charAt(2) == hex.charAt(3) && hex.charAt(4) == hex.charAt(5);
        return "#" + (shorter ? "" + hex.charAt(0) + hex.charAt(2) + hex.charAt(4) : hex);
    }

    private static String opacity(String what, int alpha) {
        return alpha >= 255 ? "" : " " + what + "-opacity='" + Math.round(alpha / 255.0 * 1000) / 1000.0 + "'";
    }

    /** The stroke's SVG attributes (after the transform's scale), leaving out SVG's defaults. */
    private static String stroke(Stroke stroke, AffineTransform t) {
        if (!(stroke instanceof BasicStroke b)) {
            return "";
        }
        double scale = Math.sqrt(Math.abs(t.getDeterminant()));
        StringBuilder sb = new StringBuilder();
        long width = Math.max(1, tenths(b.getLineWidth() * scale));
        if (width != 10) {
            sb.append(" stroke-width='").append(num(width)).append('\'');
        }
        if (b.getEndCap() != BasicStroke.CAP_BUTT) {
            sb.append(" stroke-linecap='").append(b.getEndCap() == BasicStroke.CAP_ROUND ? "round" : "square").append('\'');
        }
        if (b.getLineJoin() != BasicStroke.JOIN_MITER) {
            sb.append(" stroke-linejoin='").append(b.getLineJoin() == BasicStroke.JOIN_ROUND ? "round" : "bevel").append('\'');
        } else if (b.getMiterLimit() != 4) {
            sb.append(" stroke-miterlimit='").append(Math.round(b.getMiterLimit() * 10) / 10.0).append('\'');
        }
        if (b.getDashArray() != null) {
            sb.append(" stroke-dasharray='");
            float[] dash = b.getDashArray();
            for (int i = 0; i < dash.length; i++) {
                sb.append(i > 0 ? " " : "").append(num(tenths(dash[i] * scale)));
            }
            sb.append('\'');
            if (b.getDashPhase() != 0) {
                sb.append(" stroke-dashoffset='").append(num(tenths(b.getDashPhase() * scale))).append('\'');
            }
        }
        return sb.toString();
    }

    /** An image element, the image embedded as PNG, placed where the transform puts it. */
    private static String image(DrawImageCommand c, State s) {
        BufferedImage img;
        if (c.getValue() instanceof BufferedImage b) {
            img = b;
        } else {
            img = new BufferedImage(c.getImageWidth(), c.getImageHeight(), BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.drawImage(c.getValue(), 0, 0, null);
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(indexed(img), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AffineTransform t = new AffineTransform(s.transform);
        t.translate(c.getX(), c.getY());
        t.scale(c.getWidth(), c.getHeight());
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
        if (!s.smoothImages) {
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

    /**
     * Adds a drawing to the run of its style: the last run, or an earlier one when nothing drawn
     * since then lies where it lands (the picture stays the same, and a scatter plot's dots become
     * one run instead of one per dot).
     */
    private void add(Drawn drawn) {
        Run run = null;
        if (drawn.image == null) {
            for (int i = runs.size() - 1; i >= Math.max(0, runs.size() - LOOK_BACK); i--) {
                Run r = runs.get(i);
                if (r.image == null && r.style.equals(drawn.style)) {
                    run = r;
                    break;
                }
                if (r.overlaps(drawn.covers)) {
                    break;
                }
            }
        }
        if (run == null) {
            run = new Run(drawn.style);
            runs.add(run);
        }
        run.covers.add(drawn.covers);
        if (drawn.image != null) {
            run.image = drawn.image;
            return;
        }
        List<Part> parts = SvgPath.parts(drawn.shape);
        if (!drawn.style.fill) { // a stroke: a closed outline drawn again and again (a ring) is shared
            if (parts.size() == 1 && shared(parts.get(0))) {
                use(run, parts.get(0));
            } else {
                run.d.stroke(drawn.shape);
            }
            return;
        }
        Part whole = SvgPath.whole(drawn.shape);
        if (parts.size() > 1 && shared(whole)) { // a text drawn again (a tick label in every panel)
            use(run, whole);
            return;
        }
        for (Part part : parts) {
            if (shared(part)) {
                use(run, part);
            } else {
                run.d.fill(part);
            }
        }
    }

    /** Whether a part is written once and reused: it is closed, it recurs, and it is longer than a reference to it. */
    private boolean shared(Part part) {
        return part.segments().length() > 40 && part.segments().endsWith("z") && counts.getOrDefault(part.segments(), 0) > 1;
    }

    private void use(Run run, Part part) {
        String id = shared.computeIfAbsent(part.segments(), k -> "g" + shared.size());
        run.uses.add(new Object[] {id, part.x(), part.y()});
    }

    private String document(int width, int height) {
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns='http://www.w3.org/2000/svg' width='").append(width).append("' height='").append(height)
                // lengths in tenths of a pixel; a line is a pixel wide unless it says otherwise
                .append("' viewBox='0 0 ").append(10 * width).append(' ').append(10 * height).append("' stroke-width='10'>\n");
        if (!clips.isEmpty() || !shared.isEmpty()) {
            sb.append("<defs>\n");
            clips.forEach((d, id) -> sb.append("<clipPath id='").append(id).append("'><path d='").append(d).append("'/></clipPath>\n"));
            shared.forEach((segments, id) -> sb.append("<path id='").append(id).append("' d='M0 0").append(segments).append("'/>\n"));
            sb.append("</defs>\n");
        }
        for (Run run : runs) {
            String clip = run.style.clip == null ? "" : " clip-path='url(#" + run.style.clip + ")'";
            if (run.image != null) {
                sb.append(clip.isEmpty() ? run.image : "<g" + clip + ">" + run.image + "</g>").append('\n');
                continue;
            }
            String d = run.d.toString();
            if (run.uses.isEmpty() && d.isEmpty()) {
                continue;
            }
            if (run.uses.isEmpty()) {
                sb.append("<path").append(run.style.paint).append(clip).append(" d='").append(d).append("'/>\n");
                continue;
            }
            sb.append("<g").append(run.style.paint).append(clip).append('>');
            if (!d.isEmpty()) {
                sb.append("<path d='").append(d).append("'/>");
            }
            for (Object[] use : run.uses) {
                sb.append("<use href='#").append(use[0]).append("' x='").append(num((Long) use[1])).append("' y='").append(num((Long) use[2])).append("'/>");
            }
            sb.append("</g>\n");
        }
        return sb.append("</svg>\n").toString();
    }
}
