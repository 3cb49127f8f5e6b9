/** Small helpers shared by the library: argument checks whose messages name the bad value. */
package nn.util;
