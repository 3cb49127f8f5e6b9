/**
 * Random numbers with an explicit seed. {@link nn.random.NumpyRandom} reproduces NumPy's legacy
 * generator ({@code np.random.seed(s)} then {@code np.random.randn(...)}) number for number, so
 * the lectures' Python examples can be recomputed exactly in Java.
 */
package nn.random;
