/**
 * Data sets for the lessons, as values the library can learn from: two-class points with targets
 * −1 and +1 ({@link nn.data.BinaryData}), the logic gates' truth tables ({@link nn.data.LogicData}),
 * Fisher's iris flowers shipped inside the jar ({@link nn.data.Iris}) and a seeded generator of
 * linearly separable points with a chosen margin ({@link nn.data.Separable}); for networks,
 * labelled examples with target vectors ({@link nn.data.Samples}) and small seeded two-dimensional
 * problems that no straight line separates ({@link nn.data.Toy2D}: XOR, two moons, circles); the
 * 8×8 handwritten digits ({@link nn.data.Digits}), and their preparation: seeded splits
 * ({@link nn.data.Split}, with {@link nn.data.Shuffle}), sampled functions
 * ({@link nn.data.Samples#ofFunction}), standardisation ({@link nn.data.Standardizer}) and one-hot labels
 * ({@link nn.data.OneHot}).
 */
package nn.data;
