package nn.plots;

import nn.plots.SvgDrawing.Drawn;
import nn.plots.SvgDrawing.Style;
import nn.plots.SvgPath.Part;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nn.plots.SvgPath.num;

/**
 * The vector form of a figure, as compact SVG: what the painter draws ({@link SvgDrawing}), shapes
 * of one style drawn one after another written as one path ({@link SvgPath}), an outline that
 * recurs (a tick label's digits, a scatter plot's dots) defined once and reused, a long stretch of
 * the same outline (a scatter plot's dots) placed by a marker, images embedded as PNG
 * ({@link SvgImage}). Lengths are in tenths of a pixel. Written short without changing what is
 * drawn ({@link #document}): no line breaks, ids of a letter or two, shared paint said once. The
 * output depends only on what is drawn: the same figure gives the same bytes on every run.
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
    private final Map<String, Integer> glyphCounts = new HashMap<>();  // a glyph's segments -> how often drawn
    private final Map<Shape, Part> wholes = new IdentityHashMap<>();
    private final Map<Shape, List<Part>> partsOf = new IdentityHashMap<>();
    private final Map<String, String> shared = new LinkedHashMap<>();  // part segments -> id

    private Svg() {
    }

    /** The SVG document for a figure of the given size drawn by {@code painter}. */
    static String of(int width, int height, Consumer<Graphics2D> painter) {
        Svg svg = new Svg();
        List<Drawn> drawn = SvgDrawing.of(painter, svg.clips);
        for (Drawn d : drawn) { // first count the glyphs, the shapes and their parts, so that a recurring one is written once
            if (d.glyphs() != null) {
                d.glyphs().forEach(g -> svg.glyphCounts.merge(svg.whole(g).segments(), 1, Integer::sum));
            }
            if (d.shape() != null) {
                if (svg.parts(d.shape()).size() > 1) { // as add() shares it: a shape of one part is counted as that part
                    svg.counts.merge(svg.whole(d.shape()).segments(), 1, Integer::sum);
                }
                if (d.glyphs() == null) { // a text's parts are never shared one by one (add)
                    svg.parts(d.shape()).forEach(p -> svg.counts.merge(p.segments(), 1, Integer::sum));
                }
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
        List<Part> parts = parts(drawn.shape());
        if (!drawn.style().fill()) { // a stroke: a closed outline drawn again and again (a ring) is shared
            if (parts.size() == 1 && shared(parts.get(0))) {
                use(run, parts.get(0));
            } else {
                run.d.stroke(drawn.shape());
            }
            return;
        }
        Part whole = whole(drawn.shape());
        if (parts.size() > 1 && shared(whole)) { // a text drawn again (a tick label in every panel)
            use(run, whole);
            return;
        }
        if (drawn.glyphs() != null) {
            // a text: a glyph that recurs in the figure is written once, and a glyph is shared whole or not
            // at all, because an outline of a glyph on its own may not be what it draws in the glyph (a
            // Chinese character's outlines overlap and leave holes where they wind against each other)
            for (Shape glyph : drawn.glyphs()) {
                Part outline = whole(glyph);
                if (recurs(glyphCounts, outline)) {
                    use(run, outline);
                } else {
                    for (Part part : parts(glyph)) {
                        run.d.fill(part); // in the same path: a glyph's outlines fill together (nonzero), its holes stay open
                    }
                }
            }
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

    /** The shape as one part, worked out once (the shapes are counted first, then written). */
    private Part whole(Shape shape) {
        return wholes.computeIfAbsent(shape, SvgPath::whole);
    }

    /** The shape's parts, worked out once. */
    private List<Part> parts(Shape shape) {
        return partsOf.computeIfAbsent(shape, SvgPath::parts);
    }

    /** Whether a part is written once and reused: it is closed, it recurs, and it is longer than a reference to it. */
    private boolean shared(Part part) {
        return recurs(counts, part);
    }

    /** Whether a part is closed, longer than a reference to it, and counted more than once in {@code counts}. */
    private static boolean recurs(Map<String, Integer> counts, Part part) {
        return part.segments().length() > 40 && part.segments().endsWith("z") && counts.getOrDefault(part.segments(), 0) > 1;
    }

    private void use(Run run, Part part) {
        String id = shared.computeIfAbsent(part.segments(), k -> "g" + shared.size());
        run.uses.add(new Object[] {id, part.x(), part.y()});
    }

    /** The SVG properties that children inherit and that a figure may state once on its root, with SVG's initial values. */
    private static final Map<String, String> INHERITED = Map.of("fill", "#000", "stroke-linecap", "butt", "stroke-linejoin", "miter", "stroke-miterlimit", "4");
    private static final Pattern ATTRIBUTE = Pattern.compile(" ([a-z-]+)='([^']*)'");

    /**
     * The document, written short without changing what it draws: no line breaks; ids of one or
     * two letters, the most used the shortest; each inherited paint property that most elements
     * share ({@link #INHERITED}) said once on the root, and on an element only where it differs;
     * a shared outline starting where most of its uses put it, so that those uses leave out x or y;
     * a stretch of uses of one outline as marks ({@link Marks}) where that is shorter; elements one
     * after another with the same clip grouped and clipped once; path data as
     * {@link SvgPath#compact} writes it.
     */
    private String document(int width, int height) {
        Map<String, Integer> refs = new HashMap<>(); // old id -> how often it is referred to
        Map<String, Map<Long, Integer>> xs = new HashMap<>(), ys = new HashMap<>();
        List<Map<String, String>> paints = new ArrayList<>();
        Set<String> stroked = new HashSet<>(); // shared outlines that some run strokes
        for (Run run : runs) {
            if (!filledOnly(run.style)) {
                run.uses.forEach(use -> stroked.add((String) use[0]));
            }
            if (run.image == null && (!run.uses.isEmpty() || !run.d.toString().isEmpty())) {
                paints.add(attributes(run.style.paint()));
                if (run.style.clip() != null) {
                    refs.merge(run.style.clip(), 1, Integer::sum);
                }
            } else if (run.image != null && run.style.clip() != null) {
                refs.merge(run.style.clip(), 1, Integer::sum);
            }
            for (Object[] use : run.uses) {
                refs.merge((String) use[0], 1, Integer::sum);
                xs.computeIfAbsent((String) use[0], k -> new HashMap<>()).merge((Long) use[1], 1, Integer::sum);
                ys.computeIfAbsent((String) use[0], k -> new HashMap<>()).merge((Long) use[2], 1, Integer::sum);
            }
        }
        Map<String, Long> originX = new HashMap<>(), originY = new HashMap<>();
        xs.forEach((id, counts) -> originX.put(id, origin(counts)));
        ys.forEach((id, counts) -> originY.put(id, origin(counts)));
        Map<String, String> root = rootPaint(paints);
        Map<String, String[]> markers = new LinkedHashMap<>(); // "outline id|paint" -> {marker id, outline id, paint}
        Map<Run, List<Object>> placed = new HashMap<>();
        for (Run run : runs) {
            if (!run.uses.isEmpty()) {
                placed.put(run, placed(run.uses, paint(attributes(run.style.paint()), root), originX, originY, markers, refs));
            }
        }
        Map<String, String> ids = shortIds(refs);

        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns='http://www.w3.org/2000/svg' width='").append(width).append("' height='").append(height)
                // lengths in tenths of a pixel; a line is a pixel wide unless it says otherwise
                .append("' viewBox='0 0 ").append(10 * width).append(' ').append(10 * height).append("' stroke-width='10'");
        root.forEach((name, value) -> {
            if (!value.equals(INHERITED.get(name))) {
                sb.append(' ').append(name).append("='").append(value).append('\'');
            }
        });
        sb.append('>');
        if (!clips.isEmpty() || !shared.isEmpty()) {
            sb.append("<defs>");
            clips.forEach((d, id) -> sb.append("<clipPath id='").append(ids.getOrDefault(id, id)).append("'><path d='").append(SvgPath.compact(d, true)).append("'/></clipPath>"));
            shared.forEach((segments, id) -> {
                long x = originX.getOrDefault(id, 0L), y = originY.getOrDefault(id, 0L);
                String d = "M" + num(x) + SvgPath.sep(y) + num(y) + segments;
                sb.append("<path id='").append(ids.getOrDefault(id, id)).append("' d='").append(SvgPath.compact(d, !stroked.contains(id))).append("'/>");
            });
            markers.values().forEach(m -> sb.append(marker(ids.get(m[0]), ids.get(m[1]), m[2])));
            sb.append("</defs>");
        }
        List<String[]> elements = new ArrayList<>(); // {clip attribute or "", the element as it is written with that clip, without it}
        for (Run run : runs) {
            String clip = run.style.clip() == null ? "" : " clip-path='url(#" + ids.get(run.style.clip()) + ")'";
            if (run.image != null) {
                elements.add(new String[] {clip, clip.isEmpty() ? run.image : "<g" + clip + ">" + run.image + "</g>", run.image});
                continue;
            }
            String d = SvgPath.compact(run.d.toString(), filledOnly(run.style));
            if (run.uses.isEmpty() && d.isEmpty()) {
                continue;
            }
            String paint = paint(attributes(run.style.paint()), root);
            if (run.uses.isEmpty()) {
                elements.add(element(clip, "<path" + paint, " d='" + d + "'/>"));
                continue;
            }
            List<Object> items = placed.get(run);
            if (d.isEmpty() && items.size() == 1 && items.get(0) instanceof Marks marks) { // the marker has the paint
                String path = marks.path(ids.get(marks.marker), originX.get(marks.outline), originY.get(marks.outline));
                elements.add(element(clip, path.substring(0, 5), path.substring(5)));
                continue;
            }
            StringBuilder g = new StringBuilder(">");
            if (!d.isEmpty()) {
                g.append("<path d='").append(d).append("'/>");
            }
            for (Object item : items) {
                if (item instanceof Object[] use) {
                    g.append(use(ids.get((String) use[0]), (Long) use[1] - originX.get((String) use[0]), (Long) use[2] - originY.get((String) use[0])));
                } else {
                    Marks marks = (Marks) item;
                    g.append(marks.path(ids.get(marks.marker), originX.get(marks.outline), originY.get(marks.outline)));
                }
            }
            elements.add(element(clip, "<g" + paint, g.append("</g>").toString()));
        }
        for (int i = 0; i < elements.size(); ) { // elements one after another with the same clip: one group, clipped once
            int j = i + 1;
            while (j < elements.size() && elements.get(j)[0].equals(elements.get(i)[0])) {
                j++;
            }
            if (elements.get(i)[0].isEmpty() || j - i == 1) {
                sb.append(elements.get(i)[1]);
                j = i + 1;
            } else {
                sb.append("<g").append(elements.get(i)[0]).append('>');
                elements.subList(i, j).forEach(e -> sb.append(e[2]));
                sb.append("</g>");
            }
            i = j;
        }
        return sb.append("</svg>").toString();
    }

    /** An element's forms: {clip, with the clip, without it}; {@code head} and {@code tail} are what goes before and after the clip. */
    private static String[] element(String clip, String head, String tail) {
        return new String[] {clip, head + clip + tail, head + tail};
    }

    /** A use of a shared outline, moved by x and y from where its definition starts it. */
    private static String use(String id, long x, long y) {
        return "<use href='#" + id + "'" + (x != 0 ? " x='" + num(x) + "'" : "") + (y != 0 ? " y='" + num(y) + "'" : "") + "/>";
    }

    /**
     * Uses of one outline one after another (a scatter plot's dots), written as marks: a path of
     * moves only (it draws nothing itself) with a marker at each point. The marker draws the
     * outline with the run's paint at each point, in order, as the uses would.
     */
    private record Marks(String outline, String marker, List<Object[]> uses) {
        String path(String markerId, long originX, long originY) {
            StringBuilder d = new StringBuilder();
            long x = originX, y = originY;
            for (Object[] use : uses) {
                long dx = (Long) use[1] - x, dy = (Long) use[2] - y;
                d.append(d.isEmpty() ? 'M' : 'm').append(num(dx)).append(SvgPath.sep(dy)).append(num(dy));
                x += dx;
                y += dy;
            }
            return "<path style='marker:url(#" + markerId + ")' stroke='none' d='" + d + "'/>";
        }
    }

    /** The marker that draws an outline with a paint: in user units, not clipped to a marker box. */
    private static String marker(String id, String outline, String paint) {
        return "<marker id='" + id + "' markerUnits='userSpaceOnUse' overflow='visible'" + paint + "><use href='#" + outline + "'/></marker>";
    }

    /**
     * A run's uses as they are written: each a use, except a stretch of uses of one outline that
     * is shorter as marks ({@link Marks}); {@code markers} gets the markers needed, {@code refs}
     * counts the references to them.
     */
    private static List<Object> placed(List<Object[]> uses, String paint, Map<String, Long> originX, Map<String, Long> originY,
                                       Map<String, String[]> markers, Map<String, Integer> refs) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < uses.size(); ) {
            String id = (String) uses.get(i)[0];
            int j = i;
            while (j < uses.size() && uses.get(j)[0].equals(id)) {
                j++;
            }
            List<Object[]> stretch = uses.subList(i, j);
            String key = id + "|" + paint;
            String marker = markers.containsKey(key) ? markers.get(key)[0] : "m" + markers.size();
            int asUses = stretch.stream().mapToInt(u -> use("ab", (Long) u[1] - originX.get(id), (Long) u[2] - originY.get(id)).length()).sum();
            int asMarks = new Marks(id, marker, stretch).path("ab", originX.get(id), originY.get(id)).length()
                    + (markers.containsKey(key) ? 0 : marker("ab", "ab", paint).length());
            if (stretch.size() > 1 && asMarks < asUses) {
                markers.putIfAbsent(key, new String[] {marker, id, paint});
                refs.merge(marker, 1, Integer::sum);
                out.add(new Marks(id, marker, List.copyOf(stretch)));
            } else {
                out.addAll(stretch);
            }
            i = j;
        }
        return out;
    }

    /** Whether shapes of this style are filled and not stroked (so only the area inside their outlines counts). */
    private static boolean filledOnly(Style style) {
        return style.fill() && !attributes(style.paint()).containsKey("stroke");
    }

    /** Paint attributes (as {@link SvgDrawing.Style#paint()} writes them) by name, in order. */
    static Map<String, String> attributes(String paint) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(paint);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    /**
     * The value of an inherited property as an element with these paint attributes draws it, or
     * null when it does not change what the element draws (a stroke's caps on an element with no
     * stroke; a miter limit where corners are not mitred).
     */
    private static String effective(Map<String, String> paint, String name) {
        String value = paint.getOrDefault(name, INHERITED.get(name));
        return switch (name) {
            case "fill" -> value;
            case "stroke-miterlimit" -> paint.containsKey("stroke") && effective(paint, "stroke-linejoin").equals("miter") ? value : null;
            default -> paint.containsKey("stroke") ? value : null;
        };
    }

    /** For each {@link #INHERITED} property, the value that saves the most when the root says it (SVG's initial value when no other does). */
    static Map<String, String> rootPaint(List<Map<String, String>> paints) {
        Map<String, String> root = new LinkedHashMap<>();
        for (String name : List.of("fill", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit")) {
            Map<String, Integer> saved = new LinkedHashMap<>();
            for (Map<String, String> paint : paints) {
                String value = effective(paint, name);
                if (value != null) {
                    saved.merge(value, name.length() + value.length() + 4, Integer::sum);
                }
            }
            String initial = INHERITED.get(name);
            saved.merge(initial, 0, Integer::sum);
            int best = saved.get(initial);
            String chosen = initial;
            for (Map.Entry<String, Integer> e : saved.entrySet()) {
                if (e.getValue() > best) { // a tie keeps the first: deterministic, as the paints come in drawing order
                    best = e.getValue();
                    chosen = e.getKey();
                }
            }
            root.put(name, chosen);
        }
        return root;
    }

    /** An element's paint attributes given what the root says: an inherited property only where it draws differently. */
    static String paint(Map<String, String> paint, Map<String, String> root) {
        StringBuilder sb = new StringBuilder();
        paint.forEach((name, value) -> {
            if (!root.containsKey(name)) {
                sb.append(' ').append(name).append("='").append(value).append('\'');
            }
        });
        root.forEach((name, inherited) -> {
            String value = effective(paint, name);
            if (value != null && !value.equals(inherited)) {
                sb.append(' ').append(name).append("='").append(value).append('\'');
            }
        });
        return sb.toString();
    }

    /** Where a shared outline starts: where most of its uses put it (the shortest of those, on a tie), so they need not say it. */
    private static long origin(Map<Long, Integer> counts) {
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<Long, Integer>>comparingInt(Map.Entry::getValue).thenComparing(e -> -num(e.getKey()).length()).thenComparing(e -> -e.getKey()))
                .orElseThrow().getKey();
    }

    /** Ids of one letter, then two, in order of how often each is referred to (then of first use). */
    static Map<String, String> shortIds(Map<String, Integer> refs) {
        List<String> order = new ArrayList<>(refs.keySet());
        order.sort(Comparator.<String>comparingInt(refs::get).reversed().thenComparing(Svg::idOrder));
        Map<String, String> ids = new HashMap<>();
        for (String id : order) {
            ids.put(id, name(ids.size()));
        }
        return ids;
    }

    /** The order the old ids were made in: clips (c0, c1, …), outlines (g0, g1, …), markers (m0, m1, …), each by number. */
    private static long idOrder(String id) {
        return ((long) "cgm".indexOf(id.charAt(0)) << 32) + Long.parseLong(id.substring(1));
    }

    /** The n-th short id: a–z, A–Z, then two letters. */
    static String name(int n) {
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        return n < letters.length() ? String.valueOf(letters.charAt(n)) : name(n / letters.length() - 1) + letters.charAt(n % letters.length());
    }
}
