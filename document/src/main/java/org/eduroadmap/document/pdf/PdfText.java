package org.eduroadmap.document.pdf;

import org.eduroadmap.document.DocumentText;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.RoadmapDocumentException;

/**
 * Reads the text layer of a PDF file: a line each row of text on a page, table cells separated by
 * TABs, each line with its page and row.
 *
 * <pre>{@code
 * DocumentText text = PdfText.read(Files.readAllBytes(Path.of("plan.pdf")), ImportLimits.standard());
 * }</pre>
 *
 * <p>A placeholder until the PDF reader is merged: it refuses every file, saying the format is not
 * supported yet. The name and signature are the contract the merged reader keeps.
 */
public final class PdfText {

  private PdfText() {}

  /**
   * The text of the PDF file {@code content}.
   *
   * @throws RoadmapDocumentException always, for now: the format is not supported yet
   */
  public static DocumentText read(byte[] content, ImportLimits limits) {
    throw RoadmapDocumentException.of("PDF files are not supported yet; copy the text into a .txt file",
        "Формат PDF пока не поддерживается; скопируйте текст документа в файл .txt");
  }
}
