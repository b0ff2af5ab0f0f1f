package dev.caravan.model;

/**
 * Bibliographic fields parsed from a MEDLINE-style citation line; absent fields are null.
 *
 * @param month    as written in the citation (for example {@code Feb} or {@code Nov-Dec})
 * @param epubDate the electronic publication date as written (for example {@code 2020 Nov 6})
 */
public record Citation(String journal, Integer year, String month, String day, String volume, String issue,
                       String pages, String doi, String pii, String epubDate, String pmid, String pmcid) {
}
