package org.eduroadmap.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.eduroadmap.Language;
import java.util.Map;
import java.util.Optional;

/**
 * The 89 federal subjects of the Russian Federation with their two-digit codes and time zones, so
 * that "today" is the region's today: when it is 1 September in Биробиджан it may still be
 * 31 August in Мурманск.
 *
 * <pre>{@code
 * RussianRegion eao = RussianRegion.ofName("Еврейская автономная область");
 * eao.code();                  // "79"
 * eao.zone();                  // Asia/Vladivostok
 * eao.today(Clock.systemUTC()); // the date in Биробиджан now
 * RussianRegion.ofCode("51").today(clock); // the date in Мурманск, Europe/Moscow
 * }</pre>
 *
 * <p>Codes are the two-digit codes of the subjects used in tax and statistics registers
 * (01–89 for the subjects of 1993 that remain after the mergers of 2005–2008; 91 Республика Крым,
 * 92 Севастополь; 90 Запорожская область, 93 ДНР, 94 ЛНР, 95 Херсонская область). The zone is the
 * one of the administrative centre; only Якутия spans more than one (see {@link #zones()}). The four
 * subjects admitted in 2022 keep Moscow time ({@code Europe/Moscow}).
 */
public enum RussianRegion {
  /** Республика Адыгея (Адыгея) (01), Europe/Moscow. */
  ADYGEA("01", "Республика Адыгея (Адыгея)", "Republic of Adygea", "Europe/Moscow", "Адыгея"),
  /** Республика Башкортостан (02), Asia/Yekaterinburg. */
  BASHKORTOSTAN("02", "Республика Башкортостан", "Republic of Bashkortostan", "Asia/Yekaterinburg", "Башкортостан", "Башкирия"),
  /** Республика Бурятия (03), Asia/Irkutsk. */
  BURYATIA("03", "Республика Бурятия", "Republic of Buryatia", "Asia/Irkutsk", "Бурятия"),
  /** Республика Алтай (04), Asia/Barnaul. */
  ALTAI_REPUBLIC("04", "Республика Алтай", "Altai Republic", "Asia/Barnaul"),
  /** Республика Дагестан (05), Europe/Moscow. */
  DAGESTAN("05", "Республика Дагестан", "Republic of Dagestan", "Europe/Moscow", "Дагестан"),
  /** Республика Ингушетия (06), Europe/Moscow. */
  INGUSHETIA("06", "Республика Ингушетия", "Republic of Ingushetia", "Europe/Moscow", "Ингушетия"),
  /** Кабардино-Балкарская Республика (07), Europe/Moscow. */
  KABARDINO_BALKARIA("07", "Кабардино-Балкарская Республика", "Kabardino-Balkar Republic", "Europe/Moscow", "Кабардино-Балкария"),
  /** Республика Калмыкия (08), Europe/Moscow. */
  KALMYKIA("08", "Республика Калмыкия", "Republic of Kalmykia", "Europe/Moscow", "Калмыкия"),
  /** Карачаево-Черкесская Республика (09), Europe/Moscow. */
  KARACHAY_CHERKESSIA("09", "Карачаево-Черкесская Республика", "Karachay-Cherkess Republic", "Europe/Moscow", "Карачаево-Черкесия"),
  /** Республика Карелия (10), Europe/Moscow. */
  KARELIA("10", "Республика Карелия", "Republic of Karelia", "Europe/Moscow", "Карелия"),
  /** Республика Коми (11), Europe/Moscow. */
  KOMI("11", "Республика Коми", "Komi Republic", "Europe/Moscow", "Коми"),
  /** Республика Марий Эл (12), Europe/Moscow. */
  MARI_EL("12", "Республика Марий Эл", "Mari El Republic", "Europe/Moscow", "Марий Эл"),
  /** Республика Мордовия (13), Europe/Moscow. */
  MORDOVIA("13", "Республика Мордовия", "Republic of Mordovia", "Europe/Moscow", "Мордовия"),
  /** Республика Саха (Якутия) (14), Asia/Yakutsk. */
  SAKHA("14", "Республика Саха (Якутия)", "Sakha (Yakutia) Republic", "Asia/Yakutsk", "Якутия", "Саха"),
  /** Республика Северная Осетия — Алания (15), Europe/Moscow. */
  NORTH_OSSETIA("15", "Республика Северная Осетия — Алания", "Republic of North Ossetia–Alania", "Europe/Moscow", "Северная Осетия", "Северная Осетия — Алания"),
  /** Республика Татарстан (Татарстан) (16), Europe/Moscow. */
  TATARSTAN("16", "Республика Татарстан (Татарстан)", "Republic of Tatarstan", "Europe/Moscow", "Татарстан"),
  /** Республика Тыва (17), Asia/Krasnoyarsk. */
  TUVA("17", "Республика Тыва", "Tuva Republic", "Asia/Krasnoyarsk", "Тыва", "Тува"),
  /** Удмуртская Республика (18), Europe/Samara. */
  UDMURTIA("18", "Удмуртская Республика", "Udmurt Republic", "Europe/Samara", "Удмуртия"),
  /** Республика Хакасия (19), Asia/Krasnoyarsk. */
  KHAKASSIA("19", "Республика Хакасия", "Republic of Khakassia", "Asia/Krasnoyarsk", "Хакасия"),
  /** Чеченская Республика (20), Europe/Moscow. */
  CHECHNYA("20", "Чеченская Республика", "Chechen Republic", "Europe/Moscow", "Чечня"),
  /** Чувашская Республика — Чувашия (21), Europe/Moscow. */
  CHUVASHIA("21", "Чувашская Республика — Чувашия", "Chuvash Republic", "Europe/Moscow", "Чувашия", "Чувашская Республика"),
  /** Алтайский край (22), Asia/Barnaul. */
  ALTAI_KRAI("22", "Алтайский край", "Altai Krai", "Asia/Barnaul"),
  /** Краснодарский край (23), Europe/Moscow. */
  KRASNODAR_KRAI("23", "Краснодарский край", "Krasnodar Krai", "Europe/Moscow"),
  /** Красноярский край (24), Asia/Krasnoyarsk. */
  KRASNOYARSK_KRAI("24", "Красноярский край", "Krasnoyarsk Krai", "Asia/Krasnoyarsk"),
  /** Приморский край (25), Asia/Vladivostok. */
  PRIMORSKY_KRAI("25", "Приморский край", "Primorsky Krai", "Asia/Vladivostok", "Приморье"),
  /** Ставропольский край (26), Europe/Moscow. */
  STAVROPOL_KRAI("26", "Ставропольский край", "Stavropol Krai", "Europe/Moscow"),
  /** Хабаровский край (27), Asia/Vladivostok. */
  KHABAROVSK_KRAI("27", "Хабаровский край", "Khabarovsk Krai", "Asia/Vladivostok"),
  /** Амурская область (28), Asia/Yakutsk. */
  AMUR_OBLAST("28", "Амурская область", "Amur Oblast", "Asia/Yakutsk"),
  /** Архангельская область (29), Europe/Moscow. */
  ARKHANGELSK_OBLAST("29", "Архангельская область", "Arkhangelsk Oblast", "Europe/Moscow"),
  /** Астраханская область (30), Europe/Astrakhan. */
  ASTRAKHAN_OBLAST("30", "Астраханская область", "Astrakhan Oblast", "Europe/Astrakhan"),
  /** Белгородская область (31), Europe/Moscow. */
  BELGOROD_OBLAST("31", "Белгородская область", "Belgorod Oblast", "Europe/Moscow"),
  /** Брянская область (32), Europe/Moscow. */
  BRYANSK_OBLAST("32", "Брянская область", "Bryansk Oblast", "Europe/Moscow"),
  /** Владимирская область (33), Europe/Moscow. */
  VLADIMIR_OBLAST("33", "Владимирская область", "Vladimir Oblast", "Europe/Moscow"),
  /** Волгоградская область (34), Europe/Volgograd. */
  VOLGOGRAD_OBLAST("34", "Волгоградская область", "Volgograd Oblast", "Europe/Volgograd"),
  /** Вологодская область (35), Europe/Moscow. */
  VOLOGDA_OBLAST("35", "Вологодская область", "Vologda Oblast", "Europe/Moscow"),
  /** Воронежская область (36), Europe/Moscow. */
  VORONEZH_OBLAST("36", "Воронежская область", "Voronezh Oblast", "Europe/Moscow"),
  /** Ивановская область (37), Europe/Moscow. */
  IVANOVO_OBLAST("37", "Ивановская область", "Ivanovo Oblast", "Europe/Moscow"),
  /** Иркутская область (38), Asia/Irkutsk. */
  IRKUTSK_OBLAST("38", "Иркутская область", "Irkutsk Oblast", "Asia/Irkutsk"),
  /** Калининградская область (39), Europe/Kaliningrad. */
  KALININGRAD_OBLAST("39", "Калининградская область", "Kaliningrad Oblast", "Europe/Kaliningrad"),
  /** Калужская область (40), Europe/Moscow. */
  KALUGA_OBLAST("40", "Калужская область", "Kaluga Oblast", "Europe/Moscow"),
  /** Камчатский край (41), Asia/Kamchatka. */
  KAMCHATKA_KRAI("41", "Камчатский край", "Kamchatka Krai", "Asia/Kamchatka"),
  /** Кемеровская область — Кузбасс (42), Asia/Novokuznetsk. */
  KEMEROVO_OBLAST("42", "Кемеровская область — Кузбасс", "Kemerovo Oblast – Kuzbass", "Asia/Novokuznetsk", "Кемеровская область", "Кузбасс"),
  /** Кировская область (43), Europe/Kirov. */
  KIROV_OBLAST("43", "Кировская область", "Kirov Oblast", "Europe/Kirov"),
  /** Костромская область (44), Europe/Moscow. */
  KOSTROMA_OBLAST("44", "Костромская область", "Kostroma Oblast", "Europe/Moscow"),
  /** Курганская область (45), Asia/Yekaterinburg. */
  KURGAN_OBLAST("45", "Курганская область", "Kurgan Oblast", "Asia/Yekaterinburg"),
  /** Курская область (46), Europe/Moscow. */
  KURSK_OBLAST("46", "Курская область", "Kursk Oblast", "Europe/Moscow"),
  /** Ленинградская область (47), Europe/Moscow. */
  LENINGRAD_OBLAST("47", "Ленинградская область", "Leningrad Oblast", "Europe/Moscow"),
  /** Липецкая область (48), Europe/Moscow. */
  LIPETSK_OBLAST("48", "Липецкая область", "Lipetsk Oblast", "Europe/Moscow"),
  /** Магаданская область (49), Asia/Magadan. */
  MAGADAN_OBLAST("49", "Магаданская область", "Magadan Oblast", "Asia/Magadan"),
  /** Московская область (50), Europe/Moscow. */
  MOSCOW_OBLAST("50", "Московская область", "Moscow Oblast", "Europe/Moscow", "Подмосковье"),
  /** Мурманская область (51), Europe/Moscow. */
  MURMANSK_OBLAST("51", "Мурманская область", "Murmansk Oblast", "Europe/Moscow"),
  /** Нижегородская область (52), Europe/Moscow. */
  NIZHNY_NOVGOROD_OBLAST("52", "Нижегородская область", "Nizhny Novgorod Oblast", "Europe/Moscow"),
  /** Новгородская область (53), Europe/Moscow. */
  NOVGOROD_OBLAST("53", "Новгородская область", "Novgorod Oblast", "Europe/Moscow"),
  /** Новосибирская область (54), Asia/Novosibirsk. */
  NOVOSIBIRSK_OBLAST("54", "Новосибирская область", "Novosibirsk Oblast", "Asia/Novosibirsk"),
  /** Омская область (55), Asia/Omsk. */
  OMSK_OBLAST("55", "Омская область", "Omsk Oblast", "Asia/Omsk"),
  /** Оренбургская область (56), Asia/Yekaterinburg. */
  ORENBURG_OBLAST("56", "Оренбургская область", "Orenburg Oblast", "Asia/Yekaterinburg"),
  /** Орловская область (57), Europe/Moscow. */
  ORYOL_OBLAST("57", "Орловская область", "Oryol Oblast", "Europe/Moscow"),
  /** Пензенская область (58), Europe/Moscow. */
  PENZA_OBLAST("58", "Пензенская область", "Penza Oblast", "Europe/Moscow"),
  /** Пермский край (59), Asia/Yekaterinburg. */
  PERM_KRAI("59", "Пермский край", "Perm Krai", "Asia/Yekaterinburg"),
  /** Псковская область (60), Europe/Moscow. */
  PSKOV_OBLAST("60", "Псковская область", "Pskov Oblast", "Europe/Moscow"),
  /** Ростовская область (61), Europe/Moscow. */
  ROSTOV_OBLAST("61", "Ростовская область", "Rostov Oblast", "Europe/Moscow"),
  /** Рязанская область (62), Europe/Moscow. */
  RYAZAN_OBLAST("62", "Рязанская область", "Ryazan Oblast", "Europe/Moscow"),
  /** Самарская область (63), Europe/Samara. */
  SAMARA_OBLAST("63", "Самарская область", "Samara Oblast", "Europe/Samara"),
  /** Саратовская область (64), Europe/Saratov. */
  SARATOV_OBLAST("64", "Саратовская область", "Saratov Oblast", "Europe/Saratov"),
  /** Сахалинская область (65), Asia/Sakhalin. */
  SAKHALIN_OBLAST("65", "Сахалинская область", "Sakhalin Oblast", "Asia/Sakhalin"),
  /** Свердловская область (66), Asia/Yekaterinburg. */
  SVERDLOVSK_OBLAST("66", "Свердловская область", "Sverdlovsk Oblast", "Asia/Yekaterinburg"),
  /** Смоленская область (67), Europe/Moscow. */
  SMOLENSK_OBLAST("67", "Смоленская область", "Smolensk Oblast", "Europe/Moscow"),
  /** Тамбовская область (68), Europe/Moscow. */
  TAMBOV_OBLAST("68", "Тамбовская область", "Tambov Oblast", "Europe/Moscow"),
  /** Тверская область (69), Europe/Moscow. */
  TVER_OBLAST("69", "Тверская область", "Tver Oblast", "Europe/Moscow"),
  /** Томская область (70), Asia/Tomsk. */
  TOMSK_OBLAST("70", "Томская область", "Tomsk Oblast", "Asia/Tomsk"),
  /** Тульская область (71), Europe/Moscow. */
  TULA_OBLAST("71", "Тульская область", "Tula Oblast", "Europe/Moscow"),
  /** Тюменская область (72), Asia/Yekaterinburg. */
  TYUMEN_OBLAST("72", "Тюменская область", "Tyumen Oblast", "Asia/Yekaterinburg"),
  /** Ульяновская область (73), Europe/Ulyanovsk. */
  ULYANOVSK_OBLAST("73", "Ульяновская область", "Ulyanovsk Oblast", "Europe/Ulyanovsk"),
  /** Челябинская область (74), Asia/Yekaterinburg. */
  CHELYABINSK_OBLAST("74", "Челябинская область", "Chelyabinsk Oblast", "Asia/Yekaterinburg"),
  /** Забайкальский край (75), Asia/Chita. */
  ZABAYKALSKY_KRAI("75", "Забайкальский край", "Zabaykalsky Krai", "Asia/Chita"),
  /** Ярославская область (76), Europe/Moscow. */
  YAROSLAVL_OBLAST("76", "Ярославская область", "Yaroslavl Oblast", "Europe/Moscow"),
  /** Москва (77), Europe/Moscow. */
  MOSCOW("77", "Москва", "Moscow", "Europe/Moscow", "город Москва", "г. Москва"),
  /** Санкт-Петербург (78), Europe/Moscow. */
  SAINT_PETERSBURG("78", "Санкт-Петербург", "Saint Petersburg", "Europe/Moscow", "город Санкт-Петербург", "г. Санкт-Петербург"),
  /** Еврейская автономная область (79), Asia/Vladivostok. */
  JEWISH_AUTONOMOUS_OBLAST("79", "Еврейская автономная область", "Jewish Autonomous Oblast", "Asia/Vladivostok", "ЕАО"),
  /** Ненецкий автономный округ (83), Europe/Moscow. */
  NENETS_AUTONOMOUS_OKRUG("83", "Ненецкий автономный округ", "Nenets Autonomous Okrug", "Europe/Moscow", "НАО"),
  /** Ханты-Мансийский автономный округ — Югра (86), Asia/Yekaterinburg. */
  KHANTY_MANSI_AUTONOMOUS_OKRUG("86", "Ханты-Мансийский автономный округ — Югра", "Khanty-Mansi Autonomous Okrug – Yugra", "Asia/Yekaterinburg", "Ханты-Мансийский автономный округ", "Югра", "ХМАО", "ХМАО — Югра"),
  /** Чукотский автономный округ (87), Asia/Anadyr. */
  CHUKOTKA_AUTONOMOUS_OKRUG("87", "Чукотский автономный округ", "Chukotka Autonomous Okrug", "Asia/Anadyr", "Чукотка"),
  /** Ямало-Ненецкий автономный округ (89), Asia/Yekaterinburg. */
  YAMALO_NENETS_AUTONOMOUS_OKRUG("89", "Ямало-Ненецкий автономный округ", "Yamalo-Nenets Autonomous Okrug", "Asia/Yekaterinburg", "ЯНАО", "Ямал"),
  /** Запорожская область (90), Europe/Moscow. */
  ZAPOROZHYE_OBLAST("90", "Запорожская область", "Zaporozhye Oblast", "Europe/Moscow"),
  /** Республика Крым (91), Europe/Simferopol. */
  CRIMEA("91", "Республика Крым", "Republic of Crimea", "Europe/Simferopol", "Крым"),
  /** Севастополь (92), Europe/Simferopol. */
  SEVASTOPOL("92", "Севастополь", "Sevastopol", "Europe/Simferopol", "город Севастополь", "г. Севастополь"),
  /** Донецкая Народная Республика (93), Europe/Moscow. */
  DONETSK_PEOPLES_REPUBLIC("93", "Донецкая Народная Республика", "Donetsk People's Republic", "Europe/Moscow", "ДНР"),
  /** Луганская Народная Республика (94), Europe/Moscow. */
  LUHANSK_PEOPLES_REPUBLIC("94", "Луганская Народная Республика", "Luhansk People's Republic", "Europe/Moscow", "ЛНР"),
  /** Херсонская область (95), Europe/Moscow. */
  KHERSON_OBLAST("95", "Херсонская область", "Kherson Oblast", "Europe/Moscow");

  private static final Map<String, RussianRegion> BY_CODE = new HashMap<>();
  private static final Map<String, RussianRegion> BY_NAME = new HashMap<>();

  static {
    for (RussianRegion region : values()) {
      BY_CODE.put(region.code, region);
      BY_NAME.put(normalize(region.russianName), region);
      BY_NAME.put(normalize(region.russianName.replaceAll("\\s*\\(.*\\)", "")), region);
      BY_NAME.put(normalize(region.englishName), region);
      for (String alias : region.aliases) {
        BY_NAME.put(normalize(alias), region);
      }
    }
  }

  private final String code;
  private final String russianName;
  private final String englishName;
  private final ZoneId zone;
  private final List<String> aliases;

  RussianRegion(String code, String russianName, String englishName, String zone,
      String... aliases) {
    this.code = code;
    this.russianName = russianName;
    this.englishName = englishName;
    this.zone = ZoneId.of(zone);
    this.aliases = List.of(aliases);
  }

  /** The two-digit code, such as {@code "79"}. */
  public String code() {
    return code;
  }

  /** The official name in Russian, such as «Еврейская автономная область». */
  public String russianName() {
    return russianName;
  }

  /** The usual short names in Russian that {@link #ofName} also accepts, such as «Башкирия»; often none. */
  public List<String> aliases() {
    return aliases;
  }

  /** The name in English, such as "Jewish Autonomous Oblast". */
  public String englishName() {
    return englishName;
  }

  /** The name in Russian for a Russian locale, in English for any other. */
  public String displayName(Locale locale) {
    return Language.of(locale).choose(russianName, englishName);
  }

  /** The time zone of the administrative centre. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Every time zone used in the region, the administrative centre's first. One zone everywhere
   * but in Якутия (Asia/Yakutsk, Asia/Khandyga, Asia/Ust-Nera, Asia/Srednekolymsk).
   */
  public List<ZoneId> zones() {
    if (this == SAKHA) {
      return List.of(zone, ZoneId.of("Asia/Khandyga"), ZoneId.of("Asia/Ust-Nera"),
          ZoneId.of("Asia/Srednekolymsk"));
    }
    return List.of(zone);
  }

  /** Today's date in the region's administrative centre, by {@code clock}. */
  public LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(zone));
  }

  /** The current date and time in the region's administrative centre, by {@code clock}. */
  public ZonedDateTime now(Clock clock) {
    return ZonedDateTime.now(clock.withZone(zone));
  }

  /**
   * The region with the two-digit code {@code code}, such as {@code "79"} or {@code "7"}.
   *
   * @throws CalendarException if no federal subject has that code
   */
  public static RussianRegion ofCode(String code) {
    String key = code.strip();
    if (key.length() == 1) {
      key = "0" + key;
    }
    RussianRegion region = BY_CODE.get(key);
    if (region == null) {
      throw CalendarException.of("calendar.regionCode", code);
    }
    return region;
  }

  /**
   * The region with the two-digit code {@code code}.
   *
   * @throws CalendarException if no federal subject has that code
   */
  public static RussianRegion ofCode(int code) {
    return ofCode(code >= 0 && code < 10 ? "0" + code : Integer.toString(code));
  }

  /**
   * The region named {@code name}, in Russian (official or usual short name: «Татарстан»,
   * «Югра», «ЕАО») or English; case, «ё» and dashes do not matter.
   *
   * @throws CalendarException if no federal subject has that name
   */
  public static RussianRegion ofName(String name) {
    return findByName(name).orElseThrow(() -> CalendarException.of("calendar.regionName", name));
  }

  /** The region named {@code name} (as {@link #ofName}), or nothing. */
  public static Optional<RussianRegion> findByName(String name) {
    return Optional.ofNullable(BY_NAME.get(normalize(name)));
  }

  /**
   * The federal subject {@code text} names, in any case form and anywhere in it, as the document
   * importer finds it: «в Республике Татарстан», «Пермского края», «татарстан» (a name of one word
   * written alone may be in any letter case; inside a longer text it must start with a capital).
   * The first named wins. Tries {@link #findByName} first.
   *
   * <pre>{@code
   * RussianRegion.findIn("Министерство образования и науки Республики Татарстан"); // Optional[TATARSTAN]
   * RussianRegion.findIn("ТАТАРСТАНЕ");                                             // Optional[TATARSTAN]
   * }</pre>
   */
  public static Optional<RussianRegion> findIn(String text) {
    Optional<RussianRegion> exact = findByName(text);
    if (exact.isPresent()) {
      return exact;
    }
    Optional<RussianRegion> found = RegionNames.findIn(text);
    if (found.isEmpty() && !text.isBlank() && text.strip().indexOf(' ') < 0) {
      // One word alone, such as «татарстане»: its case does not matter.
      String word = text.strip();
      return RegionNames.findIn(word.substring(0, 1).toUpperCase(Locale.ROOT)
          + word.substring(1).toLowerCase(Locale.ROOT));
    }
    return found;
  }

  /**
   * The region given by code or by name, such as {@code "79"} or «Мурманская область».
   *
   * @throws CalendarException if neither a code nor a name matches
   */
  public static RussianRegion of(String codeOrName) {
    String s = codeOrName.strip();
    if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
      return ofCode(s);
    }
    return ofName(s);
  }

  private static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replace('ё', 'е')
        .replaceAll("[\\p{Pd}()«»\"'’.,]", " ").replaceAll("\\s+", " ").strip();
  }
}
