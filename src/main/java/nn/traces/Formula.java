package nn.traces;

import nn.util.Fmt;
import nn.util.Template;

import java.util.Map;

/** One formula built twice at once: as LaTeX (for Markdown) and as plain text with Unicode. */
final class Formula {
    private static final String SUB = "₀₁₂₃₄₅₆₇₈₉";
    private static final String SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final StringBuilder latex = new StringBuilder();
    private final StringBuilder text = new StringBuilder();

    /** Appends the same piece in both forms. */
    Formula add(String latexPiece, String textPiece) {
        latex.append(latexPiece);
        text.append(textPiece);
        return this;
    }

    /** Appends a piece given as {LaTeX, text}. */
    Formula add(String[] latexAndText) {
        return add(latexAndText[0], latexAndText[1]);
    }

    /** Appends a template with its holes written as their names (a(1 − a)), or as {@code names} says (ŷ₁). */
    Formula symbols(Template t, Map<String, String[]> names) {
        return add(t.symbols(h -> names.containsKey(h) ? names.get(h)[0] : h, h -> names.containsKey(h) ? names.get(h)[1] : h));
    }

    /** Appends a template with its holes filled by numbers, negative ones in parentheses; ‹·› becomes a product. */
    Formula numbers(Template t, Map<String, Double> values) {
        return add(t.fill(h -> number(values, h).latex(), h -> number(values, h).text()));
    }

    private static Formula number(Map<String, Double> values, String hole) {
        Double v = values.get(hole);
        if (v == null) {
            return new Formula().add(hole);
        }
        return hole.equals("N") ? new Formula().add(String.valueOf(v.longValue())) : new Formula().factor(v);
    }

    /** Appends a piece that reads the same in both forms. */
    Formula add(String both) {
        return add(both, both);
    }

    /** A number: {@code -0.5} in LaTeX, {@code −0.5} in text. */
    Formula num(double v) {
        return add(Fmt.num(v), Fmt.signed(v));
    }

    /** A number as a factor of a product: negative numbers in parentheses. */
    Formula factor(double v) {
        return v < 0 ? add("(").num(v).add(")") : num(v);
    }

    /** A number added to a sum: {@code + 0.3} or {@code - 0.1}. */
    Formula plus(double v) {
        return v < 0 ? add(" - ", " − ").num(-v) : add(" + ").num(v);
    }

    /** A number subtracted: {@code − 1}, {@code − 0}, {@code − (−1)}. */
    Formula minus(double v) {
        return add(" - ", " − ").factor(v);
    }

    /** Multiplication: {@code \cdot} and {@code ·}. */
    Formula times() {
        return add(" \\cdot ", "·");
    }

    /** Equals, with spaces. */
    Formula eq() {
        return add(" = ");
    }

    /** A symbol with layer superscript and neuron subscript(s): z¹₁, W²₁₂, δ¹₂. */
    Formula sym(String latexName, String textName, int layer, int... index) {
        StringBuilder l = new StringBuilder(latexName).append("^{").append(layer).append("}");
        StringBuilder t = new StringBuilder(textName).append(sup(layer));
        if (index.length > 0) {
            l.append("_{");
            for (int i : index) {
                l.append(i);
                t.append(sub(i));
            }
            l.append("}");
        }
        return add(l.toString(), t.toString());
    }

    String latex() {
        return latex.toString();
    }

    String text() {
        return text.toString();
    }

    static String sup(int n) {
        return map(n, SUP);
    }

    static String sub(int n) {
        return map(n, SUB);
    }

    private static String map(int n, String digits) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append(digits.charAt(c - '0'));
        }
        return s.toString();
    }
}
