package nn.layers;

/** Lecture 002's 3-2-1 network, for tests in other packages. */
public final class WorkedExampleFixture {
    private WorkedExampleFixture() {
    }

    public static Network network() {
        return WorkedExampleTest.lectureNetwork();
    }
}
