/**
 * The graded exercises of the lessons: for each one, the library's reference answer, the inputs
 * its checks try and the typical mistakes with what to tell the student (see {@link
 * nn.grading.Exercise}). A lesson's notebook asks for the answer in a solution cell and checks it
 * in a test cell, e.g. {@code McpExercises.FIRE.check((w, theta, x) -> fire(w, theta, x))}.
 */
package nn.exercises;
