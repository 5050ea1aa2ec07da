package org.eduroadmap.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;

/** Interpolates every message in one locale, whatever the JVM's default locale is. */
final class FixedLocaleInterpolator implements MessageInterpolator {

  private final MessageInterpolator delegate;
  private final Locale locale;

  FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) {
    this.delegate = delegate;
    this.locale = locale;
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return delegate.interpolate(messageTemplate, context, locale);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale ignored) {
    return delegate.interpolate(messageTemplate, context, locale);
  }
}
