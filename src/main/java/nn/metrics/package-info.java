/** How well a classifier does: accuracy and the confusion matrix (as a tablesaw table). */
package nn.metrics;
