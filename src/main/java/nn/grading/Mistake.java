package nn.grading;

/** A typical wrong answer, and what to tell a student whose answer behaves exactly like it. */
record Mistake<F>(String explanation, F answer) {
}
