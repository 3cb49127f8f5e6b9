package nn.check;

import nn.activations.Activation;
import nn.activations.Activations;
import nn.losses.LogitLosses;
import nn.losses.Loss;
import nn.losses.Losses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Derivative checks")
class DerivativeCheckTest {
    @Test
    @DisplayName("the grid avoids every integer, so no kink is hit")
    void gridAvoidsKinks() {
        for (double z : DerivativeCheck.grid()) {
            assertTrue(Math.abs(z - Math.rint(z)) > 0.01, "z = " + z);
        }
    }

    @Test
    @DisplayName("a loss with a gradient off by a factor 2 is caught")
    void catchesWrongLossGradient() {
        Loss wrong = new Loss() {
            public double value(double[] y, double[] t) {
                return Losses.MSE.value(y, t);
            }

            public double[] gradient(double[] y, double[] t) {
                return Losses.HALF_SQUARED_ERROR.gradient(y, t); // forgot the 2/N
            }

            public String name() {
                return "MSE with a wrong gradient";
            }

            public String latex() {
                return "";
            }
        };
        assertFalse(DerivativeCheck.loss(wrong, DerivativeCheck.predictions(), DerivativeCheck.targets()).passes());
    }

    @Test
    @DisplayName("the tables have one row per function and every built-in passes")
    void tables() {
        Table a = DerivativeCheck.activations(Activations.all());
        assertEquals(Activations.all().size(), a.rowCount());
        assertEquals(0, a.stringColumn(4).countOccurrences("NO"));
        Table l = DerivativeCheck.losses(Losses.all());
        assertEquals(0, l.stringColumn(4).countOccurrences("NO"));
        Table f = DerivativeCheck.logitLosses(LogitLosses.all());
        assertEquals(0, f.stringColumn(4).countOccurrences("NO"));
        Activation broken = Activation.of("broken", "", z -> z * z, z -> z);
        assertEquals(1, DerivativeCheck.activations(java.util.List.of(broken)).stringColumn(4).countOccurrences("NO"));
    }
}
