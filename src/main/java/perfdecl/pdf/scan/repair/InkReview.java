package perfdecl.pdf.scan.repair;

/**
 * A cell's text after a repair read from its ink: the text with the judged characters as the ink shows them, whether
 * one could not be told, and the measures for the reader's note.
 */
record InkReview(String text, boolean unsure, String evidence) {
}
