package nn.grading;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("An exercise")
class ExerciseTest {
    private static double sigma(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static final DoubleUnaryOperator RIGHT = z -> sigma(z) * (1 - sigma(z));
    private static final DoubleUnaryOperator ON_A = z -> sigma(sigma(z)) * (1 - sigma(sigma(z)));
    private static final String ON_A_EXPLAINED = "σ' was applied to the activation a = σ(z) instead of to z";

    private static final Exercise<DoubleUnaryOperator> PRIME = Exercise.of("exercise 9: σ'(z)", RIGHT)
            .input("z = 0", f -> f.applyAsDouble(0))
            .input("z = 2", f -> f.applyAsDouble(2))
            .hiddenInput("z = -3", f -> f.applyAsDouble(-3))
            .mistake(ON_A_EXPLAINED, ON_A)
            .build();

    @Test
    @DisplayName("passes the reference answer with a one-line confirmation")
    void passes() {
        assertEquals("✓ exercise 9: σ'(z) is right on all 2 inputs tried", PRIME.check(RIGHT).toString());
        assertEquals("✓ exercise 9: σ'(z) is right on all 3 inputs tried", PRIME.checkAll(z -> sigma(z) - sigma(z) * sigma(z)).toString());
    }

    @Test
    @DisplayName("names the known mistake an answer makes, with the input and both values")
    void namesTheMistake() {
        WrongAnswer e = assertThrows(WrongAnswer.class, () -> PRIME.check(ON_A));
        assertEquals("exercise 9: σ'(z): for z = 0 the answer should be 0.25 but yours gives 0.235004. Likely mistake: "
                + ON_A_EXPLAINED + ".", e.getMessage());
        assertEquals(ON_A_EXPLAINED, e.mistake());
        assertEquals(0, e.getStackTrace().length, "the feedback is the message alone");
    }

    @Test
    @DisplayName("says only what is wrong when the answer matches no known mistake")
    void unknownMistake() {
        WrongAnswer e = assertThrows(WrongAnswer.class, () -> PRIME.check(z -> 0.25));
        assertEquals("exercise 9: σ'(z): for z = 2 the answer should be 0.104994 but yours gives 0.25.", e.getMessage());
        assertNull(e.mistake());
    }

    @Test
    @DisplayName("a known mistake that throws where the answer throws still names it")
    void mistakeThatThrows() {
        Exercise<java.util.function.IntUnaryOperator> pick = Exercise.<java.util.function.IntUnaryOperator>of("pick", i -> new int[] {10, 20, 30}[i])
                .input("i = 0", f -> f.applyAsInt(0))
                .input("i = 2", f -> f.applyAsInt(2))
                .mistake("counts from 1", i -> new int[] {10, 20, 30}[i - 1])
                .build();
        WrongAnswer e = assertThrows(WrongAnswer.class, () -> pick.check(i -> new int[] {10, 20, 30}[i - 1]));
        assertEquals("pick: for i = 0 your answer threw ArrayIndexOutOfBoundsException: Index -1 out of bounds for length 3. "
                + "Likely mistake: counts from 1.", e.getMessage());
        assertEquals("counts from 1", e.mistake());
        WrongAnswer other = assertThrows(WrongAnswer.class, () -> pick.check(i -> (new int[0])[i]));
        assertNull(other.mistake(), "throwing on different inputs than the mistake is not that mistake");
    }

    @Test
    @DisplayName("hidden inputs are tried by checkAll only")
    void hiddenInputs() {
        DoubleUnaryOperator rightForPositiveZ = z -> z < 0 ? 0 : RIGHT.applyAsDouble(z);
        PRIME.check(rightForPositiveZ);
        WrongAnswer e = assertThrows(WrongAnswer.class, () -> PRIME.checkAll(rightForPositiveZ));
        assertEquals("exercise 9: σ'(z): for z = -3 the answer should be 0.0451767 but yours gives 0.", e.getMessage());
    }

    @Nested
    @DisplayName("when the answer is missing or throws")
    class Unanswered {
        @Test
        @DisplayName("an untouched stub fails with the exercise's name")
        void stub() {
            var e = assertThrows(UnsupportedOperationException.class, () -> PRIME.check(z -> {
                throw new UnsupportedOperationException("not answered yet: replace this line with your answer");
            }));
            assertEquals("exercise 9: σ'(z): not answered yet: replace this line with your answer", e.getMessage());
        }

        @Test
        @DisplayName("another exception is reported with the input that raised it")
        void throwsOther() {
            var e = assertThrows(WrongAnswer.class, () -> PRIME.check(z -> new double[] {}[(int) z]));
            assertEquals("exercise 9: σ'(z): for z = 0 your answer threw ArrayIndexOutOfBoundsException: "
                    + "Index 0 out of bounds for length 0", e.getMessage());
        }

        @Test
        @DisplayName("null is not an answer")
        void nullAnswer() {
            assertEquals("exercise 9: σ'(z): there is no answer (null)",
                    assertThrows(WrongAnswer.class, () -> PRIME.check(null)).getMessage());
        }
    }

    @Test
    @DisplayName("falls back to the reference answer and says so, or keeps a right answer and says that")
    void orReference() {
        DoubleUnaryOperator right = z -> sigma(z) * (1 - sigma(z));
        assertEquals("✓ exercise 9: σ'(z): the cells below use your answer\n", printed(() -> assertSame(right, PRIME.orReference(right))));
        assertEquals("exercise 9: σ'(z) is not right yet: the cells below use the library's reference implementation instead\n",
                printed(() -> assertSame(RIGHT, PRIME.orReference(ON_A))));
        assertEquals("exercise 9: σ'(z) is not answered yet: the cells below use the library's reference implementation instead\n",
                printed(() -> assertSame(RIGHT, PRIME.orReference(z -> {
                    throw new UnsupportedOperationException("not answered yet");
                }))));
    }

    @Test
    @DisplayName("an exercise needs a title, a reference and a visible input")
    void badDefinitions() {
        assertEquals("an exercise needs a title", assertThrows(IllegalArgumentException.class, () -> Exercise.of(" ", RIGHT)).getMessage());
        assertEquals("exercise 9 needs a reference answer",
                assertThrows(IllegalArgumentException.class, () -> Exercise.of("exercise 9", null)).getMessage());
        assertEquals("exercise 9 needs at least one visible input", assertThrows(IllegalArgumentException.class,
                () -> Exercise.of("exercise 9", RIGHT).hiddenInput("z = 1", f -> f.applyAsDouble(1)).build()).getMessage());
    }

    private static String printed(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
