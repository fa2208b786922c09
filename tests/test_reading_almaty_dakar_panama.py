"""Invites and mail as employers in Almaty, Dakar and Panama City write them, and what the
study of the sets before them left open.

Shapes (our own wording, after what these senders use): a resort's "& Spa" after its name,
a post named in a note in English and then in Georgian or Armenian letters, someone who will
not take part named in Armenian or Ethiopic letters.
"""

from __future__ import annotations

from datetime import UTC, datetime

from agent.core.detect import to_interview
from agent.core.model import Attendee
from agent.core.names import consonants
from tests.builders import CASEY, CASEY_RULES, invite_to_casey

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 16, 9, 0, tzinfo=UTC)


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, UTC, RULES, "")


# ---------------------------------------------------------------- left open by earlier sets


def test_a_resort_and_spa_is_one_name_not_a_resort_of_an_italian_spa() -> None:
    resort = invite_to_casey(
        "Entrevista – Analista de Reservas",
        Attendee("ana.mora@bahiacoral.example", "Ana Mora"), start=START,
        organizer="ana.mora@bahiacoral.example", organizer_name="Ana Mora",
        description="Hola Casey, te espero en el lobby.\n\nAna Mora\nGerente de Talento\n"
        "Bahía Coral Resort & Spa\nPlaya Dorada",
    )  # fmt: skip
    assert read(resort).company == "Bahía Coral Resort & Spa"
    shipyard = invite_to_casey(
        "Colloquio – Ingegnere di commessa",
        Attendee("l.riva@cantieriolmo.example", "Luca Riva"), start=START,
        organizer="l.riva@cantieriolmo.example", organizer_name="Luca Riva",
        description="Buongiorno Casey,\n\nLuca Riva\nCantieri Olmo Navali Spa\nLa Spezia",
    )  # fmt: skip
    assert read(shipyard).company == "Cantieri Olmo Navali"


def test_a_post_in_the_notes_then_its_name_in_georgian_or_armenian_letters() -> None:
    georgian = invite_to_casey(
        "გასაუბრება – RDLA competition", start=START,
        description="Interview – LEPL Road Data Agency, open competition. Post: Chief "
        "Specialist, Traffic Statistics Unit (საგზაო სტატისტიკის განყოფილების მთავარი "
        "სპეციალისტი). Bring: ID card.",
    )  # fmt: skip
    assert read(georgian).role == "Chief Specialist, Traffic Statistics Unit"
    armenian = invite_to_casey(
        "Հարցազրույց – նախարարության մրցույթ (MEI)", start=START,
        description="Competition interview – Ministry of Economy and Industry. Post: "
        "վիճակագրության բաժնի առաջատար մասնագետ / Leading Specialist, Statistics Division, "
        "code 21-3.1-Մ3-2. Test passed on 20.11.",
    )  # fmt: skip
    assert read(armenian).role == "Leading Specialist, Statistics Division"


def test_names_in_armenian_and_ethiopic_letters_sound_as_their_latin_spelling() -> None:
    assert consonants("Նարեկ") == consonants("Narek")
    assert consonants("Հովհաննիսյանին") == consonants("Hovhannisyan")
    assert consonants("መሰረት") == consonants("Meseret")
    assert consonants("ደምሴ") == consonants("Demisse")


def test_someone_who_will_not_take_part_named_in_armenian_or_ethiopic_letters() -> None:
    armenian = invite_to_casey(
        "Վերջնական հարցազրույց | Casey Candidate",
        Attendee("aram.petrosyan@ararat-ins.example", "Aram Petrosyan"),
        Attendee("narek.hovhannisyan@ararat-ins.example", "Narek Hovhannisyan",
                 role="opt-participant"), start=START,
        organizer="aram.petrosyan@ararat-ins.example", organizer_name="Aram Petrosyan",
        # "Narek Hovhannisyan of HR is on the invite to meet you at reception; he will not take
        # part in the interview."
        description="Հարցազրույցը կվարի Արամ Պետրոսյանը։ Նարեկ Հովհաննիսյանը (ՄՌԿ) "
        "հրավերում է՝ Ձեզ դիմավորելու համար․ նա հարցազրույցին չի մասնակցի։",
    )  # fmt: skip
    assert [p.email for p in read(armenian).interviewers] == ["aram.petrosyan@ararat-ins.example"]
    amharic = invite_to_casey(
        "የቃለ መጠይቅ ጥሪ | Casey Candidate",
        Attendee("dawit.bekele@abay-ins.example", "Dawit Bekele"),
        Attendee("meseret.demisse@abay-ins.example", "Meseret Demisse", role="opt-participant"),
        start=START, organizer="dawit.bekele@abay-ins.example", organizer_name="Dawit Bekele",
        # "Ms Meseret Demisse (HR) will meet you at reception; but she will not take part in the
        # interview."
        description="ወ/ሮ መሰረት ደምሴ (የሰው ሀብት) በመቀበያ ትቀበልዎታለች፤ በቃለ መጠይቁ ግን አትሳተፍም።",
    )  # fmt: skip
    assert [p.email for p in read(amharic).interviewers] == ["dawit.bekele@abay-ins.example"]
