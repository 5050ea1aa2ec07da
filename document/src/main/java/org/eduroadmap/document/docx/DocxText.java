package org.eduroadmap.document.docx;

import org.eduroadmap.document.DocumentText;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.RoadmapDocumentException;

/**
 * Reads the text of a Word 2007+ ({@code .docx}) file: paragraphs, and table rows with TAB-separated
 * cells, each line with its origin.
 *
 * <pre>{@code
 * DocumentText text = DocxText.read(Files.readAllBytes(Path.of("plan.docx")), ImportLimits.standard());
 * }</pre>
 *
 * <p>A placeholder until the Word reader is merged: it refuses every file, saying the format is not
 * supported yet. The name and signature are the contract the merged reader keeps.
 */
public final class DocxText {

  private DocxText() {}

  /**
   * The text of the {@code .docx} file {@code content}.
   *
   * @throws RoadmapDocumentException always, for now: the format is not supported yet
   */
  public static DocumentText read(byte[] content, ImportLimits limits) {
    throw RoadmapDocumentException.of("Word documents (.docx) are not supported yet; copy the text into a .txt file",
        "Формат .docx пока не поддерживается; скопируйте текст документа в файл .txt");
  }
}
