/**
 * The language of the words the library draws into figures: English, or Chinese (简体中文) for
 * the workbook's Chinese edition. {@link nn.i18n.Language} says which language is in use and
 * translates a figure's title, axis titles, legend and labels with the catalogue
 * {@code nn/i18n/zh.tsv} ({@link nn.i18n.Catalogue}); what a cell prints as text stays the same in
 * both editions.
 */
package nn.i18n;
