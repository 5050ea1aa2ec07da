#!/usr/bin/env python3
"""Writes the purpose-built support cycles of the validation tests: one valid cycle and one file per
violation (validation/src/test/resources/org/eduroadmap/validation/cycle/). Run from the repository root."""
import copy
import json

OUT = "validation/src/test/resources/org/eduroadmap/validation/cycle/"
SCHOOL = "Школа 1"


def roadmap(title, level, first, last, order_date, activities):
    return {"title": title, "level": level, "order": {"authority": "Отдел образования", "kind": "Приказ",
            "number": "1", "date": order_date}, "period": {"first": first, "last": last},
            "sections": [{"activities": [
                {"id": i, "number": i + ".", "title": t, "term": term, "responsibility": {"text": who, "lead": {"name": who, "kind": "ROLE"}},
                 "results": ["Справка"]} for i, t, term, who in activities]}]}


BASE = {
    "title": "Проверочный цикл",
    "municipality": "Проверочный район",
    "schools": [{"shortName": SCHOOL}],
    "profiles": [{"school": SCHOOL, "year": 2022, "levels": {"LOW_MOTIVATION": "HIGH"}, "source": "Анкетирование"}],
    "programmes": [{"id": "p1", "kind": "ANTI_RISK", "school": SCHOOL, "riskFactor": "LOW_MOTIVATION",
                    "indicators": [{"name": "Доля мотивированных обучающихся, %", "baselineYear": 2021, "baseline": 20,
                                    "targets": {"2022": 25, "2023": 30}, "measured": {"2022": 26}}],
                    "roadmap": roadmap("Антирисковая программа", "SCHOOL", "2022-01-01", "2023-12-31", "2022-01-20",
                                       [("1", "Диагностика мотивации", "ежегодно (март)", "Психолог")])}],
    "regionalRoadmap": "eao-2021",
    "municipalRoadmap": roadmap("Муниципальный план", "MUNICIPAL", "2021-01-01", "2022-12-31", "2021-01-15",
                                [("1", "Отчёт школ об антирисковых программах", "ежегодно (октябрь)", "Руководители ОО"),
                                 ("2", "Назначение школьных координаторов", "не позднее 19 февраля 2021", "Руководители ОО")]),
    "delegations": [
        {"parent": {"roadmap": "eao-2021", "activityId": "8"}, "activity": {"roadmap": "municipal", "activityId": "1"},
         "assignees": [SCHOOL]},
        {"parent": {"roadmap": "eao-2021", "activityId": "3"}, "activity": {"roadmap": "municipal", "activityId": "2"},
         "assignees": [SCHOOL]}],
    "records": [
        {"roadmap": "p1", "activityId": "1", "occurrenceStart": "2022-03-01", "doneOn": "2022-03-20", "evidence": "Справка"},
        {"roadmap": "municipal", "school": SCHOOL, "activityId": "1", "occurrenceStart": "2021-10-01",
         "doneOn": "2021-10-20", "evidence": "Отчёт школы"}],
}


def write(name, cycle):
    with open(OUT + name + ".json", "w", encoding="utf-8") as f:
        json.dump(cycle, f, ensure_ascii=False, indent=2)
        f.write("\n")


def variant(name, change):
    c = copy.deepcopy(BASE)
    change(c)
    c["title"] = "Проверочный цикл: " + name
    write(name, c)


write("valid", BASE)
variant("unknown-factor", lambda c: c["profiles"][0]["levels"].update({"NO_SUCH_FACTOR": "LOW"}))
variant("unknown-school", lambda c: c["delegations"][0].update({"assignees": ["Школа 9"]}))
variant("high-risk-without-programme", lambda c: c["profiles"][0]["levels"].update({"LOW_EQUIPMENT": "HIGH"}))
variant("missing-target", lambda c: c["programmes"][0]["indicators"][0].update({"targets": {"2022": 25}}))
variant("unknown-parent-activity", lambda c: c["delegations"][0]["parent"].update({"activityId": "99"}))
variant("unknown-parent-roadmap", lambda c: c["delegations"][0]["parent"].update({"roadmap": "nowhere-2021"}))
variant("deadline-after-parent",
        lambda c: c["municipalRoadmap"]["sections"][0]["activities"][0].update({"term": "ежегодно (декабрь)"}))
variant("record-unknown-activity", lambda c: c["records"][1].update({"activityId": "7"}))
