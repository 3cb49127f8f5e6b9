package nn.show;

import nn.util.Check;

/**
 * Text that a notebook shows as rendered Markdown, with LaTeX formulas between {@code $…$}. The
 * kernel renders it as {@code text/markdown} once {@link nn.Workbook#setup()} has run; its plain
 * text form ({@link #toString()}) is a readable version of the same content, without LaTeX.
 */
public final class Markdown {
    private final String markdown;
    private final String text;

    private Markdown(String markdown, String text) {
        this.markdown = markdown;
        this.text = text;
    }

    /** Markdown with its plain-text form. */
    public static Markdown of(String markdown, String text) {
        Check.argument(markdown != null && text != null, "Markdown needs both its Markdown and its plain-text form");
        return new Markdown(markdown, text);
    }

    /** The Markdown source. */
    public String markdown() {
        return markdown;
    }

    /** This followed by {@code other}, as separate paragraphs. */
    public Markdown then(Markdown other) {
        Check.notNull(other, "then", "Markdown to follow");
        return new Markdown(markdown + "\n\n" + other.markdown, text + "\n" + other.text);
    }

    /** The plain-text form. */
    @Override
    public String toString() {
        return text;
    }
}
