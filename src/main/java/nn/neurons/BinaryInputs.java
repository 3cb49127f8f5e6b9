package nn.neurons;

import nn.util.Check;

import java.util.ArrayList;
import java.util.List;

/** All binary input vectors of a given length, in truth-table order (00, 01, 10, 11 for n = 2). */
public final class BinaryInputs {
    private BinaryInputs() {
    }

    /** The 2ⁿ vectors x ∈ {0, 1}ⁿ, counting up in binary with x₁ as the most significant bit. */
    public static List<int[]> all(int n) {
        Check.argument(n >= 1 && n <= 16, "truth tables are made for 1 to 16 inputs, but got %d", n);
        List<int[]> rows = new ArrayList<>(1 << n);
        for (int k = 0; k < (1 << n); k++) {
            int[] x = new int[n];
            for (int i = 0; i < n; i++) {
                x[i] = (k >> (n - 1 - i)) & 1;
            }
            rows.add(x);
        }
        return rows;
    }

    /** The row number of x in truth-table order (the binary number x₁x₂…xₙ); x must be binary. */
    public static int index(int... x) {
        Check.notNull(x, "a binary input", "values 0 or 1");
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] != 0 && x[i] != 1) { // the message is built only on failure
                Check.argument(false, "inputs must be 0 or 1, but x%d = %d (input %s)", i + 1, x[i], java.util.Arrays.toString(x));
            }
            k = (k << 1) | x[i];
        }
        return k;
    }
}
