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

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import static nn.plots.SvgPath.num;
import static nn.plots.SvgPath.tenths;

/**
 * What a painter draws, as SVG needs it: the commands that VectorGraphics2D (XChart's own vector
 * back end) records, replayed with their graphics state into a list of drawings in device space,
 * each with its paint attributes and clip. A dashed line that XChart fills dash by dash is turned
 * back into the dashed line it is; a fill followed by a stroke of the same outline (a dot and its
 * ring) becomes one drawing; text becomes glyph outlines, as XChart draws its own.
 */
final class SvgDrawing {
    /** What a shape is drawn with: its SVG paint attributes and its clip; {@code fill} when it is filled. */
    record Style(boolean fill, String paint, String clip) {
        /** This fill, stroked as well with {@code stroke}'s paint. */
        Style stroked(Style stroke) {
            return new Style(true, paint + stroke.paint.replace(" fill='none'", ""), clip);
        }
    }

    /**
     * One drawing call in device space: a shape (filled, stroked or both) or an image element, and
     * the area it covers; for a text, also its glyphs' outlines one by one (else null).
     */
    record Drawn(Style style, Shape shape, String image, Rectangle2D covers, List<Shape> glyphs) {
        Drawn(Style style, Shape shape, String image, Rectangle2D covers) {
            this(style, shape, image, covers, null);
        }
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

    private final Map<String, String> clips = new LinkedHashMap<>();  // clip path data -> id

    private SvgDrawing() {
    }

    /** What {@code painter} draws, in order; {@code clips} gets each clip's path data and id. */
    static List<Drawn> of(Consumer<Graphics2D> painter, Map<String, String> clips) {
        VectorGraphics2D g = new VectorGraphics2D();
        painter.accept(g);
        SvgDrawing d = new SvgDrawing();
        List<Drawn> drawn = fused(d.replay(g));
        clips.putAll(d.clips);
        return drawn;
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
                drawn.add(text(s, s.font.createGlyphVector(g.getFontRenderContext(), t.getValue()), (float) t.getX(), (float) t.getY()));
            } else if (c instanceof DrawImageCommand i) {
                Rectangle2D area = s.transform.createTransformedShape(new Rectangle2D.Double(i.getX(), i.getY(), i.getWidth(), i.getHeight())).getBounds2D();
                drawn.add(new Drawn(style(s, true, null), null, SvgImage.of(i.getValue(), i.getImageWidth(), i.getImageHeight(), imageTransform(i, s), s.smoothImages), area));
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

    /**
     * A text as drawn: its outline, and each glyph's (a Chinese character recurs where the texts
     * around it differ). The text's outline is its glyphs' one after another, as
     * {@link GlyphVector#getOutline(float, float)} makes it, each glyph's taken once.
     */
    private Drawn text(State s, GlyphVector glyphs, float x, float y) {
        Path2D outline = new Path2D.Float(Path2D.WIND_NON_ZERO);
        List<Shape> each = new ArrayList<>();
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            Shape glyph = glyphs.getGlyphOutline(i, x, y);
            outline.append(glyph, false);
            each.add(s.transform.createTransformedShape(glyph));
        }
        Drawn whole = shape(s, true, outline);
        return new Drawn(whole.style(), whole.shape(), null, whole.covers(), List.copyOf(each));
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
            sb.append(" stroke-miterlimit='").append(decimal(Math.round(b.getMiterLimit() * 10) / 10.0)).append('\'');
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

    /** A number as short as it is: 10 for 10.0, 1.5 for 1.5. */
    static String decimal(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Where the transform puts an image: the matrix that maps the unit square onto it. */
    private static AffineTransform imageTransform(DrawImageCommand c, State s) {
        AffineTransform t = new AffineTransform(s.transform);
        t.translate(c.getX(), c.getY());
        t.scale(c.getWidth(), c.getHeight());
        return t;
    }
}
