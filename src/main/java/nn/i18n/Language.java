package nn.i18n;

import nn.util.Check;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language of the words drawn into figures. A figure's title, axis titles, legend and labels
 * are prose, and the Chinese edition of the workbook ({@code notebooks-zh/}) shows them in
 * Chinese; everything a cell prints as text (a figure's {@code toString} included) is the same in
 * both editions, so the two editions share one check of their outputs.
 *
 * <p>The language in use is, the first that is set:
 * <ol>
 *   <li>the system property {@code nn.language} ({@code en} or {@code zh});</li>
 *   <li>the environment variable {@code WORKBOOK_LANGUAGE};</li>
 *   <li>the folder the kernel started in: a notebook in {@code notebooks-zh/} runs there, so its
 *       figures are Chinese;</li>
 *   <li>English.</li>
 * </ol>
 * With {@code WORKBOOK_TRANSLATION_CHECK=1} in the environment (set by the workbook's notebook
 * runner), a figure text that needs a translation and has none in the catalogue is reported once
 * on stderr, which fails the notebook's test and names the line to add to {@code nn/i18n/zh.tsv}.
 */
public enum Language {
    ENGLISH("en"),
    CHINESE("zh");

    private static final String EDITION_FOLDER = "notebooks-";
    private static volatile Language current;
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The language's code: {@code en} or {@code zh}. */
    public String code() {
        return code;
    }

    /** The language of the figures drawn now (see the class comment for how it is chosen). */
    public static Language current() {
        Language l = current;
        if (l == null) {
            l = detect(System.getProperty("nn.language"), System.getenv("WORKBOOK_LANGUAGE"), System.getProperty("user.dir"));
            current = l;
        }
        return l;
    }

    /** Draws figures in {@code language} from now on (tests; a notebook that wants the other edition's figures); returns the one in use before. */
    public static Language use(Language language) {
        Check.argument(language != null, "Language.use needs a language (Language.ENGLISH or Language.CHINESE), not null");
        Language before = current();
        current = language;
        return before;
    }

    /** The language of a code ({@code en}, {@code zh}, {@code zh-CN} …). */
    public static Language of(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (c.equals(l.code) || c.startsWith(l.code + "-") || c.startsWith(l.code + "_")) {
                return l;
            }
        }
        throw Check.fromCaller(new IllegalArgumentException("no language '" + code + "': the workbook's figures are drawn in en (English) or zh (简体中文)"));
    }

    static Language detect(String property, String environment, String folder) {
        if (property != null && !property.isBlank()) {
            return of(property);
        }
        if (environment != null && !environment.isBlank()) {
            return of(environment);
        }
        if (folder != null && !folder.isBlank()) {
            Path name = Path.of(folder).getFileName();
            if (name != null && name.toString().startsWith(EDITION_FOLDER)) {
                try {
                    return of(name.toString().substring(EDITION_FOLDER.length()));
                } catch (IllegalArgumentException notAnEdition) {
                    return ENGLISH;
                }
            }
        }
        return ENGLISH;
    }

    /**
     * {@code english}, a text drawn into a figure, in the language in use: itself in English, its
     * entry in the catalogue in Chinese (itself where it has none, reported when the translation
     * check is on).
     */
    public static String text(String english) {
        return current().translate(english);
    }

    /** {@code english} in this language. */
    public String translate(String english) {
        if (this == ENGLISH || english == null || english.isBlank()) {
            return english;
        }
        Catalogue.Result translated = Catalogue.of(this).lookup(english, 0);
        if (translated.missing() && checking() && REPORTED.add(english)) {
            System.err.println("figure text without a translation into " + code + ": \"" + english + "\" — add a line \""
                    + english + "<TAB>translation\" to src/main/resources/" + Catalogue.path(this)
                    + " (or a line with the text alone to keep it as it is)");
        }
        return translated.text();
    }

    private static boolean checking() {
        return "1".equals(System.getenv("WORKBOOK_TRANSLATION_CHECK")) || Boolean.getBoolean("nn.translationCheck");
    }
}
