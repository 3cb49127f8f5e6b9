package nn.plots;

import nn.plots.SvgDrawing.Drawn;
import nn.plots.SvgDrawing.Style;
import nn.plots.SvgPath.Part;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static nn.plots.SvgPath.num;

/**
 * The vector form of a figure, as compact SVG: what the painter draws ({@link SvgDrawing}), shapes
 * of one style drawn one after another written as one path ({@link SvgPath}), an outline that
 * recurs (a tick label's digits, a scatter plot's dots) defined once and reused, images embedded
 * as PNG ({@link SvgImage}). Lengths are in tenths of a pixel. The output depends only on what is
 * drawn: the same figure gives the same bytes on every run.
 */
final class Svg {
    /** How many runs back a drawing may join a run of its style. */
    private static final int LOOK_BACK = 64;

    /** Shapes of one style written as one element: their path data, the shared parts they use, or an image. */
    private static final class Run {
        final Style style;
        final SvgPath d;
        final List<Object[]> uses = new ArrayList<>(); // {definition id, x, y in tenths}
        final List<Rectangle2D> covers = new ArrayList<>();
        String image;

        Run(Style style) {
            this.style = style;
            this.d = new SvgPath(!style.fill());
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
        Svg svg = new Svg();
        List<Drawn> drawn = SvgDrawing.of(painter, svg.clips);
        for (Drawn d : drawn) { // first count the shapes and their parts, so that a recurring one is written once
            if (d.shape() != null) {
                svg.counts.merge(SvgPath.whole(d.shape()).segments(), 1, Integer::sum);
                SvgPath.parts(d.shape()).forEach(p -> svg.counts.merge(p.segments(), 1, Integer::sum));
            }
        }
        drawn.forEach(svg::add);
        return svg.document(width, height);
    }

    /**
     * Adds a drawing to the run of its style: the last run, or an earlier one when nothing drawn
     * since then lies where it lands (the picture stays the same, and a scatter plot's dots become
     * one run instead of one per dot).
     */
    private void add(Drawn drawn) {
        Run run = null;
        if (drawn.image() == null) {
            for (int i = runs.size() - 1; i >= Math.max(0, runs.size() - LOOK_BACK); i--) {
                Run r = runs.get(i);
                if (r.image == null && r.style.equals(drawn.style())) {
                    run = r;
                    break;
                }
                if (r.overlaps(drawn.covers())) {
                    break;
                }
            }
        }
        if (run == null) {
            run = new Run(drawn.style());
            runs.add(run);
        }
        run.covers.add(drawn.covers());
        if (drawn.image() != null) {
            run.image = drawn.image();
            return;
        }
        List<Part> parts = SvgPath.parts(drawn.shape());
        if (!drawn.style().fill()) { // a stroke: a closed outline drawn again and again (a ring) is shared
            if (parts.size() == 1 && shared(parts.get(0))) {
                use(run, parts.get(0));
            } else {
                run.d.stroke(drawn.shape());
            }
            return;
        }
        Part whole = SvgPath.whole(drawn.shape());
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
            String clip = run.style.clip() == null ? "" : " clip-path='url(#" + run.style.clip() + ")'";
            if (run.image != null) {
                sb.append(clip.isEmpty() ? run.image : "<g" + clip + ">" + run.image + "</g>").append('\n');
                continue;
            }
            String d = run.d.toString();
            if (run.uses.isEmpty() && d.isEmpty()) {
                continue;
            }
            if (run.uses.isEmpty()) {
                sb.append("<path").append(run.style.paint()).append(clip).append(" d='").append(d).append("'/>\n");
                continue;
            }
            sb.append("<g").append(run.style.paint()).append(clip).append('>');
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
