package nn.exercises;

import nn.perceptron.Perceptron;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("The perceptron exercises' training loop")
class PerceptronExercisesTest {
    private static final double TOLERANCE = 1e-12;
    private static final double[][] CORNERS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};

    @Test
    @DisplayName("learns AND with the reference rule and stops on a zero loss")
    void learnsAnd() {
        String run = PerceptronExercises.train(PerceptronExercises.UPDATE.reference(), PerceptronExercises.STOP.reference(),
                CORNERS, new int[] {-1, -1, -1, 1}, 1);
        assertEquals("stopped after 5 epochs with loss 0: w = [2, 1], b = -3", run);
    }

    @Test
    @DisplayName("never learns XOR, so only the epoch limit stops it")
    void stopsOnXorAtTheEpochLimit() {
        String run = PerceptronExercises.train(PerceptronExercises.UPDATE.reference(), PerceptronExercises.STOP.reference(),
                CORNERS, new int[] {-1, 1, 1, -1}, 1);
        assertEquals("stopped after " + PerceptronExercises.MAX_EPOCHS + " epochs with loss 0.5: w = [-1, 0], b = 0", run);
    }

    @Test
    @DisplayName("steps as lesson 02's Perceptron.update on a mistake, and leaves a right answer alone")
    void stepIsLesson02sRule() {
        var step = PerceptronExercises.UPDATE.reference();
        double[] w = {0.5, -0.5};
        double[] x = {1, 1};
        var updated = Perceptron.of(w, 0, 0.1).update(x, -1);
        double[] expected = {updated.weights()[0], updated.weights()[1], updated.bias()};
        assertArrayEquals(expected, step.step(w, 0, x, -1, 0.1), TOLERANCE);
        assertArrayEquals(new double[] {0.5, -0.5, 0}, step.step(w, 0, new double[] {2, 1}, 1, 0.1), TOLERANCE);
    }

    @Test
    @DisplayName("needs one target per sample")
    void mismatchedTargets() {
        var e = assertThrows(IllegalArgumentException.class, () -> PerceptronExercises.train(
                PerceptronExercises.UPDATE.reference(), PerceptronExercises.STOP.reference(), CORNERS, new int[] {1}, 1));
        assertEquals("training needs as many targets as samples, at least one, but got 4 samples and 1 targets", e.getMessage());
    }
}
