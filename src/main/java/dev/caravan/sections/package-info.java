/**
 * The sectioning stage: decoded text in, a {@link dev.caravan.model.Document} with sections out.
 *
 * <p>{@link dev.caravan.sections.Sectioner} is the Camel processor. It reads the text in three passes, each
 * linear in the length of the text and none recursive: {@code BlockParser} finds blocks (a subset of Markdown,
 * and plain-text paragraph layouts), {@code PubMedRecords} recognises PubMed records anchored on a MEDLINE
 * citation line ({@link dev.caravan.sections.CitationParser}) and gives blocks their roles (affiliation,
 * citation, title, abstract...), and the sectioner turns blocks into sections with heading paths,
 * structured-abstract labels ({@code StructuredLabels}) and code-point offsets.
 */
package dev.caravan.sections;
