/**
 * Weight initialisation: the schemes of the lectures ({@link nn.init.Init}: zeros, N(0, 1), the old
 * U[−1/√n, 1/√n], Xavier/Glorot and He, normal and uniform) and a seeded source of weight
 * matrices for a whole network ({@link nn.init.Initializer}, which the network builder takes:
 * {@code .init(Init.HE_NORMAL.seeded(42))}). Everything is plain
 * {@code double[outputs][inputs]} arrays, so any layer code can use them.
 */
package nn.init;
