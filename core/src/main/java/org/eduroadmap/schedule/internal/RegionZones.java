package org.eduroadmap.schedule.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone of a Russian federal subject named as a roadmap writes it ({@code Еврейская
 * автономная область} → {@code Asia/Vladivostok}); Moscow time when the region is unknown or absent.
 * Matching is by the distinctive stem of the name, ignoring case, so that case forms match too.
 */
public final class RegionZones {

  /** Moscow time: the zone of most subjects and the fallback. */
  public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  // Stems of subjects outside Moscow time, longer stems first where one contains another
  // («томск» before «омск», «сахалин» before «саха»). Subjects not listed are on Moscow time.
  private static final List<Map.Entry<String, String>> STEMS = List.of(
      Map.entry("томск", "Asia/Tomsk"),
      Map.entry("сахалин", "Asia/Sakhalin"),
      Map.entry("калининград", "Europe/Kaliningrad"),
      Map.entry("самар", "Europe/Samara"),
      Map.entry("удмурт", "Europe/Samara"),
      Map.entry("ульянов", "Europe/Ulyanovsk"),
      Map.entry("астрахан", "Europe/Astrakhan"),
      Map.entry("саратов", "Europe/Saratov"),
      Map.entry("волгоград", "Europe/Volgograd"),
      Map.entry("башкор", "Asia/Yekaterinburg"),
      Map.entry("пермск", "Asia/Yekaterinburg"),
      Map.entry("свердлов", "Asia/Yekaterinburg"),
      Map.entry("челябин", "Asia/Yekaterinburg"),
      Map.entry("курган", "Asia/Yekaterinburg"),
      Map.entry("тюмен", "Asia/Yekaterinburg"),
      Map.entry("оренбург", "Asia/Yekaterinburg"),
      Map.entry("ханты", "Asia/Yekaterinburg"),
      Map.entry("ямало", "Asia/Yekaterinburg"),
      Map.entry("омск", "Asia/Omsk"),
      Map.entry("новосибир", "Asia/Novosibirsk"),
      Map.entry("алтай", "Asia/Barnaul"),
      Map.entry("кемеров", "Asia/Novokuznetsk"),
      Map.entry("кузбасс", "Asia/Novokuznetsk"),
      Map.entry("краснояр", "Asia/Krasnoyarsk"),
      Map.entry("хакас", "Asia/Krasnoyarsk"),
      Map.entry("тыва", "Asia/Krasnoyarsk"),
      Map.entry("иркут", "Asia/Irkutsk"),
      Map.entry("бурят", "Asia/Irkutsk"),
      Map.entry("забайкал", "Asia/Chita"),
      Map.entry("амур", "Asia/Yakutsk"),
      Map.entry("якути", "Asia/Yakutsk"),
      Map.entry("саха", "Asia/Yakutsk"),
      Map.entry("еврейск", "Asia/Vladivostok"),
      Map.entry("хабаров", "Asia/Vladivostok"),
      Map.entry("приморск", "Asia/Vladivostok"),
      Map.entry("магадан", "Asia/Magadan"),
      Map.entry("камчат", "Asia/Kamchatka"),
      Map.entry("чукот", "Asia/Kamchatka"));

  private RegionZones() {}

  /** The zone of {@code region}; Moscow time when absent or unknown. */
  public static ZoneId zoneOf(Optional<String> region) {
    if (region.isEmpty()) {
      return MOSCOW;
    }
    String name = region.get().toLowerCase(Locale.ROOT).replace('ё', 'е');
    for (Map.Entry<String, String> e : STEMS) {
      if (name.contains(e.getKey())) {
        return ZoneId.of(e.getValue());
      }
    }
    return MOSCOW;
  }
}
