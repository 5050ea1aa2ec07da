package org.eduroadmap.document.structure;

import org.eduroadmap.document.DocumentText;

/**
 * One element of a document's body, in reading order: a {@link Paragraph} or a {@link GridTable}.
 *
 * <pre>{@code
 * for (Block b : document.blocks()) {
 *   if (b instanceof GridTable t) { System.out.println(t.rows().size() + " rows at " + t.origin()); }
 * }
 * }</pre>
 */
public sealed interface Block permits Paragraph, GridTable {

  /** Where the block starts in the source file. */
  DocumentText.Origin origin();
}
