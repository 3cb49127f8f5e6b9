package nn.exercises;

import nn.grading.Exercise;

import java.util.ArrayList;
import java.util.List;

/** Every graded exercise of the workbook, lesson by lesson (the tests check each one's contract). */
public final class Exercises {
    private Exercises() {
    }

    /** All exercises; a new lesson's exercise class adds its {@code all()} here. */
    public static List<Exercise<?>> all() {
        List<Exercise<?>> all = new ArrayList<>(McpExercises.all());
        all.addAll(PerceptronExercises.all());
        all.addAll(ActivationExercises.all());
        all.addAll(GradientExercises.all());
        all.addAll(DifferentiationExercises.all());
        all.addAll(NormalisationExercises.all());
        all.addAll(NetworkExercises.all());
        all.addAll(OptimiserExercises.all());
        all.addAll(InitialisationExercises.all());
        all.addAll(MetricExercises.all());
        return List.copyOf(all);
    }
}
