package dev.caravan.sections;

/**
 * A block of the decoded text as the layout parser sees it, before it is given a section type.
 *
 * @param level      heading level (1-6) for headings, 0 otherwise
 * @param start      UTF-16 index of the block's first character (not yet trimmed)
 * @param end        UTF-16 index just past the block
 */
record Block(Kind kind, int level, int start, int end) {

    enum Kind { HEADING, PARAGRAPH, LIST_ITEM, CODE, TABLE }
}
