package nn.i18n;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A catalogue of figure translations")
class CatalogueTest {
    private static final Catalogue SMALL = Catalogue.parse(List.of(
            "# a comment",
            "# steps\t# 步",
            "loss\t损失",
            "epoch\t轮次",
            "{} and its derivative\t{}及其导数",
            "hard {}\t硬 {}",
            "XOR after # epochs\t# 轮之后的 XOR",
            "{} vs {}\t{2} 对比 {1}",
            "sigmoid",
            "leaky ReLU",
            "XOR"), "test");

    @Test
    @DisplayName("translates a text it has, and a text that matches an entry with numbers and wildcards")
    void translates() {
        assertEquals("损失", SMALL.translate("loss"));
        assertEquals("30 步", SMALL.translate("30 steps"));
        assertEquals("12 轮之后的 XOR", SMALL.translate("XOR after 12 epochs"));
        assertEquals("−0.5 轮之后的 XOR", SMALL.translate("XOR after −0.5 epochs"));
        assertEquals("sigmoid及其导数", SMALL.translate("sigmoid and its derivative"));
    }

    @Test
    @DisplayName("translates what a wildcard stands for in turn, and takes numbered places in their order")
    void nested() {
        assertEquals("硬 sigmoid及其导数", SMALL.translate("hard sigmoid and its derivative"));
        assertEquals("轮次 对比 损失", SMALL.translate("loss vs epoch"));
    }

    @Test
    @DisplayName("leaves a text it cannot translate as it is, and says it needs a translation unless its words are kept names")
    void missing() {
        assertEquals("the weights", SMALL.translate("the weights"));
        assertTrue(SMALL.needsTranslation("the weights"));
        assertFalse(SMALL.needsTranslation("leaky ReLU(α=0.1), x₁ = 2"));
        assertFalse(SMALL.needsTranslation("XOR after 3 epochs"));
        assertFalse(SMALL.needsTranslation("W¹ = 0.5"));
        assertTrue(SMALL.needsTranslation("the weights and its derivative"), "what {} stands for needs a translation too");
        assertFalse(SMALL.needsTranslation("loss vs epoch"));
    }

    @Test
    @DisplayName("refuses a text translated twice and a line of three fields, naming the line")
    void refuses() {
        assertEquals("t line 2 translates \"loss\" a second time",
                assertThrows(IllegalStateException.class, () -> Catalogue.parse(List.of("loss\t损失", "loss\t代价"), "t")).getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> Catalogue.parse(List.of("a\tb\tc"), "t")).getMessage()
                .startsWith("t line 1 has 3 fields"));
    }

    private static final Pattern PLACES = Pattern.compile("\\{\\d*\\}|#");

    @Test
    @DisplayName("the library's Chinese catalogue loads, and each translation has the places of its English and some Chinese")
    void chinese() throws IOException {
        Catalogue.of(Language.CHINESE);
        String text;
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(Catalogue.path(Language.CHINESE))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int entries = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank() || (line.startsWith("#") && !line.contains("\t")) || !line.contains("\t")) {
                continue;
            }
            String[] parts = line.split("\t+");
            assertEquals(count(parts[0]), count(parts[1]), "the places ({} and #) of: " + line);
            assertTrue(parts[1].codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "no Chinese in the translation of: " + line);
            entries++;
        }
        assertTrue(entries > 20, "only " + entries + " entries");
    }

    private static int count(String s) {
        Matcher m = PLACES.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
