package nn.util;

/**
 * A computation that overflowed: a number the library computed (a net input z, an error term δ,
 * a parameter after a step) came out NaN or ±∞ from finite arguments. It is an
 * {@link IllegalArgumentException} like every error of the library, and its own type so that a
 * training loop can tell a diverging run ("try a smaller learning rate") from a wrong argument.
 */
public final class NotFinite extends IllegalArgumentException {
    NotFinite(String message) {
        super(message);
    }
}
