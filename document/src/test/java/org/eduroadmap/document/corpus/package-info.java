/**
 * The import corpus: realistic roadmap documents described by JSON specs ({@link
 * org.eduroadmap.document.corpus.CorpusSpec}), rendered to .docx as a municipal clerk's Word file would
 * look ({@link org.eduroadmap.document.corpus.CorpusGenerator}), converted to .pdf, .odt, .doc and .txt
 * by {@code tools/corpus/generate.sh}, and the importer scored field by field against the spec ({@link
 * org.eduroadmap.document.corpus.CorpusScore}).
 */
package org.eduroadmap.document.corpus;
