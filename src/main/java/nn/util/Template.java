package nn.util;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formula with named holes, written twice: in LaTeX and in plain text with Unicode. It is how an
 * activation or a loss writes its own formula into a trace, e.g. the sigmoid's derivative
 * {@code Template.of("‹a›‹·›(1 - ‹a›)", "‹a›‹·›(1 − ‹a›)")}.
 *
 * <p>A hole is a name in angle quotes, {@code ‹a›}, {@code ‹z›}, {@code ‹y›} (a prediction),
 * {@code ‹t›} (a target), {@code ‹N›} (a count). {@code ‹·›} is a product that is only written
 * between numbers: {@link #symbols()} gives {@code a(1 − a)} and {@link #fill} with a = 0.4 gives
 * {@code 0.4·(1 − 0.4)}. Immutable.
 */
public record Template(String latex, String text) {
    private static final Pattern HOLE = Pattern.compile("‹([^›]*)›");
    /** The product written only between numbers. */
    public static final String TIMES = "·";

    /** Checks both forms are given. */
    public Template {
        Check.argument(latex != null && text != null, "a formula template needs a LaTeX form and a text form");
    }

    /** The template with this LaTeX form and this text form. */
    public static Template of(String latex, String text) {
        return new Template(latex, text);
    }

    /** A template that reads the same in LaTeX and in text. */
    public static Template of(String both) {
        return new Template(both, both);
    }

    /** The formula with every hole written as its name: {@code a(1 − a)}; first LaTeX, then text. */
    public String[] symbols() {
        return symbols(name -> name, name -> name);
    }

    /** The formula with each hole written as {@code latex} and {@code text} name it (e.g. ŷ₁ for y), without product signs. */
    public String[] symbols(UnaryOperator<String> latex, UnaryOperator<String> text) {
        Check.given("a formula's symbols", "latex", latex, "text", text);
        return new String[] {replace(this.latex, latex, ""), replace(this.text, text, "")};
    }

    /**
     * The formula with each hole replaced by what {@code latex} and {@code text} give for its name
     * (e.g. a number); {@code ‹·›} becomes {@code \cdot} and {@code ·}. Returns the LaTeX form, then
     * the text form.
     */
    public String[] fill(UnaryOperator<String> latex, UnaryOperator<String> text) {
        Check.given("filling a formula", "latex", latex, "text", text);
        return new String[] {replace(this.latex, latex, " \\cdot "), replace(this.text, text, TIMES)};
    }

    private static String replace(String template, UnaryOperator<String> value, String times) {
        Matcher m = HOLE.matcher(template);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String v = name.equals("·") ? times : value.apply(name);
            Check.argument(v != null, "the hole ‹%s› of a formula was filled with null", name);
            m.appendReplacement(s, Matcher.quoteReplacement(v));
        }
        return m.appendTail(s).toString();
    }

    /** The text form with holes named: {@code a(1 − a)}. */
    @Override
    public String toString() {
        return symbols()[1];
    }
}
