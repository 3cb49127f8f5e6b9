package nn.traces;

import nn.show.Markdown;

import java.util.ArrayList;
import java.util.List;

/** Collects a trace: headings and formulas, each one line in text and one list item in Markdown. */
final class Lines {
    private final List<String> markdown = new ArrayList<>();
    private final List<String> text = new ArrayList<>();

    Lines heading(String markdownHeading, String textHeading) {
        markdown.add((markdown.isEmpty() ? "" : "\n") + markdownHeading + "\n");
        text.add(textHeading);
        return this;
    }

    Lines formula(Formula f) {
        markdown.add("- $" + f.latex() + "$");
        text.add("  " + f.text());
        return this;
    }

    Markdown build() {
        return Markdown.of(String.join("\n", markdown), String.join("\n", text));
    }
}
