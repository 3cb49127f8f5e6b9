/**
 * Affine maps z = Wx + b, the linear part of a layer, and their composition: two of them in a row
 * collapse into one, which is why networks need nonlinear activations.
 */
package nn.linear;
