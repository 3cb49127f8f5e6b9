/**
 * Data sets for the lessons: labelled examples ({@link nn.data.Samples}) and small seeded
 * two-dimensional problems ({@link nn.data.Toy2D}: XOR, two moons, circles) that no straight line
 * separates.
 */
package nn.data;
