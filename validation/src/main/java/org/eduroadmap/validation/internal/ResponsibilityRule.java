package org.eduroadmap.validation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.validation.ViolationCode;

/**
 * Who answers for each activity: {@code NO_RESPONSIBLE_PARTY}, {@code CO_EXECUTORS_WITHOUT_LEAD},
 * {@code PARTY_NOT_IN_GLOSSARY}.
 *
 * <p>Decisions, so that real documents are not flooded with warnings:
 * <ul>
 *   <li>An activity without a party is fine when the approving order names who implements the plan
 *       as a whole ({@link Roadmap#implementers()}). When the table has no responsible column at
 *       all and the order names nobody, that is one warning for the roadmap, not one per row.
 *   <li>Abbreviations (words of two or more capital letters: {@code ИМЦ}, {@code МОО}) are checked
 *       against the glossary only when the roadmap has a glossary: a document without a list of
 *       abbreviations relies on its readers knowing them. Each undefined abbreviation is reported
 *       once, at its first use, with the number of activities that use it.
 * </ul>
 */
final class ResponsibilityRule implements Rule {

  /** Two or more capital letters standing alone: «ИМЦ», «ОО», «МЦОКО». */
  private static final Pattern ABBREVIATION = Pattern.compile("(?<!\\p{L})\\p{Lu}{2,}(?!\\p{L})");

  @Override
  public void check(RuleContext context) {
    Roadmap roadmap = context.roadmap();
    leads(context);
    unnamed(context, roadmap);
    if (!roadmap.glossary().isEmpty()) {
      glossary(context, roadmap);
    }
  }

  private static void leads(RuleContext context) {
    for (Row row : context.allRows()) {
      Responsibility r = row.activity().responsibility();
      if (r.lead().isEmpty() && !r.coExecutors().isEmpty()) {
        context.report(ViolationCode.CO_EXECUTORS_WITHOUT_LEAD, row, "responsibility.lead",
            "parties", r.coExecutors().stream().map(p -> context.messages().quote(p.name()))
                .collect(Collectors.joining(", ")));
      }
    }
  }

  private static void unnamed(RuleContext context, Roadmap roadmap) {
    if (!roadmap.implementers().isEmpty()) {
      return;
    }
    List<Row> without = context.tableRows().stream().filter(r -> !named(r.activity().responsibility()))
        .toList();
    if (without.isEmpty()) {
      return;
    }
    if (without.size() == context.tableRows().size()) {
      context.report(ViolationCode.NO_RESPONSIBLE_PARTY, "sections", Optional.empty(),
          "NO_RESPONSIBLE_PARTY.table");
      return;
    }
    for (Row row : without) {
      context.report(ViolationCode.NO_RESPONSIBLE_PARTY, row, "responsibility");
    }
  }

  private static boolean named(Responsibility r) {
    return !r.isEmpty() || !r.text().isBlank();
  }

  private record Use(Row row, String path) {}

  private static void glossary(RuleContext context, Roadmap roadmap) {
    Map<String, List<Use>> undefined = new LinkedHashMap<>();
    for (Row row : context.allRows()) {
      Responsibility r = row.activity().responsibility();
      List<String> paths = new ArrayList<>();
      List<Party> parties = new ArrayList<>();
      r.lead().ifPresent(p -> {
        parties.add(p);
        paths.add("responsibility.lead.name");
      });
      for (int i = 0; i < r.coExecutors().size(); i++) {
        parties.add(r.coExecutors().get(i));
        paths.add("responsibility.coExecutors[" + i + "].name");
      }
      for (int i = 0; i < parties.size(); i++) {
        String name = parties.get(i).name();
        if (roadmap.resolve(name).isPresent()) {
          continue;
        }
        Matcher m = ABBREVIATION.matcher(name);
        while (m.find()) {
          String abbreviation = m.group();
          if (roadmap.resolve(abbreviation).isEmpty()) {
            List<Use> uses = undefined.computeIfAbsent(abbreviation, k -> new ArrayList<>());
            if (uses.stream().noneMatch(u -> u.row() == row)) {
              uses.add(new Use(row, row.path(paths.get(i))));
            }
          }
        }
      }
    }
    Messages messages = context.messages();
    undefined.forEach((abbreviation, uses) -> {
      Use first = uses.get(0);
      String usage = messages.count("PARTY_NOT_IN_GLOSSARY.uses", uses.size());
      context.report(ViolationCode.PARTY_NOT_IN_GLOSSARY, first.path(), first.row().concerned(), null,
          "abbreviation", abbreviation, "uses", usage);
    });
  }
}
