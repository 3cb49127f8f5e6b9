/**
 * Property-based tests with jqwik: every public method of the library is called with random
 * arguments (random shapes, empty and null arguments, NaN, ±∞, huge and tiny numbers, indices and
 * labels out of range) and must answer with the library's own one-sentence error or a finite
 * result, leaving the object it was called on unchanged when it throws
 * ({@link nn.properties.PublicApiProperties}); the numerical core is compared with slow reference
 * implementations written out in the tests ({@link nn.properties.ReferenceProperties}).
 */
package nn.properties;
