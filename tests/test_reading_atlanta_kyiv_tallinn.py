"""Invites and mail as employers in Atlanta, Kyiv and Tallinn write them.

Shapes (our own wording, after what these senders use): a US airline's title opening with its
initials and a unit ("MRA OCC – onsite"), a retailer's "Home Office", a recruiter's answer
after an on-demand HireVue interview, an agency's news of one client with an aside about
another ("Separately, ..."), a count of business days from a day the same sentence names,
with the employer's own closure; Ukrainian "Співбесіда", firms as "ТОВ «ПоштаРух»", names with
a patronymic and in the instrumental, Djinni, Work.ua and robota.ua mail, working days under
martial law; Estonian "Töövestlus", "Konkursi vestlus", names of firms in their cases, CV.ee
mail and counts written "5–7 tööpäeva jooksul"; Seattle's stated winter shutdowns and "the
first week of January"; Slovak panels in the instrumental and by their places ("predseda:"),
"po sviatkoch" after an office's closure, Profesia and Teamio mail.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from agent.core.dates import find_date
from agent.core.days_off import public_holidays
from agent.core.detect import to_interview
from agent.core.model import Attendee, DateMention, ReplyKind
from agent.core.names import display_name, untitled
from agent.core.people import names_in_description
from agent.core.reply_classify import classify
from agent.core.verdict import Outcome, judge
from tests.builders import (
    CASEY,
    CASEY_RULES,
    inbox_message,
    invite_from,
    invite_to_casey,
    reply_reading,
)

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 15, 14, 0, tzinfo=UTC)


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, UTC, RULES, "")


def classified(
    body: str, country: str, on: date, *, month_first: bool = False
) -> tuple[ReplyKind, date | None]:
    """What a message that arrived on `on` means, and its date, read with `country`'s
    public holidays."""
    msg = inbox_message("hr@employer.example", "Update", body,
                        received=datetime(on.year, on.month, on.day, 10, tzinfo=UTC))  # fmt: skip
    kind, mention = classify(
        msg, after=on, month_first=month_first,
        holidays=public_holidays(country, "", [on.year, on.year + 1]),
    )  # fmt: skip
    return kind, mention.value if isinstance(mention, DateMention) else None


@pytest.mark.parametrize(
    ("title", "organizer", "description", "company"),
    [
        # the initials that open the title, spelled out in the signature; the unit after them
        # ("OCC", the operations control centre) is no part of the employer
        ("MRA OCC – onsite / Casey Candidate", "denise.okafor-bell@magnoliaair.example",
         "Looking forward to having you out at the OCC on the 16th.\n\nDenise Okafor-Bell\n"
         "Manager, Operations Control\nMagnolia Regional Airlines", "Magnolia Regional Airlines"),
        # a US retailer's "Home Office" is where it is, as a "Head Office" is
        ("Onsite Interview - Dogwood & Finch Home Office (Casey Candidate)",
         "recruiting@dogwoodandfinch.example",
         "Your onsite interview at the Dogwood & Finch Home Office is confirmed.",
         "Dogwood & Finch"),
    ],
)  # fmt: skip
def test_the_employer(title: str, organizer: str, description: str, company: str) -> None:
    assert read(invite_from(title, organizer, description, start=START)).company == company


@pytest.mark.parametrize(
    "body",
    [
        # a recorded interview sent in, and the ones held under review, are no round to come
        "Thanks for letting me know - I can see your HireVue interview came through on Sunday, "
        "so you're all set.\n\nOur hiring managers are reviewing the on-demand interviews now. "
        "We won't be making any decisions until after the holidays, but I'll reach out then.",
        # a round by when it was held
        "We're still reviewing candidates for the Demand Planning Analyst role after last "
        "week's phone interviews, and I don't have a timeline to share yet.",
        # an agency's aside about another client's interview
        "Quick update on Ironwood Carriers: they have one more candidate coming in on Monday "
        "and they'll make a final call by Thursday, December 17th.\n\nSeparately, the Linden "
        "Park interview is set for Friday at 2:00 - the invite is on your calendar.",
    ],
)
def test_waits_that_name_a_round_held_or_anothers(body: str) -> None:
    assert reply_reading(body, on=date(2026, 12, 8), month_first=True)[0] is (
        ReplyKind.STILL_DECIDING
    )


def test_business_days_after_the_day_the_sentence_names_and_the_employers_closure() -> None:
    """Friday 18 December, then seven business days: 21, 22, 23, 28, 29, 30 and 31 December
    (the 24th the offices are closed, the 25th Christmas)."""
    found = find_date(
        "We have two more candidates to interview through Friday, December 18th, and we "
        "expect to make a decision 5-7 business days after that. Please keep in mind that our "
        "corporate offices are closed December 24-25 for the holiday.",
        after=date(2026, 12, 8),
        month_first=True,
        holidays=public_holidays("US", "", [2026, 2027]),
    )
    assert found is not None and found.value == date(2026, 12, 31), found


@pytest.mark.parametrize(
    ("title", "organizer", "description", "company", "role"),
    [
        # a Ukrainian firm's quoted name after its legal form, which the domain romanises
        ("Співбесіда: Бізнес-аналітик (мережа відділень) — Casey Candidate",
         "yuliia@poshtarukh.example",
         "Запрошуємо Вас на онлайн-співбесіду.\n\nЗ повагою\nЮлія Гончаренко\nТОВ «ПоштаРух»",
         "ПоштаРух", "Бізнес-аналітик"),
        # ... its words in the other order, "г" written "g"
        ("Співбесіда: Провідний аналітик даних / Casey Candidate", "hr@oberigbank.example",
         "Запрошуємо Вас на співбесіду на посаду провідного аналітика даних АТ «Банк Оберіг».",
         "Банк Оберіг", "Провідний аналітик даних"),
        # the person's own notes of calls
        ("Дзвінок – Смачна Комора (HR)", "",
         "Телефонуватиме Оксана Литвиненко з відділу персоналу. Вакансія: Аналітик з "
         "ціноутворення.", "Смачна Комора", "Аналітик з ціноутворення"),
        ("Kõne – Väinamere Liinid (HR)", "",
         "Helistab Väinamere Liinide personalijuht Kerli Mets. Ametikoht: logistikaplaneerija.",
         "Väinamere Liinid", "logistikaplaneerija"),
        # Estonian: the firm in the comitative, as a booking page titles it; an agency's client
        # in the genitive, beside its address with the legal form
        ("Tutvumisvestlus Rahakratiga (30 min) between Rasmus Ilves and Casey Candidate",
         "rasmus@rahakratt.example",
         "Questions:\nMillisele ametikohale kandideerid?\nProduct Analyst", "Rahakratt",
         "Product Analyst"),
    ],
)  # fmt: skip
def test_ukrainian_and_estonian_employers_and_jobs(
    title: str, organizer: str, description: str, company: str, role: str
) -> None:
    found = read(invite_from(title, organizer, description, start=START))
    assert (found.company, found.role) == (company, role)


def test_an_agencys_client_named_in_a_case_of_its_own() -> None:
    event = invite_from(
        "Vestlus Aegna Investis – finantsanalüütik (Casey Candidate)",
        "eliise@tippvalik.example",
        "Nagu telefonis rääkisime, kohtud teisipäeval meie kliendi Aegna Investi esindajatega. "
        "Vestlust viivad läbi Aegna Investi finantsjuht Rein Laas ja riskijuht Piret Kuusik; "
        "mina ise vestlusel ei osale.",
        start=START,
    )
    event = replace(event, location="Aegna Invest AS, Narva mnt 7, 10117 Tallinn")
    found = read(event)
    assert found.company == "Aegna Invest"
    assert sorted(p.name for p in found.interviewers) == ["Piret Kuusik", "Rein Laas"]


@pytest.mark.parametrize(
    ("description", "names"),
    [
        ("З нашого боку будуть: Максим Петрук (VP of Delivery) та Олена Стасюк (Talent "
         "Acquisition Lead).", ["Максим Петрук", "Олена Стасюк"]),
        ("Співбесіду проведуть Дмитро Савчук і директорка з цифрових продуктів Наталія Зінченко.",
         ["Дмитро Савчук", "Наталія Зінченко"]),
        # the instrumental after "with", put back in the nominative
        ("Співбесіду проведу я разом із директором з операційної діяльності Євгеном "
         "Пономаренком.", ["Євген Пономаренко"]),
        ("Komisjon: komisjoni esimees, analüüsiosakonna juhataja Toomas Hallik ja personalijuht "
         "Ülle Vares.", ["Toomas Hallik", "Ülle Vares"]),
        ("Vestlusel osalevad lisaks minule komisjoni liige Maarja Pärn ja meie peadirektori "
         "asetäitja Katrin Sepp.", ["Katrin Sepp", "Maarja Pärn"]),
    ],
)  # fmt: skip
def test_panels_named_in_ukrainian_and_estonian_prose(description: str, names: list[str]) -> None:
    found = names_in_description(description)[0]
    assert sorted(n for n, _ in found) == sorted(names)


def test_those_who_say_they_stay_away_and_names_with_a_patronymic() -> None:
    agrosens = invite_to_casey(
        "AgroSens × Кейсі: співбесіда (Product Manager)",
        Attendee("nazar@agrosens.example", "Назар Тимошенко"),
        start=START, organizer="olesia@agrosens.example", organizer_name="Олеся Шевчук",
        description="Поспілкуєшся з Назаром (CTO). Я на дзвінку не буду, але на зв'язку.",
    )  # fmt: skip
    assert [p.email for p in read(agrosens).interviewers] == ["nazar@agrosens.example"]
    hoovus = invite_to_casey(
        "Finaal: Casey x Hoovus", Attendee("karl-erik@hoovus.example", "Karl-Erik Mänd"),
        Attendee("liis@hoovus.example", "Liis Rebane", response="declined"),
        start=START, organizer="mihkel@hoovus.example", organizer_name="Mihkel Tamm",
        description="Vestluse viime läbi mina ja meie COO Karl-Erik Mänd. Liis on sel nädalal "
        "kahjuks puhkusel, nii et tema seekord ei osale.\n\nMihkel",
    )  # fmt: skip
    assert sorted(p.email for p in read(hoovus).interviewers) == [
        "karl-erik@hoovus.example", "mihkel@hoovus.example"]  # fmt: skip
    # "Surname Given Patronymic", and "Surname Given" at given.surname@
    assert display_name("Гончаренко Юлія Вікторівна", "yuliia.honcharenko@x.example") == (
        "Юлія Гончаренко"
    )
    assert display_name("Савчук Дмитро", "dmytro.savchuk@obrii.example") == "Дмитро Савчук"


@pytest.mark.parametrize(
    ("body", "expected", "country", "when"),
    [
        ("Ще раз дякую за розмову. Ми поки спілкуємося ще з кількома кандидатами, тож "
         "остаточного рішення немає. Відповідь дамо до кінця наступного тижня.",
         ReplyKind.STILL_DECIDING, "UA", date(2026, 12, 18)),
        # martial law: no public holiday is a day off, so 15 working days from Monday 7
        # December run through Christmas to the 28th
        ("Відбір ще триває: остаточне рішення ухвалює комітет, і ми повідомимо Вас про нього "
         "протягом 15 робочих днів.", ReplyKind.STILL_DECIDING, "UA", date(2026, 12, 28)),
        ("Рішення ухвалимо на початку січня, і я Вам обов'язково напишу.",
         ReplyKind.STILL_DECIDING, "UA", date(2027, 1, 10)),
        ("Раді повідомити, що Ви пройшли на другий етап відбору на посаду бізнес-аналітика.",
         ReplyKind.NEXT_ROUND, "UA", None),
        ("На жаль, компанія вирішила не продовжувати розгляд вашої кандидатури на цю вакансію.",
         ReplyKind.REJECTION, "UA", None),
        ("Коротко й по суті: ми хочемо запропонувати тобі позицію Product Analyst у Kvitka Labs!",
         ReplyKind.OFFER, "UA", None),
        ("Otsust ei ole veel tehtud: meil on sel nädalal veel kaks vestlust ja lõpliku otsuse "
         "teeme detsembri keskel.", ReplyKind.STILL_DECIDING, "EE", date(2026, 12, 15)),
        ("Urmas ja Sirle kohtuvad sel nädalal veel paari kandidaadiga, seega otsust veel ei ole. "
         "Anname Teile tagasisidet 5–7 tööpäeva jooksul.", ReplyKind.STILL_DECIDING, "EE",
         date(2026, 12, 16)),
        # a count from the day the sentence names (24-26 December are Estonia's holidays)
        ("Otsus ei ole veel tehtud: nad kohtuvad veel ühe kandidaadiga 18. detsembril ja lubasid "
         "anda lõpliku vastuse 7 tööpäeva jooksul pärast viimast vestlust.",
         ReplyKind.STILL_DECIDING, "EE", date(2026, 12, 31)),
        ("Tahaksime Sind kutsuda teise, tehnilisse vooru: vestlus Kristjaniga ja minuga.",
         ReplyKind.NEXT_ROUND, "EE", None),
        ("Kahjuks ei saa me Teie kandidatuuri seekord edasi viia, kuna valisime kandidaadi, kelle "
         "kogemus vastab paremini nõuetele.", ReplyKind.REJECTION, "EE", None),
        ("Meil on väga hea meel teha Sulle pakkumine Product Analysti kohale Rahakratis!",
         ReplyKind.OFFER, "EE", None),
    ],
)  # fmt: skip
def test_ukrainian_and_estonian_mail(
    body: str, expected: ReplyKind, country: str, when: date | None
) -> None:
    assert classified(body, country, date(2026, 12, 7)) == (expected, when)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Поза офісом: Re: Фінал 15 грудня", "До 9 грудня я на конференції й відповідаю із "
         "затримкою."),
        ("Kontorist eemal: Aitäh tänase vestluse eest", "Olen 3.–4. detsembril konverentsil ja "
         "loen kirju harva."),
    ],
)  # fmt: skip
def test_out_of_office_in_ukrainian_and_estonian(subject: str, body: str) -> None:
    from agent.core.replies import automated_reason

    msg = inbox_message("kadri@employer.example", subject, body,
                        received=datetime(2026, 12, 2, 14, tzinfo=UTC))  # fmt: skip
    assert automated_reason(msg)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Кава з Кейсі ☕", "у нас у Sirko Games, можливо, відкриється позиція продуктового "
         "аналітика десь у лютому, але бюджет ще не затвердили."),
        ("Kohv Andresega ☕", "Laineharjas võib kevadel avaneda andmeanalüütiku koht, aga eelarve "
         "pole veel kinnitatud."),
    ],
)  # fmt: skip
def test_a_friends_coffee_about_a_post_that_may_open_is_asked_about(
    title: str, description: str
) -> None:
    event = invite_to_casey(title, Attendee("friend@gmail.com", "Friend"), start=START,
                            organizer="friend@gmail.com", description=description)  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.MAYBE


@pytest.mark.parametrize(
    ("body", "expected", "when"),
    [
        # a shutdown the mail states, written with its weekdays: no day of it counts
        ("We expect to make a decision within 10 business days. Heronfall is closed for our "
         "studio-wide winter shutdown from Monday 12/21 through Friday 1/1.",
         ReplyKind.STILL_DECIDING, date(2027, 1, 7)),
        # the first week of January 2027 is the one after New Year's Day, a Friday
        ("We haven't made a decision yet. We expect to make final decisions the first week of "
         "January.", ReplyKind.STILL_DECIDING, date(2027, 1, 8)),
        # the committee's own reference checks are no round of the person's
        ("The committee has now met with all of the finalists and is completing reference "
         "checks; the committee will make its final decision after the holidays.",
         ReplyKind.STILL_DECIDING, date(2027, 1, 4)),
        ("After comparing them with the other candidates we've decided to focus on people with "
         "more hands-on marketplace pricing experience for this particular role.",
         ReplyKind.REJECTION, None),
    ],
)  # fmt: skip
def test_seattle_waits_and_a_soft_rejection(
    body: str, expected: ReplyKind, when: date | None
) -> None:
    assert classified(body, "US", date(2026, 12, 10), month_first=True) == (expected, when)


@pytest.mark.parametrize(
    ("body", "expected", "when"),
    [
        ("Výber na pozíciu ešte nie je uzavretý. Rozhodnutie padne do 15 pracovných dní a potom "
         "sa Vám ozveme.", ReplyKind.STILL_DECIDING, date(2026, 12, 29)),
        # a count from the client's last interview, the day the same sentence names
        ("Rozhodnutie ešte nepadlo. Klient má posledný pohovor s ďalším uchádzačom naplánovaný "
         "na štvrtok 17. decembra a rozhodnúť sa chce do 10 pracovných dní po poslednom "
         "pohovore.", ReplyKind.STILL_DECIDING, date(2027, 1, 5)),
        # an office closed over the holidays, said after its days: back on 7 January
        ("Výberová komisia ešte neukončila vyhodnotenie. Osobný úrad je od 24. 12. 2026 do 6. 1. "
         "2027 zatvorený. Výsledok výberového konania Vám oznámime po sviatkoch.",
         ReplyKind.STILL_DECIDING, date(2027, 1, 7)),
        ("Ešte sme sa nerozhodli. Konečnú odpoveď Vám pošlem do konca budúceho týždňa.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 11)),
        ("Po starostlivom zvážení sme sa rozhodli pokračovať s uchádzačmi, ktorých skúsenosti "
         "viac zodpovedajú požiadavkám.", ReplyKind.REJECTION, None),
        ("Radi by sme ti ponúkli pozíciu Product Data Analyst v Kolibrík Data.", ReplyKind.OFFER,
         None),
        ("Super správy – si vo finále! Martin a Barbora by ťa radi spoznali osobne.",
         ReplyKind.NEXT_ROUND, None),
        # a receipt whose promise is conditional: "Ak Váš profil zodpovedá ..."
        ("Vaše podklady sme prijali a v najbližších dňoch ich posúdime. Ak Váš profil zodpovedá "
         "našim požiadavkám, ozveme sa Vám.", ReplyKind.RECEIPT, None),
    ],
)  # fmt: skip
def test_slovak_mail(body: str, expected: ReplyKind, when: date | None) -> None:
    assert classified(body, "SK", date(2026, 12, 4)) == (expected, when)


@pytest.mark.parametrize(
    ("description", "names"),
    [
        ("Pohovor s Ing. Máriou Gregušovou (vedúca produktového manažmentu B2B) a Bc. Adamom "
         "Tkáčom (dátová analýza).", ["Adam Tkáč", "Mária Gregušová"]),
        ("Stretnete sa s pánom Ing. Tomášom Baranom, vedúcim tímu Order-to-Cash, a s pani Mgr. "
         "Luciou Hrušovskou z oddelenia ľudských zdrojov.", ["Lucia Hrušovská", "Tomáš Baran"]),
        ("Výberové konanie pozostáva z ústneho pohovoru pred výberovou komisiou v zložení:\n"
         "predseda: Ing. Marek Šimko, PhD., riaditeľ odboru\nčlenka: Mgr. Zuzana Blahová, odbor "
         "ľudských zdrojov", ["Marek Šimko", "Zuzana Blahová"]),
    ],
)  # fmt: skip
def test_slovak_panels_in_prose_and_by_their_places(description: str, names: list[str]) -> None:
    found = names_in_description(description)[0]
    assert sorted(untitled(n) for n, _ in found) == sorted(names)


def test_slovak_invites() -> None:
    mock = invite_to_casey(
        "Simulovaný pohovor – Casey (nácvik)", Attendee("petra@koucing.example", "Petra Vážna"),
        start=START, organizer="petra@koucing.example",
        description="v sobotu si spravíme nácvik pohovoru. Z firiem tam nikto nebude.",
    )  # fmt: skip
    assert judge(mock, ME, RULES).outcome is Outcome.NOT
    referee = invite_to_casey(
        "Referencia – Ondrej Kubík (Senior Controller)",
        Attendee("lubica@senica.example", "Ľubica Mrázová"), start=START,
        organizer="lubica@senica.example", description="Vás uviedol ako referenciu.",
    )  # fmt: skip
    assert judge(referee, ME, RULES).outcome is Outcome.NOT
    # a title before a name is no post: the role is the one the sentence names
    bank = invite_to_casey(
        "Dunajská banka – záverečné kolo / Casey Candidate",
        Attendee("katarina@dunajska.example", "Pekárová Katarína"), start=START,
        organizer="lenka@dunajska.example", organizer_name="Urbanová Lenka",
        description="Na záverečnom kole na pozíciu Data Governance Specialist sa s Vami stretnú "
        "pani Mgr. Katarína Pekárová.\n\nS pozdravom\nMgr. Lenka Urbanová\nHR Business Partner",
    )  # fmt: skip
    assert read(bank).role == "Data Governance Specialist"
    # a person named in the instrumental is greeted as the invite names them
    energy = invite_to_casey(
        "Pohovor – špecialista reportingu", Attendee("peter.dobsa@mke.example", "Dobša Peter"),
        start=START, organizer="andrea@mke.example", organizer_name="Vanková Andrea",
        description="Pohovor povediem ja spolu s kolegom Mgr. Petrom Dobšom.",
    )  # fmt: skip
    assert "Peter Dobša" in [p.name for p in read(energy).interviewers]


def test_an_aside_that_is_the_mails_only_news_still_counts() -> None:
    """ "Separately, ..." drops a round only beside news of this application's decision."""
    body = (
        "Thanks for sending the documents. Separately, we'd like to invite you to a final "
        "round interview with our CTO next week."
    )
    assert reply_reading(body, on=date(2026, 12, 8), month_first=True)[0] is ReplyKind.NEXT_ROUND
