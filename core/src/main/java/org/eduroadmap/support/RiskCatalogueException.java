package org.eduroadmap.support;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eduroadmap.EduroadmapException;
import org.eduroadmap.Language;

/**
 * A risk factor catalogue file that cannot be read: names the file, the line and what is wrong.
 *
 * <pre>{@code
 * try {
 *   RiskFactorCatalogue.read(Path.of("region-factors.txt"));
 * } catch (RiskCatalogueException e) {     // or catch (EduroadmapException e)
 *   e.line();                              // 7
 *   e.getMessage(Locale.forLanguageTag("ru")); // «region-factors.txt, строка 7: …»
 * }
 * }</pre>
 *
 * <p>{@link #getMessage()} is English; {@link #getMessage(Locale)} gives Russian for {@code ru}.
 */
public final class RiskCatalogueException extends EduroadmapException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  RiskCatalogueException(String source, int line, String key, Object... arguments) {
    super(key, null, arguments);
    this.source = source;
    this.line = line;
  }

  /** The file or resource read. */
  public String source() {
    return source;
  }

  /** The line of the problem, from 1; 0 for the file as a whole. */
  public int line() {
    return line;
  }

  /** {@code file:line}. */
  @Override
  public Optional<String> where() {
    return Optional.of(line == 0 ? source : source + ":" + line);
  }

  /** The message with the file and line, fully Russian for {@code ru}. */
  @Override
  public String getMessage(Locale locale) {
    Language language = Language.of(locale);
    return format(language, line == 0 ? "catalogue.inFile" : "catalogue.located", source, line,
        super.getMessage(locale));
  }

  @Override
  protected ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("org.eduroadmap.support.messages", locale);
  }
}
