/** Data sets and their preparation: loaders, seeded splits, standardisation and one-hot labels. */
package nn.data;
