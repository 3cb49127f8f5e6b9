package nn.exercises;

import nn.grading.Exercise;
import nn.grading.WrongAnswer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("Every exercise of the lessons")
class ExercisesContractTest {
    static List<Exercise<?>> exercises() {
        return Exercises.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    @DisplayName("accepts its own reference answer")
    <F> void acceptsTheReference(Exercise<F> e) {
        e.checkAll(e.reference());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    @DisplayName("rejects each known mistake and names that very mistake")
    <F> void namesEachMistake(Exercise<F> e) {
        assertFalse(e.knownMistakes().isEmpty(), "an exercise should know at least one typical mistake");
        for (Map.Entry<String, F> m : e.knownMistakes().entrySet()) {
            WrongAnswer wrong = assertThrows(WrongAnswer.class, () -> e.checkAll(m.getValue()), m.getKey());
            assertEquals(m.getKey(), wrong.mistake());
        }
    }
}
