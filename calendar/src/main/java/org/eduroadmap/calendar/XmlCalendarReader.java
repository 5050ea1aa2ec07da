package org.eduroadmap.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one year from the XML of the public xmlcalendar project:
 * {@code <calendar year="2026"><holidays><holiday id="1" title="..."/></holidays>
 * <days><day d="01.09" t="1" f="01.03"/></days></calendar>}, where {@code t} is 1 (non-working),
 * 2 (shortened working day) or 3 (working weekend day), {@code h} the holiday id and {@code f} the
 * MM.DD the day off came from.
 *
 * <p>The format does not tell a transferred day off from a presidential non-working day, so the
 * reader decides by the date: a Labour Code holiday date is a holiday; a Monday to Friday with a
 * holiday id and no {@code f} is a non-working day by decree (the ids name the decree, such as
 * «Нерабочие дни (Указ Президента от 02.04.2020 №239)»); any other Monday to Friday is a transferred
 * day off. A Saturday or Sunday that is not a holiday stays a plain weekend. DTDs and external
 * entities are refused.
 */
final class XmlCalendarReader {

  private XmlCalendarReader() {}

  private record Day(String d, String t, String h, String f, int line) {}

  static YearTable read(InputStream in, String sourceName) {
    Handler handler = new Handler(sourceName);
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      SAXParser parser = factory.newSAXParser();
      parser.parse(in, handler);
    } catch (SAXParseException e) {
      String where = e.getColumnNumber() > 0
          ? CalendarException.at(sourceName, e.getLineNumber(), e.getColumnNumber())
          : CalendarException.at(sourceName, e.getLineNumber());
      // The parser's own words are English: the English message keeps them, the Russian one says what is wrong.
      throw new CalendarException("calendar.file.notXml", e, where, e.getMessage());
    } catch (SAXException | ParserConfigurationException e) {
      throw new CalendarException("calendar.file.notXml", e, sourceName, e.getMessage());
    } catch (IOException e) {
      throw new CalendarException("calendar.file.unreadable", e, sourceName, e.getMessage(),
          CalendarException.russianReason(e));
    }
    return handler.table();
  }

  private static final class Handler extends DefaultHandler {
    private final String sourceName;
    private Locator locator;
    private Integer year;
    private int yearLine;
    private boolean sawRoot;
    private final Map<String, String> holidays = new HashMap<>();
    private final List<Day> days = new ArrayList<>();

    Handler(String sourceName) {
      this.sourceName = sourceName;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    private int line() {
      return locator == null ? 0 : locator.getLineNumber();
    }

    private String where(int line) {
      return CalendarException.at(sourceName, line);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (!sawRoot) {
        sawRoot = true;
        if (!"calendar".equals(qName)) {
          throw YearTable.Builder.error(where(line()), "calendar.file.root", qName);
        }
        String yearText = attributes.getValue("year");
        try {
          year = Integer.valueOf(yearText == null ? "" : yearText.strip());
          yearLine = line();
        } catch (NumberFormatException e) {
          throw YearTable.Builder.error(where(line()), "calendar.file.yearAttribute", yearText);
        }
        return;
      }
      if ("holiday".equals(qName)) {
        String id = attributes.getValue("id");
        if (id != null) {
          holidays.put(id.strip(), attributes.getValue("title"));
        }
      } else if ("day".equals(qName)) {
        days.add(new Day(attributes.getValue("d"), attributes.getValue("t"),
            attributes.getValue("h"), attributes.getValue("f"), line()));
      }
    }

    YearTable table() {
      if (year == null) {
        throw CalendarException.of("calendar.file.noCalendar", sourceName);
      }
      if (year < 1900 || year > 2999) {
        throw YearTable.Builder.error(where(yearLine), "calendar.file.yearRange", year);
      }
      YearTable.Builder table = YearTable.builder(year, sourceName);
      for (Day day : days) {
        String where = where(day.line());
        LocalDate date = monthDay(day.d(), "d", where);
        String type = day.t() == null ? "" : day.t().strip();
        String title = day.h() == null ? null : holidays.get(day.h().strip());
        if (day.h() != null && title == null) {
          throw YearTable.Builder.error(where, "calendar.file.holiday", day.d(), day.h());
        }
        LocalDate from = day.f() == null || day.f().isBlank() ? null
            : monthDay(day.f(), "f", where);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY
            || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        switch (type) {
          case "1":
            if (LabourCode.isHoliday(date)) {
              table.put(date, DayKind.HOLIDAY, null,
                  title != null ? title : LabourCode.holidayName(date), null, where);
            } else if (weekend) {
              continue; // a weekend day off by decree is still a plain weekend
            } else if (from == null && title != null) {
              table.put(date, DayKind.NON_WORKING_DECREE, null, title, null, where);
            } else {
              table.put(date, DayKind.TRANSFER_DAY_OFF, from, null, null, where);
            }
            break;
          case "2":
            table.put(date, DayKind.SHORTENED, null, null, null, where);
            break;
          case "3":
            if (!weekend) {
              throw YearTable.Builder.error(where, "calendar.file.workingWeekendType", date, date.getDayOfWeek());
            }
            if (!(table.isSet(date) && table.kind(date) == DayKind.WORKING_WEEKEND)) {
              table.put(date, DayKind.WORKING_WEEKEND, null, null, null, where);
            }
            break;
          default:
            throw YearTable.Builder.error(where, "calendar.file.dayType", day.d(), day.t());
        }
      }
      return table.build();
    }

    private LocalDate monthDay(String text, String attribute, String where) {
      String s = text == null ? "" : text.strip();
      try {
        if (s.length() != 5 || s.charAt(2) != '.') {
          throw new NumberFormatException();
        }
        int month = Integer.parseInt(s.substring(0, 2));
        int dayOfMonth = Integer.parseInt(s.substring(3));
        return LocalDate.of(year, month, dayOfMonth);
      } catch (NumberFormatException | DateTimeException e) {
        throw new CalendarException("calendar.file.monthDay", e, where, attribute, year, text);
      }
    }
  }
}
