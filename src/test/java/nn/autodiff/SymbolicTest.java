package nn.autodiff;

import nn.check.FiniteDifference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Symbolic and numerical differentiation")
class SymbolicTest {
    @ParameterizedTest(name = "σ nested {0} times")
    @ValueSource(ints = {1, 2, 3, 5, 8})
    @DisplayName("the symbolic derivative of nested σ agrees with a central difference and with forward mode")
    void nestedSigmoid(int depth) {
        Expr e = Expr.nestedSigmoid(depth);
        for (double x : new double[] {-2, 0.3, 1.5}) {
            double symbolic = e.derivative().evaluate(x);
            assertEquals(FiniteDifference.derivative(e::evaluate, x), symbolic, 1e-9);
            Dual d = Dual.variable(x);
            for (int i = 0; i < depth; i++) {
                d = d.sigmoid();
            }
            assertEquals(d.derivative(), symbolic, 1e-15);
        }
    }

    @Test
    @DisplayName("the product rule and the sum rule build the expected trees")
    void rules() {
        Expr x = Expr.x();
        Expr e = new Expr.Product(x, new Expr.Sum(x, new Expr.Const(3)));   // x(x + 3)
        assertEquals("(1·(x + 3) + x·(1 + 0))", e.derivative().toString());
        assertEquals(2 * 1.5 + 3, e.derivative().evaluate(1.5), 0);
        assertEquals("σ(x)·(1 + -1·σ(x))·1", Expr.nestedSigmoid(1).derivative().toString());
    }

    @Test
    @DisplayName("the derivative's tree grows quadratically with the depth while its distinct parts grow linearly")
    void swell() {
        long[] sizes = new long[9];
        int[] distinct = new int[9];
        for (int n = 1; n <= 8; n++) {
            sizes[n] = Expr.nestedSigmoid(n).derivative().size();
            distinct[n] = Expr.nestedSigmoid(n).derivative().distinctSize();
        }
        // Dₙ = σⁿ·(1 + −1·σⁿ)·Dₙ₋₁: size(Dₙ) = size(Dₙ₋₁) + 2·(n + 1) + 6, each level copies σⁿ(x) twice
        for (int n = 2; n <= 8; n++) {
            assertEquals(sizes[n - 1] + 2L * (n + 1) + 6, sizes[n]);
        }
        assertEquals(11, sizes[1]);
        assertTrue(distinct[8] - distinct[7] == distinct[7] - distinct[6], "distinct parts grow by a constant per level");
    }

    @Test
    @DisplayName("the forward difference's error is a V against h with its bottom near √ε, the central one's near ∛ε")
    void vShape() {
        double[] h = Numerical.steps();
        double exact = Math.cos(1);
        double[] fwd = Numerical.errors(Math::sin, 1, exact, h, false);
        double[] ctr = Numerical.errors(Math::sin, 1, exact, h, true);
        double bestForward = h[Numerical.best(fwd)], bestCentral = h[Numerical.best(ctr)];
        assertTrue(bestForward > 1e-10 && bestForward < 1e-6, "best forward h " + bestForward);
        assertTrue(bestCentral > 1e-7 && bestCentral < 1e-3, "best central h " + bestCentral);
        assertTrue(fwd[0] > 100 * fwd[Numerical.best(fwd)] && fwd[h.length - 1] > 100 * fwd[Numerical.best(fwd)], "both arms rise");
        assertTrue(ctr[Numerical.best(ctr)] < fwd[Numerical.best(fwd)] / 100, "the central difference's best is far better");
    }
}
