package nn.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("The language of figures")
class LanguageTest {
    private final Language before = Language.current();

    @AfterEach
    void restore() {
        Language.use(before);
    }

    @Nested
    @DisplayName("is chosen")
    class Chosen {
        @Test
        @DisplayName("by the system property first, then the environment, then the folder, else English")
        void order() {
            assertEquals(Language.CHINESE, Language.detect("zh", "en", "/w/notebooks"));
            assertEquals(Language.ENGLISH, Language.detect("en", "zh", "/w/notebooks-zh"));
            assertEquals(Language.CHINESE, Language.detect(null, "zh-CN", "/w/notebooks"));
            assertEquals(Language.ENGLISH, Language.detect("", " ", "/w/notebooks"));
        }

        @Test
        @DisplayName("a notebook of notebooks-zh/ draws its figures in Chinese, one of notebooks/ in English")
        void byFolder() {
            assertEquals(Language.CHINESE, Language.detect(null, null, "/home/student/workbook/notebooks-zh"));
            assertEquals(Language.ENGLISH, Language.detect(null, null, "/home/student/workbook/notebooks"));
            assertEquals(Language.ENGLISH, Language.detect(null, null, "/home/student/workbook/notebooks-old"));
            assertEquals(Language.ENGLISH, Language.detect(null, null, "/"));
        }

        @Test
        @DisplayName("from a code, and an unknown code is refused with the ones there are")
        void codes() {
            assertEquals(Language.CHINESE, Language.of("zh_CN"));
            assertEquals(Language.ENGLISH, Language.of(" EN "));
            assertEquals("no language 'fr': the workbook's figures are drawn in en (English) or zh (简体中文)",
                    assertThrows(IllegalArgumentException.class, () -> Language.of("fr")).getMessage());
        }
    }

    @Test
    @DisplayName("English leaves a text as it is; Chinese takes it from the catalogue")
    void text() {
        Language.use(Language.ENGLISH);
        assertEquals("loss during training", Language.text("loss during training"));
        Language.use(Language.CHINESE);
        assertEquals("训练过程中的损失", Language.text("loss during training"));
        assertEquals("sigmoid 及其导数", Language.text("sigmoid and its derivative"));
        assertEquals("", Language.text(""));
    }
}
