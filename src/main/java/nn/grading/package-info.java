/**
 * Checking a student's answer in a notebook, the way a patient teacher would.
 *
 * <p>An {@link nn.grading.Exercise} holds the library's reference implementation, the inputs to
 * try and the typical wrong answers (σ' applied to a instead of z, a sign error, a forgotten
 * bias…), each with an explanation. {@code check(answer)} passes silently with a one-line
 * confirmation, or fails with a {@link nn.grading.WrongAnswer} that shows the input, the expected
 * and the given value and, when the answer behaves exactly like a known mistake, names it.
 * {@code orReference(answer)} lets the cells after an exercise run on, on the reference
 * implementation when the answer is missing or wrong, and says which one they use.
 *
 * <p>These checks are the graded cells of the workbook's nbgrader assignments: a passing check
 * writes nothing to stderr, and a stub left in place ({@code throw new
 * UnsupportedOperationException(...)}) fails with the exercise's name.
 */
package nn.grading;
