package nn.losses;

/** The name and LaTeX formula every built-in loss carries; {@code toString} is the name. */
abstract class Named {
    private final String name;
    private final String latex;

    Named(String name, String latex) {
        this.name = name;
        this.latex = latex;
    }

    /** A short readable name. */
    public String name() {
        return name;
    }

    /** The formula in LaTeX. */
    public String latex() {
        return latex;
    }

    @Override
    public String toString() {
        return name;
    }
}
