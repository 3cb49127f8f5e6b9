/**
 * Neurons that compute with thresholds: the McCulloch–Pitts neuron of 1943 (MCP neuron,
 * MCP 神经元), the logic gates it can compute, circuits of such neurons, and an exhaustive
 * search that shows which Boolean functions one neuron can and cannot compute (XOR).
 */
package nn.neurons;
