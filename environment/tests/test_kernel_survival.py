"""The kernel survives a student: on the real Java kernel, driven through the notebook runner
(environment/notebooks.py, nbclient), cell after cell as a student runs them.

  * an endless training loop stops on the kernel's interrupt (■) within a second, and what was
    trained on is still usable;
  * an OutOfMemoryError (under a heap ceiling set for the test kernel) and a StackOverflowError
    leave the kernel alive and the next cell running;
  * a wrong answer to an exercise never breaks a later cell;
  * an error the library controls (a WrongAnswer, a shape error) shows as one sentence, with no
    stack frame from inside the library.
"""
import pathlib
import re
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
import notebooks as nbs  # noqa: E402

CLASSPATH = "%classpath ../lib/*"

# The threads still running library code, other than the cell's own; polled for up to a second.
BUSY = """
long until = System.nanoTime() + 1_000_000_000L;
java.util.List<String> busy;
do {
    busy = Thread.getAllStackTraces().entrySet().stream()
            .filter(e -> e.getKey() != Thread.currentThread())
            .filter(e -> java.util.Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("nn.")))
            .map(e -> e.getKey().getName()).toList();
} while (!busy.isEmpty() && System.nanoTime() < until);
"busy: " + busy
"""


def errors(cell):
    return [o for o in cell.outputs if o.output_type == "error"]


def plain(cell) -> str:
    return nbs.text_of(cell)


def run_clean(session, source) -> str:
    """Runs a cell that must succeed; returns its text."""
    cell = session.run(source)
    assert not errors(cell), f"the cell failed:\n{source}\n{plain(cell)}"
    return plain(cell)


def interrupted(session, source):
    """Runs an endless cell and presses interrupt until it stops; returns the cell and the seconds
    from the last press to the kernel's reply."""
    cell, pressed, replied = session.run_interrupted(source)
    assert pressed, "the cell ended before the interrupt was pressed: it was not endless"
    return cell, replied - pressed[-1]


def test_an_endless_perceptron_run_stops_on_interrupt_and_the_perceptron_is_still_usable():
    with nbs.Session() as s:
        run_clean(s, CLASSPATH)
        run_clean(s, "import nn.perceptron.*;\nimport nn.data.*;\nvar start = Perceptron.zero(2, 1);\nvar xor = LogicData.xor();")
        # XOR in a shuffled order never converges and has no exact cycle: this runs until stopped
        cell, seconds = interrupted(s, "start.train(xor, Integer.MAX_VALUE, 7)")
        assert errors(cell) and "interrupted" in plain(cell).lower(), plain(cell)
        assert seconds < 1.0, f"the kernel took {seconds:.2f} s to answer the interrupt"
        assert run_clean(s, BUSY).strip() == "busy: []", "the training loop kept running after the interrupt"
        assert run_clean(s, "start.train(LogicData.and(), 100).converged()").strip() == "true"


def test_an_endless_network_training_stops_on_interrupt_and_the_network_is_still_usable():
    with nbs.Session() as s:
        run_clean(s, CLASSPATH)
        run_clean(s, """import nn.layers.*;
import nn.data.*;
import nn.train.*;
import nn.init.*;
import static nn.activations.Activations.*;
import static nn.losses.Losses.*;
var net = Network.builder(2).dense(3, TANH).dense(1, SIGMOID).init(Init.XAVIER_NORMAL.seeded(1)).build();
var data = Toy2D.xor();
var before = java.util.Arrays.toString(net.predict(0, 1));""")
        cell, seconds = interrupted(s, "Trainer.gradientDescent(0.5, MSE).stopWhen(StopCondition.maxEpochs(5_000_000)).train(net, data)")
        assert errors(cell) and "interrupted" in plain(cell).lower(), plain(cell)
        assert seconds < 1.0, f"the kernel took {seconds:.2f} s to answer the interrupt"
        assert run_clean(s, BUSY).strip() == "busy: []", "the training loop kept running after the interrupt"
        assert run_clean(s, "java.util.Arrays.toString(net.predict(0, 1)).equals(before)").strip() == "true"
        assert "stopped after 10 epochs" in run_clean(s, "Trainer.gradientDescent(0.5, MSE).stopWhen(StopCondition.maxEpochs(10)).train(net, data)")


def test_out_of_memory_in_one_cell_leaves_the_kernel_alive_and_the_next_cell_running():
    with nbs.Session(jvm_options="-Xmx256m") as s:
        run_clean(s, CLASSPATH)
        assert int(run_clean(s, "Runtime.getRuntime().maxMemory() / (1024 * 1024)").strip()) <= 256, "the heap ceiling was not applied"
        # a student's data set far too large for the heap: 10⁸ inputs
        cell = s.run("var huge = new nn.random.NumpyRandom(1).randn(10_000, 10_000);")
        assert errors(cell) and "OutOfMemoryError" in plain(cell), plain(cell)
        assert s.alive()
        assert run_clean(s, "1 + 1").strip() == "2"
        assert "Network[2 → 1 sigmoid]" in run_clean(
            s, "nn.layers.Network.builder(2).dense(1, nn.activations.Activations.SIGMOID).init(nn.init.Init.ZEROS.seeded(0)).build()")


def test_a_stack_overflow_leaves_the_kernel_alive_and_the_next_cell_running():
    with nbs.Session() as s:
        run_clean(s, CLASSPATH)
        run_clean(s, "int depth(int n) { return depth(n + 1) + 1; }")
        cell = s.run("depth(0)")
        assert errors(cell) and "StackOverflowError" in plain(cell), plain(cell)
        assert s.alive()
        assert run_clean(s, "2 * 21").strip() == "42"


def test_a_wrong_exercise_answer_never_breaks_a_later_cell():
    with nbs.Session() as s:
        run_clean(s, CLASSPATH)
        run_clean(s, "import nn.exercises.*;")
        # the sign of the step turned round, one of the mistakes the exercise knows
        wrong = "(w, b, x, t, eta) -> new double[] {w[0] - eta * t * x[0], w[1] - eta * t * x[1], b - eta * t}"
        cell = s.run(f"PerceptronExercises.UPDATE.check({wrong})")
        assert errors(cell) and cell.outputs[-1].ename.endswith("WrongAnswer") or "WrongAnswer" in plain(cell), plain(cell)
        text = run_clean(s, f"var myStep = PerceptronExercises.UPDATE.orReference({wrong});")
        assert "the cells below use the library's reference implementation" in text
        assert run_clean(s, "java.util.Arrays.toString(myStep.step(new double[] {0, 0}, 0, new double[] {1, 1}, -1, 1))").strip() == "[-1.0, -1.0, -1.0]"
        # an exercise left as a stub (throws UnsupportedOperationException) does not break the next cell either
        cell = s.run("PerceptronExercises.UPDATE.check((w, b, x, t, eta) -> { throw new UnsupportedOperationException(\"not done yet\"); })")
        assert errors(cell)
        assert run_clean(s, "1 + 1").strip() == "2"


def traceback_lines(cell):
    (error,) = errors(cell)
    return [nbs.ANSI.sub("", line) for line in error.traceback]


def test_a_library_error_is_one_sentence_with_no_frame_from_inside_the_library():
    with nbs.Session() as s:
        run_clean(s, CLASSPATH)
        run_clean(s, "import nn.layers.*;\nimport static nn.activations.Activations.*;")
        cell = s.run("Dense.of(new double[][] {{1, 2}}, new double[] {0}, SIGMOID).netInput(1, 2, 3)")
        lines = traceback_lines(cell)
        assert lines[0] == "java.lang.IllegalArgumentException: the layer expects 2 inputs but got 3 (W is 1×2, x has length 3)", lines
        frames = [line.strip() for line in lines[1:]]
        assert frames and all(not f.startswith("at nn.") for f in frames), lines
        assert all(re.fullmatch(r"at \.\(#\d+:\d+\)", f) for f in frames), f"only the student's own line is shown: {lines}"


def test_a_wrong_answer_is_one_sentence_with_no_stack_trace():
    with nbs.Session() as s:
        run_clean(s, CLASSPATH)
        cell = s.run("nn.exercises.PerceptronExercises.UPDATE.check((w, b, x, t, eta) -> new double[] {0, 0, 0})")
        lines = traceback_lines(cell)
        assert len(lines) == 1 and lines[0].startswith("nn.grading.WrongAnswer: exercise 1: the perceptron update step: for "), lines
