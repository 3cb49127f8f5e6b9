package nn.show;

import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import nn.util.Check;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A cell that calls the library wrongly shows the same error on both kernels of the IJava family:
 * the error is raised in JShell (the engine of both), then printed by each kernel's own
 * {@code formatError} (JJava's base kernel, and the base kernel 2.3.0 that IJava 1.3.0 is built on),
 * with the exception's real class name put in place of JShell's {@code EvalException}, as both
 * kernels' {@code JavaKernel.formatEvalException} do. What a student sees is one sentence and the
 * line of their cell, no frame from inside the library.
 */
@DisplayName("A library error looks the same on JJava and IJava: one sentence and the cell's line")
class KernelErrorsTest {
    /** The error a cell raises, as JShell reports it to the kernel. */
    static EvalException fromCell(String code) throws Exception {
        Path classes = Path.of(Check.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (JShell shell = JShell.builder().executionEngine("local").out(quiet).err(quiet).build()) {
            shell.addToClasspath(classes.toString());
            for (SnippetEvent e : shell.eval(code)) {
                if (e.exception() instanceof EvalException x) {
                    return x;
                }
            }
        }
        return fail("the cell raised no error: " + code);
    }

    static List<String> jjava(EvalException e) {
        var kernel = new org.dflib.jjava.jupyter.kernel.BaseKernel("test", "0", null, List.of(), null,
                new org.dflib.jjava.jupyter.kernel.JupyterIO(StandardCharsets.UTF_8), new org.dflib.jjava.jupyter.kernel.comm.CommManager(),
                new org.dflib.jjava.jupyter.kernel.display.Renderer(), null, null, false,
                new org.dflib.jjava.jupyter.kernel.util.StringStyler.Builder().build()) {
            @Override
            public Object evalRaw(String expr) {
                return null;
            }

            @Override
            public org.dflib.jjava.jupyter.kernel.display.DisplayData inspect(String code, int at, boolean extraDetail) {
                return null;
            }

            @Override
            public org.dflib.jjava.jupyter.kernel.ReplacementOptions complete(String code, int at) {
                return null;
            }

            @Override
            public String isComplete(String code) {
                return null;
            }
        };
        return shown(kernel.formatError(e), e);
    }

    static List<String> ijava(EvalException e) {
        var kernel = new io.github.spencerpark.jupyter.kernel.BaseKernel() {
            @Override
            public io.github.spencerpark.jupyter.kernel.display.DisplayData eval(String expr) {
                return null;
            }

            @Override
            public io.github.spencerpark.jupyter.kernel.LanguageInfo getLanguageInfo() {
                return null;
            }
        };
        return shown(kernel.formatError(e), e);
    }

    /** The lines as shown: the real class name for EvalException's, colours and separator lines taken off. */
    private static List<String> shown(List<String> lines, EvalException e) {
        return lines.stream().map(l -> l.replace(EvalException.class.getName(), e.getExceptionClassName()))
                .map(l -> l.replaceAll("\u001b\\[[0-9;]*m", "")).filter(l -> !l.isBlank() && !l.matches("-+")).toList();
    }

    private static void oneSentenceAndTheCell(List<String> lines, String first) {
        assertEquals(first, lines.get(0), lines.toString());
        for (String frame : lines.subList(1, lines.size())) {
            assertTrue(frame.strip().matches("at \\.\\(#\\d+:\\d+\\)"), "a frame other than the cell's: " + frame + " in " + lines);
        }
    }

    @Test
    @DisplayName("a shape error: the sentence, then only the cell's line, on both kernels")
    void shapeError() throws Exception {
        EvalException e = fromCell("nn.layers.Dense.of(new double[][] {{1, 2}}, new double[] {0}, nn.activations.Activations.SIGMOID).netInput(1, 2, 3)");
        List<String> j = jjava(e), i = ijava(e);
        oneSentenceAndTheCell(j, "java.lang.IllegalArgumentException: the layer expects 2 inputs but got 3 (W is 1×2, x has length 3)");
        assertEquals(j, i);
    }

    @Test
    @DisplayName("a wrong answer: the sentence alone, on both kernels")
    void wrongAnswer() throws Exception {
        EvalException e = fromCell("nn.exercises.PerceptronExercises.UPDATE.check((w, b, x, t, eta) -> new double[] {0, 0, 0})");
        List<String> j = jjava(e), i = ijava(e);
        assertEquals(1, j.size(), j.toString());
        assertTrue(j.get(0).startsWith("nn.grading.WrongAnswer: exercise 1: the perceptron update step: for "), j.get(0));
        assertEquals(j, i);
    }
}
