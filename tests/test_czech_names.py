"""Czech invites name their panel in declined forms, and the thank-you greets the nominative.

The sentences are our own wording in the forms Czech employers, agencies and ministries use:
"Setkáte se s paní ... a panem ...", a civil-service "výběrová komise bude složena z Ing. ...",
the person's own "Pohovor s panem ..." above a Zoom copy.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agent.core import czech
from agent.core.domains import company_from_domain
from agent.core.people import names_in_description
from tests.builders import interviewer_names, invite_to_casey


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Setkáte se s paní Janou Machačovou (AP Team Lead) a panem Robertem Dvořákem "
         "(Finance Manager). Pohovor bude částečně v němčině.",
         ["Jana Machačová", "Robert Dvořák"]),
        ("Setkáte se s generálním ředitelem Ing. Martinem Kubíčkem a s HR ředitelkou Mgr. Evou "
         "Pešlovou. Čekejte otázky k IATF 16949.", ["Martin Kubíček", "Eva Pešlová"]),
        ("Výběrová komise bude složena z Ing. Radky Holubové, Ph.D., ředitelky odboru "
         "ekonomického (předsedkyně komise), Mgr. Ondřeje Šimrala, vedoucího oddělení, a Mgr. "
         "Petry Kocábové z oddělení personálního.",
         ["Radka Holubová", "Ondřej Šimral", "Petra Kocábová"]),
        ("Pohovor s panem Ladislavem Koubkem (majitel) a Ing. Martinou Soukupovou (vrchní "
         "sládková).", ["Ladislav Koubek", "Martina Soukupová"]),
        # the "e" Czech drops comes back; adjectival surnames; a soft feminine name
        ("Setkáš se se Zdeňkem Havlem a Pavlem Novým, pak s paní Lucií Černou.",
         ["Zdeněk Havel", "Pavel Nový", "Lucie Černá"]),
        ("Uvidíte se s panem Patrickem O'Neillem.", []),  # not a Czech stem: left out
    ],
)  # fmt: skip
def test_declined_names_come_back_to_the_nominative(line: str, names: list[str]) -> None:
    assert czech.panel(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Schůzka s Pivovarem Hostivar v Praze.",  # a brewery, not a man named Pivovar
        "Pohovor povede Monika Staňková spolu s Aidanem Fairclough.",  # no "panem": not sure
        "You will meet Jan Novák and Eva Malá.",  # no Czech sentence names them
        "Nahlaste se na jméno paní Machačové.",  # at the desk, not on the panel
    ],
)
def test_what_is_no_declined_panel(line: str) -> None:
    assert czech.panel(line) == []


def test_an_agencys_invite_names_the_clients_panel_in_the_instrumental() -> None:
    event = invite_to_casey(
        "Pohovor Aldermoor FS Brno – Účetní AP/AR s NJ (přes Avantis)",
        start=datetime(2026, 12, 10, 9, 0, tzinfo=UTC),
        organizer="marketa@avantis.example",
        organizer_name="Markéta Doležalová",
        description="Dobrý den, paní Candidate,\n\nSetkáte se s paní Janou Machačovou (AP Team "
        "Lead) a panem Robertem Dvořákem (Finance Manager). Já se pohovoru neúčastním, ale po "
        "něm Vám zavolám.\n\nS přátelským pozdravem\n\nMarkéta Doležalová",
    )
    assert sorted(interviewer_names(event)) == ["Jana Machačová", "Robert Dvořák"]


def test_a_ministrys_committee_in_the_genitive() -> None:
    found = names_in_description(
        "Výběrová komise bude složena z Ing. Radky Holubové, Ph.D., ředitelky odboru, a Mgr. "
        "Ondřeje Šimrala, vedoucího oddělení."
    )[0]
    assert [name for name, _ in found] == ["Radka Holubová", "Ondřej Šimral"]


def test_a_firm_named_like_a_place_keeps_its_name_whole() -> None:
    assert company_from_domain("brickvale.io") == "Brickvale"
    assert company_from_domain("stonebridgecapital.com") == "Stonebridge Capital"
    assert company_from_domain("bluebirdhealth.com") == "Bluebird Health"
