/**
 * Random numbers with an explicit seed. {@link nn.random.NumpyRandom} reproduces NumPy's legacy
 * generator ({@code np.random.seed(s)} then {@code np.random.randn(...)}) number for number, and
 * {@link nn.random.TorchRandom} PyTorch's CPU generator ({@code torch.manual_seed(s)} then
 * {@code torch.randn(...)}, float32), so the lectures' Python examples can be recomputed exactly in
 * Java. Both are the Mersenne Twister MT19937 underneath.
 */
package nn.random;
