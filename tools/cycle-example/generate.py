#!/usr/bin/env python3
"""Writes the bundled support-cycle illustration (seeds/.../cycles/eao-cycle-example.json).

Everything in it is invented to show the model: the municipality, the schools, the profiles, the
programmes, the indicators and the execution records. Only the parent activities are real: they are
activities of the bundled regional plan eao-2021. Run from the repository root:
    python3 tools/cycle-example/generate.py
"""
import json

S1, S2, S3 = "МБОУ СОШ № 1 (пример)", "МБОУ СОШ № 2 (пример)", "МКОУ ООШ с. Примерное (пример)"
MUNICIPALITY = "Условный муниципальный район (пример)"
REGION = "Еврейская автономная область"
ILLUSTRATION = ("Иллюстративный пример (an illustration): муниципалитет, школы, рисковые профили, программы, "
                "показатели и отметки об исполнении вымышлены; настоящие здесь только мероприятия "
                "регионального плана eao-2021, от которых выведен муниципальный план.")


def party(name, kind="ROLE"):
    return {"text": name, "lead": {"name": name, "kind": kind}}


def activity(number, title, term, who, results=None):
    a = {"id": number, "number": number + ".", "title": title, "term": term, "responsibility": party(who)}
    if results:
        a["results"] = results
    return a


def roadmap(title, level, first, last, activities, goals=(), tasks=(), order_date="2021-02-10", number="00"):
    r = {"title": title, "level": level, "region": REGION, "municipality": MUNICIPALITY,
         "order": {"authority": "Директор школы" if level == "SCHOOL" else "Отдел образования администрации "
                   "условного муниципального района", "kind": "Приказ", "number": number, "date": order_date},
         "period": {"first": first, "last": last}}
    if goals:
        r["goals"] = list(goals)
    if tasks:
        r["tasks"] = list(tasks)
    r["notes"] = [ILLUSTRATION]
    r["sections"] = [{"activities": activities}]
    return r


def indicator(name, base_year, base, targets, measured, lower=False, unit="%"):
    i = {"name": name, "direction": "LOWER_IS_BETTER" if lower else "HIGHER_IS_BETTER", "unit": unit,
         "baselineYear": base_year, "baseline": base, "targets": targets}
    if measured:
        i["measured"] = measured
    return i


def programme(pid, kind, school, factor, title, years, activities, indicators, goal):
    p = {"id": pid, "kind": kind, "school": school}
    if factor:
        p["riskFactor"] = factor
    p["indicators"] = indicators
    p["roadmap"] = roadmap(title + " — " + school, "SCHOOL", f"{years[0]}-01-01", f"{years[-1]}-12-31",
                           activities, goals=[goal], order_date=f"{years[0]}-01-20", number="01-ОД")
    return p


programmes = [
    programme("s1-competence", "ANTI_RISK", S1, "LOW_TEACHER_COMPETENCE",
              "Антирисковая программа «Недостаточная предметная и методическая компетентность педагогических работников»",
              [2021, 2022],
              [activity("1", "Диагностика профессиональных дефицитов педагогов", "ежегодно (март)", "Заместитель директора по УВР",
                        ["Аналитическая справка"]),
               activity("2", "Составление индивидуальных образовательных маршрутов педагогов", "ежегодно (апрель)",
                        "Заместитель директора по УВР", ["ИОМ педагогов"]),
               activity("3", "Открытые уроки и взаимопосещения", "ежегодно (ноябрь)", "Руководители ШМО",
                        ["График и протоколы"])],
              [indicator("Доля педагогов, прошедших курсы повышения квалификации по предмету, %", 2020, 35,
                         {"2021": 60, "2022": 85}, {"2021": 64, "2022": 80})],
              "Повысить предметную и методическую компетентность педагогов"),
    programme("s1-at-risk", "ANTI_RISK", S1, "HIGH_SHARE_AT_RISK",
              "Антирисковая программа «Высокая доля обучающихся с рисками учебной неуспешности»",
              [2022, 2023],
              [activity("1", "Выявление обучающихся с рисками учебной неуспешности", "ежегодно (сентябрь)",
                        "Педагог-психолог", ["Список обучающихся группы риска"]),
               activity("2", "Индивидуальные планы работы с обучающимися группы риска", "ежегодно (октябрь)",
                        "Классные руководители", ["Индивидуальные планы"])],
              [indicator("Доля обучающихся с рисками учебной неуспешности, %", 2021, 27,
                         {"2022": 22, "2023": 18}, {"2022": 21}, lower=True)],
              "Снизить долю обучающихся с рисками учебной неуспешности"),
    programme("s1-medium-term", "MEDIUM_TERM", S1, None, "Среднесрочная программа развития", [2021, 2022],
              [activity("1", "Мониторинг реализации программы развития", "ежегодно (декабрь)", "Директор",
                        ["Отчёт о реализации"])],
              [indicator("Доля выпускников 9 класса, получивших аттестат, %", 2020, 91,
                         {"2021": 94, "2022": 96}, {"2021": 95, "2022": 95})],
              "Перевести школу в эффективный режим работы"),
    programme("s2-equipment", "ANTI_RISK", S2, "LOW_EQUIPMENT",
              "Антирисковая программа «Низкий уровень оснащения школы»", [2021, 2022],
              [activity("1", "Инвентаризация учебного оборудования", "ежегодно (февраль)", "Заместитель директора по АХЧ",
                        ["Акт инвентаризации"]),
               activity("2", "Заявка на оснащение кабинетов в рамках регионального проекта", "ежегодно (май)",
                        "Директор", ["Заявка"])],
              [indicator("Доля кабинетов, оснащённых по требованиям ФГОС, %", 2020, 40,
                         {"2021": 55, "2022": 70}, {"2021": 50, "2022": 72})],
              "Оснастить кабинеты по требованиям ФГОС"),
    programme("s2-concept", "CONCEPT", S2, None, "Концептуальный документ", [2021, 2022],
              [activity("1", "Обсуждение концептуального документа на педагогическом совете", "не позднее 31 марта 2021",
                        "Директор", ["Протокол педагогического совета"])],
              [], "Определить направления выхода из группы ШНОР"),
    programme("s3-parents", "ANTI_RISK", S3, "LOW_PARENT_INVOLVEMENT",
              "Антирисковая программа «Низкий уровень вовлеченности родителей»", [2021, 2022],
              [activity("1", "Анкетирование родителей", "ежегодно (октябрь)", "Социальный педагог",
                        ["Аналитическая справка"]),
               activity("2", "Родительские собрания с участием педагогов-предметников", "ежегодно (ноябрь)",
                        "Классные руководители", ["Протоколы собраний"])],
              [indicator("Доля родителей, посетивших родительские собрания, %", 2020, 38,
                         {"2021": 50, "2022": 60}, {"2021": 52, "2022": 57})],
              "Вовлечь родителей в образовательный процесс"),
    programme("s3-motivation", "ANTI_RISK", S3, "LOW_MOTIVATION",
              "Антирисковая программа «Низкая учебная мотивация обучающихся»", [2022, 2023],
              [activity("1", "Диагностика учебной мотивации обучающихся 5–9 классов", "ежегодно (март)",
                        "Педагог-психолог", ["Аналитическая справка"]),
               activity("2", "Проектная неделя «Моя профессия»", "ежегодно (апрель)", "Заместитель директора по ВР",
                        ["Отчёт"])],
              [indicator("Доля обучающихся с высоким уровнем учебной мотивации, %", 2021, 24,
                         {"2022": 30, "2023": 36}, {"2022": 28})],
              "Повысить учебную мотивацию обучающихся"),
]

municipal = roadmap(
    "План мероприятий («дорожная карта») по сопровождению ШНОР условного муниципального района на 2021 — 2022 годы "
    "(иллюстративный пример)", "MUNICIPAL", "2021-01-01", "2022-12-31",
    [activity("1", "Назначение школьных координаторов по работе со ШНОР", "не позднее 19 февраля 2021",
              "Руководители ОО", ["Приказы ОО"]),
     activity("2", "Анализ результатов ОГЭ и ЕГЭ в ШНОР района, справка в министерство", "ежегодно (сентябрь)",
              "Отдел образования", ["Справка"]),
     activity("3", "Отчёт школы об исполнении антирисковых программ", "ежегодно (октябрь)", "Руководители ОО",
              ["Отчёт"]),
     activity("4", "Актуализация ИОМ педагогов школы", "ежегодно (ноябрь)", "Руководители ОО",
              ["ИОМ педагогов"])],
    goals=["Обеспечить исполнение регионального плана по работе со ШНОР в школах района"])

profiles = []
for school, year, levels, source in [
    (S1, 2021, {"LOW_TEACHER_COMPETENCE": "HIGH", "HIGH_SHARE_AT_RISK": "MEDIUM", "LOW_PARENT_INVOLVEMENT": "LOW",
                "LOW_EQUIPMENT": "NONE"}, "Анкетирование ФИОКО, 2021 (пример)"),
    (S1, 2022, {"LOW_TEACHER_COMPETENCE": "MEDIUM", "HIGH_SHARE_AT_RISK": "HIGH", "LOW_PARENT_INVOLVEMENT": "LOW",
                "LOW_EQUIPMENT": "NONE"}, "Анкетирование ФИОКО, 2022 (пример)"),
    (S2, 2021, {"LOW_EQUIPMENT": "HIGH", "TEACHER_SHORTAGE": "MEDIUM", "HIGH_SHARE_AT_RISK": "LOW"},
     "Анкетирование ФИОКО, 2021 (пример)"),
    (S2, 2022, {"LOW_EQUIPMENT": "HIGH", "TEACHER_SHORTAGE": "LOW", "HIGH_SHARE_AT_RISK": "LOW"},
     "Анкетирование ФИОКО, 2022 (пример)"),
    (S3, 2021, {"LOW_PARENT_INVOLVEMENT": "HIGH", "LANGUAGE_BARRIERS": "MEDIUM", "LOW_QUALITY_ENVIRONMENT": "LOW"},
     "Анкетирование ФИОКО, 2021 (пример)"),
    (S3, 2022, {"LOW_PARENT_INVOLVEMENT": "MEDIUM", "LOW_MOTIVATION": "HIGH", "LANGUAGE_BARRIERS": "LOW"},
     "Анкетирование ФИОКО, 2022 (пример)")]:
    profiles.append({"school": school, "year": year, "levels": dict(sorted(levels.items())), "source": source})

ALL = [S1, S2, S3]
delegations = [
    {"parent": {"roadmap": "eao-2021", "activityId": "3"}, "activity": {"roadmap": "municipal", "activityId": "1"},
     "assignees": ALL},
    {"parent": {"roadmap": "eao-2021", "activityId": "7"}, "activity": {"roadmap": "municipal", "activityId": "2"}},
    {"parent": {"roadmap": "eao-2021", "activityId": "8"}, "activity": {"roadmap": "municipal", "activityId": "3"},
     "assignees": ALL},
    {"parent": {"roadmap": "eao-2021", "activityId": "10"}, "activity": {"roadmap": "municipal", "activityId": "4"},
     "assignees": [S1, S2]},
]


def rec(roadmap_name, activity_id, start, done, evidence, school=None):
    r = {"roadmap": roadmap_name}
    if school:
        r["school"] = school
    r.update({"activityId": activity_id, "occurrenceStart": start, "doneOn": done, "evidence": evidence})
    return r


# Starts are the occurrences' first days as the calculator gives them: a month term starts on the 1st,
# a deadline («не позднее …») on the first day of the period.
records = [
    rec("municipal", "1", "2021-01-01", "2021-02-17", "Приказ СОШ № 1 о назначении координатора", S1),
    rec("municipal", "1", "2021-01-01", "2021-02-19", "Приказ СОШ № 2 о назначении координатора", S2),
    rec("municipal", "1", "2021-01-01", "2021-03-02", "Приказ ООШ с. Примерное о назначении координатора", S3),
    rec("municipal", "2", "2021-09-01", "2021-09-28", "Справка отдела образования от 28.09.2021"),
    rec("municipal", "2", "2022-09-01", "2022-10-05", "Справка отдела образования от 05.10.2022"),
    rec("municipal", "3", "2021-10-01", "2021-10-22", "Отчёт СОШ № 1 за 2021 год", S1),
    rec("municipal", "3", "2021-10-01", "2021-10-29", "Отчёт СОШ № 2 за 2021 год", S2),
    rec("municipal", "3", "2021-10-01", "2021-11-08", "Отчёт ООШ с. Примерное за 2021 год", S3),
    rec("municipal", "3", "2022-10-01", "2022-10-20", "Отчёт СОШ № 1 за 2022 год", S1),
    rec("municipal", "3", "2022-10-01", "2022-10-27", "Отчёт ООШ с. Примерное за 2022 год", S3),
    rec("municipal", "4", "2021-11-01", "2021-11-25", "ИОМ педагогов СОШ № 1 на 2022 год", S1),
    rec("municipal", "4", "2022-11-01", "2022-11-24", "ИОМ педагогов СОШ № 1 на 2023 год", S1),
    rec("municipal", "4", "2021-11-01", "2021-12-06", "ИОМ педагогов СОШ № 2 на 2022 год", S2),
    rec("s1-competence", "1", "2021-03-01", "2021-03-26", "Справка о дефицитах"),
    rec("s1-competence", "2", "2021-04-01", "2021-04-28", "ИОМ педагогов"),
    rec("s1-competence", "3", "2021-11-01", "2021-11-30", "Протоколы ШМО"),
    rec("s1-competence", "1", "2022-03-01", "2022-03-25", "Справка о дефицитах"),
    rec("s1-competence", "2", "2022-04-01", "2022-05-12", "ИОМ педагогов"),
    rec("s1-at-risk", "1", "2022-09-01", "2022-09-20", "Список группы риска"),
    rec("s1-at-risk", "2", "2022-10-01", "2022-10-31", "Индивидуальные планы"),
    rec("s1-medium-term", "1", "2021-12-01", "2021-12-24", "Отчёт за 2021 год"),
    rec("s2-equipment", "1", "2021-02-01", "2021-02-26", "Акт инвентаризации"),
    rec("s2-equipment", "2", "2021-05-01", "2021-05-31", "Заявка"),
    rec("s2-equipment", "1", "2022-02-01", "2022-03-04", "Акт инвентаризации"),
    rec("s2-concept", "1", "2021-01-01", "2021-03-30", "Протокол педсовета № 4"),
    rec("s3-parents", "1", "2021-10-01", "2021-10-29", "Справка по анкетированию"),
    rec("s3-parents", "2", "2021-11-01", "2021-11-26", "Протоколы собраний"),
    rec("s3-parents", "1", "2022-10-01", "2022-10-28", "Справка по анкетированию"),
    rec("s3-motivation", "1", "2022-03-01", "2022-03-31", "Справка по диагностике"),
]

cycle = {
    "title": "Иллюстративный пример: сопровождение ШНОР в условном муниципальном районе ЕАО, 2021 — 2022",
    "notes": [ILLUSTRATION],
    "region": REGION,
    "municipality": MUNICIPALITY,
    "schools": [{"shortName": s, "municipality": MUNICIPALITY, "region": REGION} for s in ALL],
    "profiles": profiles,
    "programmes": programmes,
    "regionalRoadmap": "eao-2021",
    "municipalRoadmapId": "municipal",
    "municipalRoadmap": municipal,
    "delegations": delegations,
    "records": records,
}

with open("seeds/src/main/resources/org/eduroadmap/seeds/eao-cycle-example.json", "w", encoding="utf-8") as f:
    json.dump(cycle, f, ensure_ascii=False, indent=2)
    f.write("\n")
