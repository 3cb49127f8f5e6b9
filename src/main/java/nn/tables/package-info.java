/** Building tablesaw tables for the notebooks: from rows of text, and as HTML for display. */
package nn.tables;
