package nn.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The translations of figure texts into one language, read from the resource
 * {@code nn/i18n/LANG.tsv}: one entry a line, the English text, a tab, the translation.
 * <pre>
 *   loss during training           训练中的损失
 *   {} and its derivative          {}及其导数
 *   XOR after # epochs             # 轮之后的 XOR
 *   sigmoid
 * </pre>
 * In the English text {@code {}} stands for any text (itself translated in turn) and {@code #}
 * for a number; the translation uses them in the same order, or {@code {1}}, {@code {2}} … to
 * take them in another. A line with the English alone keeps its words as they are (names such as
 * sigmoid, ReLU, XOR). A line that starts with {@code #} and has no tab is a comment.
 *
 * <p>A text needs a translation when neither it nor an entry's pattern is in the catalogue and it
 * has a Latin word of three letters or more that is not a kept name; for a pattern, the same holds
 * of the text each {@code {}} stands for. (What a translation itself keeps in Latin letters, such
 * as {@code backward()}, is the translator's choice.)
 */
final class Catalogue {
    private static final Map<Language, Catalogue> LOADED = new EnumMap<>(Language.class);
    private static final String NUMBER = "[−-]?\\d+(?:[.,]\\d+)*(?:[eE][−-]?\\d+)?";
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d*)\\}|#");
    private static final int DEPTH = 4;

    private final Map<String, String> exact = new HashMap<>();
    private final List<Entry> patterns = new ArrayList<>();
    private final Set<String> kept = new HashSet<>();

    private record Entry(Pattern english, String translation, int wildcards, int literal) {
    }

    static String path(Language language) {
        return "nn/i18n/" + language.code() + ".tsv";
    }

    static synchronized Catalogue of(Language language) {
        return LOADED.computeIfAbsent(language, l -> {
            try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(path(l))) {
                if (in == null) {
                    throw new IllegalStateException("the library has no figure translations " + path(l));
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), path(l));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static Catalogue parse(List<String> lines, String source) {
        Catalogue c = new Catalogue();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || (line.startsWith("#") && !line.contains("\t"))) {
                continue;
            }
            String[] parts = line.split("\t+", -1);
            String english = parts[0].strip();
            if (parts.length == 1 || parts[1].isBlank()) {
                Matcher w = WORD.matcher(english);
                while (w.find()) {
                    c.kept.add(w.group().toLowerCase(Locale.ROOT));
                }
                continue;
            }
            if (parts.length > 2) {
                throw new IllegalStateException(source + " line " + (n + 1) + " has " + parts.length + " fields; an entry is the English, a tab, the translation: " + line);
            }
            String translation = parts[1].strip();
            if (c.exact.put(english, translation) != null) {
                throw new IllegalStateException(source + " line " + (n + 1) + " translates \"" + english + "\" a second time");
            }
            if (english.contains("{}") || english.contains("#")) {
                c.patterns.add(compile(english, translation));
            }
        }
        // the most specific pattern first: fewer wildcards, then more literal text
        c.patterns.sort(Comparator.comparingInt(Entry::wildcards).thenComparing(Comparator.comparingInt(Entry::literal).reversed()));
        return c;
    }

    private static Entry compile(String english, String translation) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(english);
        int last = 0, wildcards = 0, literal = 0;
        while (m.find()) {
            regex.append(Pattern.quote(english.substring(last, m.start())));
            literal += m.start() - last;
            if (m.group().equals("#")) {
                regex.append("(").append(NUMBER).append(")");
            } else {
                regex.append("(.+?)");
                wildcards++;
            }
            last = m.end();
        }
        regex.append(Pattern.quote(english.substring(last)));
        literal += english.length() - last;
        return new Entry(Pattern.compile(regex.toString(), Pattern.DOTALL), translation, wildcards, literal);
    }

    /** A translated text, and whether some prose in it had no translation. */
    record Result(String text, boolean missing) {
    }

    String translate(String english) {
        return lookup(english, 0).text();
    }

    /** Whether {@code english} has prose that the catalogue does not translate. */
    boolean needsTranslation(String english) {
        return lookup(english, 0).missing();
    }

    Result lookup(String english, int depth) {
        String found = exact.get(english);
        if (found != null) {
            return new Result(found, false);
        }
        if (depth < DEPTH) {
            for (Entry e : patterns) {
                Matcher m = e.english.matcher(english);
                if (m.matches()) {
                    List<String> parts = new ArrayList<>();
                    boolean missing = false;
                    for (int g = 1; g <= m.groupCount(); g++) {
                        String part = m.group(g);
                        Result r = part.matches(NUMBER) ? new Result(part, false) : lookup(part, depth + 1);
                        parts.add(r.text());
                        missing |= r.missing();
                    }
                    return new Result(fill(e.translation, parts), missing);
                }
            }
        }
        return new Result(english, hasProse(english));
    }

    private static String fill(String translation, List<String> parts) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(translation);
        int next = 0, last = 0;
        while (m.find()) {
            out.append(translation, last, m.start());
            int index = m.group(1) == null || m.group(1).isEmpty() ? next++ : Integer.parseInt(m.group(1)) - 1;
            out.append(index < parts.size() ? parts.get(index) : m.group());
            last = m.end();
        }
        return out.append(translation.substring(last)).toString();
    }

    /** Whether {@code text} has a word of three Latin letters or more that is not a kept name. */
    private boolean hasProse(String text) {
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            if (!kept.contains(w.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
