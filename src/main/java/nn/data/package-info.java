/**
 * Data sets for the lessons, as values the library can learn from: two-class points with targets
 * −1 and +1 ({@link nn.data.BinaryData}), the logic gates' truth tables ({@link nn.data.LogicData}),
 * Fisher's iris flowers shipped inside the jar ({@link nn.data.Iris}) and a seeded generator of
 * linearly separable points with a chosen margin ({@link nn.data.Separable}).
 */
package nn.data;
