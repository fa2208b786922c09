"""Invites as employers in Zagreb, Sofia and Jakarta write them (and Belgrade, Vilnius,
Ljubljana and Riga).

Shapes (our own wording, after what these senders use): Croatian "Razgovor – <job>" and
"Na razgovoru će sudjelovati:", a person's note "Poziv – <firm> (HR)" with "Pozicija:";
Bulgarian "Интервю", "Техническо интервю", "Интервюиращи:", "Обаждане: <firm> (ЧР)" with
"Позиция:", a coach's "Пробно интервю", a jobs.bg webinar, a referee's "Референции:", a bank
named in Cyrillic at its Latin domain; Indonesian "User Interview" (the hiring manager's
round, not user research), Calendly's booking questions in all three languages.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agent.core.detect import to_interview
from agent.core.model import Attendee
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_RULES, invite_from, invite_to_casey

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 15, 9, 0, tzinfo=UTC)


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, UTC, RULES, "")


@pytest.mark.parametrize(
    ("title", "organizer", "description", "outcome"),
    [
        ("Техническо интервю <> Casey Candidate – Kalofer Labs", "mira@kalofer.example",
         "Ето го и техническото интервю за Senior Data Engineer (Platform).", Outcome.INTERVIEW),
        ("Razgovor – Data Scientist (prognoza potrošnje) – Sljeme Energija",
         "marko@sljeme.example", "Potvrđujem razgovor za poziciju Data Scientist.",
         Outcome.INTERVIEW),
        # the person's own notes of a call, the job on a line of its own
        ("Poziv – Vinodol Trgovina (HR)", "",
         "Zove Snježana Bošnjak iz HR-a na mobitel. Pozicija: analitičar prodaje, ured u "
         "Sesvetama.", Outcome.INTERVIEW),
        ("Обаждане: Емона Ритейл (ЧР)", "",
         "Галина Тодорова ще ми звънне на мобилния. Позиция: Анализатор ценообразуване.",
         Outcome.INTERVIEW),
        ("Razgovor – Business Intelligence Specialist", "",
         "Razgovor za radno mjesto Business Intelligence Specialist. Na razgovoru će "
         "sudjelovati: Nikša Lučić (direktor financija) i Dubravka Kralj (HR).",
         Outcome.INTERVIEW),
        # booking pages whose question asks which job
        ("Kamenjar Analytics – upoznavanje (30 min) between Lucija Pavlović and Casey Candidate",
         "lucija@kamenjar.example",
         "Questions:\nZa koju se poziciju prijavljuješ?\nProduct Analyst\n", Outcome.INTERVIEW),
        ("Запознанство – Bachkovo Pay (30 мин) between Елица Бонева and Casey Candidate",
         "elitsa@bachkovo.example",
         "Questions:\nЗа коя позиция кандидатствате?\nAnalytics Engineer\n", Outcome.INTERVIEW),
        ("Intro chat – Rupiahku (30 min) between Steve Wijaya and Casey Candidate",
         "steve@rupiahku.example",
         "Questions:\nPosisi apa yang Anda lamar?\nHead of Data\n", Outcome.INTERVIEW),
        # Indonesian hiring's "user" is the manager who hires
        ("User Interview – Data Scientist (Pricing) – Casey Candidate", "yulia@sagara.example",
         "Dengan ini kami mengundang Ibu untuk mengikuti User Interview posisi Data Scientist.",
         Outcome.INTERVIEW),
        # ... and not the person's interviews
        ("Пробно интервю (банка) – Кейси", "coach@gmail.com",
         "Ще играя ролята на интервюиращ от банката.", Outcome.NOT),
        ("Уебинар на jobs.bg: Интервюто за работа – как да се представим успешно", "",
         "Лектори: ...", Outcome.NOT),
        ("Референции: Васил Тончев / Камчия Софтуер", "irina@kamchia.example",
         "Благодаря Ви, че се съгласихте да дадете препоръка за Васил Тончев.", Outcome.NOT),
        # Serbian and Lithuanian: a coach's practice round, a webinar, a reference call
        ("Probni intervju (simulacija) – Kejsi", "coach@gmail.com", "Niko iz banke neće biti "
         "prisutan, samo ja.", Outcome.NOT),
        ("Infostud vebinar: Kako da prođete intervju za posao", "", "", Outcome.NOT),
        ("Bandomasis darbo pokalbis – Casey (praktika)", "coach@gmail.com", "", Outcome.NOT),
        ("CVbankas.lt webinaras: Kaip sėkmingai pasiruošti darbo pokalbiui", "", "", Outcome.NOT),
        ("Pokalbis dėl AML analitiko (-ės) pozicijos – Casey Candidate",
         "aiste@medeina.example", "Dėkojame už Jūsų paraišką.", Outcome.INTERVIEW),
        ("Kava su Tadu", "tadas.jankunas@gmail.com",
         "Gal pavasarį mano komandoje atsiras rizikos analitiko pozicija, bet kol kas nieko "
         "oficialaus.", Outcome.MAYBE),
        # Slovene and Latvian
        ("Tehnični razgovor <> Casey Candidate – Kozolec Labs", "nina@kozolec.example",
         "vabilo na tehnični razgovor za delovno mesto Senior Backend Developer (Kotlin).",
         Outcome.INTERVIEW),
        ("Klic Kurent (kadrovska)", "", "Kliče me Simona Rozman iz kadrovske službe. Delovno "
         "mesto: Analitik nabave.", Outcome.INTERVIEW),
        ("Intervija: Biznesa analītiķis/-e (BSS) – Casey Candidate", "zane@zibsnis.example",
         "Paldies par Jūsu pieteikumu.", Outcome.INTERVIEW),
        ("Zvans – Baltā Kāpa (HR)", "", "Zvanīs Līga Bērziņa no Baltā Kāpa personāla daļas. "
         "Amats: Datu analītiķis/-e.", Outcome.INTERVIEW),
        ("Prakses intervija (mock) – Casey Candidate", "coach@gmail.com", "", Outcome.NOT),
        ("CV.lv vebinārs: Kā pārliecinoši izturēt darba interviju", "", "", Outcome.NOT),
        ("Atsauksmes par Mārci Putniņu", "hr@other.example", "", Outcome.NOT),
        ("Kava z Žigo", "ziga.potokar@gmail.com", "Pri nas morda januarja odprejo mesto za "
         "analitika, ampak zaenkrat še nič uradnega.", Outcome.MAYBE),
        # a friend's coffee about a job that may open: the person is asked
        ("Kava – Casey & Tin", "tin.kralj.zg@gmail.com",
         "Pričao sam sa šefom, možda otvore poziciju za data engineera u siječnju, ali još ništa "
         "nije službeno.", Outcome.MAYBE),
        ("Кафе с Ники", "niki.draganov@gmail.com",
         "Може би ще отворим позиция за data engineer през пролетта, но нищо официално.",
         Outcome.MAYBE),
        ("Ngopi bareng Bayu", "bayu.aji.p@gmail.com",
         "Aku ceritain soal posisi analytics di kantorku yang kemungkinan dibuka kuartal 1.",
         Outcome.MAYBE),
    ],
)  # fmt: skip
def test_what_is_and_is_not_an_interview(
    title: str, organizer: str, description: str, outcome: Outcome
) -> None:
    event = invite_from(title, organizer, description, start=START)
    assert judge(event, ME, RULES).outcome is outcome


def test_the_employer_is_no_word_for_the_meeting_and_its_cyrillic_name_spells_the_domain() -> None:
    second = invite_to_casey(
        "Второ интервю – Кредитен риск / Casey Candidate",
        Attendee("nadezhda.ilieva@bankasredets.bg", "Надежда Илиева"), start=START,
        organizer="plamen.stoyanov@bankasredets.bg", organizer_name="Пламен Стоянов",
        description="Интервюто ще проведем аз и г-жа Надежда Илиева.\n\nС уважение,\nПламен "
        "Стоянов\nБанка Средец АД",
    )  # fmt: skip
    assert read(second).company == "Банка Средец"
    agency = invite_to_casey(
        "Среща с Искър Енерджи – Casey Candidate", start=START,
        organizer="viktoria@mostkarieri.example", organizer_name="Виктория Андреева",
        description="Потвърждавам срещата Ви с нашия клиент.",
    )  # fmt: skip
    assert read(agency).company == "Искър Енерджи"
    note = invite_from("Обаждане: Емона Ритейл (ЧР)", "", "Позиция: Анализатор.", start=START)
    assert read(note).company == "Емона Ритейл"


@pytest.mark.parametrize(
    ("description", "names"),
    [
        ("Razgovor za radno mjesto Business Intelligence Specialist. Na razgovoru će "
         "sudjelovati: Nikša Lučić (direktor financija) i Dubravka Kralj (HR).",
         ["Dubravka Kralj", "Nikša Lučić"]),
        ("Razgovor vode direktor operacija Dario Jelenić i voditeljica planiranja Sanja Car. Ja "
         "neću biti na razgovoru.", ["Dario Jelenić", "Sanja Car"]),
        ("Интервю за BI анализатор. Интервюиращи: г-н Димитър Колев (оперативен директор) и "
         "г-жа Милена Ангелова (ЧР).", ["Димитър Колев", "Милена Ангелова"]),
        ("Интервюто ще проведат г-н Тодор Маринов, финансов директор, и г-жа Росица Георгиева, "
         "ръководител „Планиране и анализи“. Аз няма да присъствам на срещата.",
         ["Росица Георгиева", "Тодор Маринов"]),
        ("Interview akan dihadiri oleh Mr. Kenji Watanabe (Country Sales Director) dan Ibu "
         "Fransiska Dewi (HR Manager). Saya tidak ikut hadir.",
         ["Fransiska Dewi", "Kenji Watanabe"]),
        # the person's own notes of calls
        ("Zove Snježana Bošnjak iz HR-a Vinodol Trgovine na mobitel. Pozicija: analitičar "
         "prodaje.", ["Snježana Bošnjak"]),
        ("Галина Тодорова от ЧР на Емона ще ми звънне на мобилния. Позиция: Анализатор.",
         ["Галина Тодорова"]),
        ("Bu Ratna Wulandari (HRD) telepon ke HP. Posisi: Business Intelligence Specialist.",
         ["Ratna Wulandari"]),
        ("Разговор воде директор продаје Милош Ђурић и Никола Стевановић, руководилац "
         "категорије.", ["Милош Ђурић", "Никола Стевановић"]),
        ("Razgovor vode Goran Simić, direktor lanca snabdevanja, i Mirjana Bogdanović, "
         "menadžerka planiranja.", ["Goran Simić", "Mirjana Bogdanović"]),
        ("Pokalbį ves duomenų skyriaus vadovas Andrius Šimkus ir vyresnioji analitikė Viktorija "
         "Jonaitienė.", ["Andrius Šimkus", "Viktorija Jonaitienė"]),
        ("Zove me Dušica Pantić iz HR-a Mlekare Lipovac. Pozicija: Analitičar nabavke.",
         ["Dušica Pantić"]),
        ("Razgovor bosta vodila direktor logistike Boštjan Černe in vodja skladišča Irena Furlan. "
         "Jaz na razgovoru ne bom prisotna.", ["Boštjan Černe", "Irena Furlan"]),
        ("Razgovor za delovno mesto Podatkovni inženir. Sodelujeta: Marko Vidic, vodja IT, in ga. "
         "Nataša Bergant iz kadrovske službe.", ["Marko Vidic", "Nataša Bergant"]),
        ("Intervija – Finanšu analītiķis/-e. Interviju vadīs valdes loceklis Jānis Ozoliņš un "
         "finanšu direktore Ilze Vītola.", ["Ilze Vītola", "Jānis Ozoliņš"]),
        ("Otrā intervija. Interviju vadīs mūsu valdes priekšsēdētājs Edgars Kalniņš.",
         ["Edgars Kalniņš"]),
    ],
)  # fmt: skip
def test_panels_and_callers_named_in_prose(description: str, names: list[str]) -> None:
    event = invite_from("Razgovor – Analitičar", "", description, start=START)
    assert sorted(p.name for p in read(event).interviewers) == names


def test_a_coordinator_who_says_she_stays_away_is_no_interviewer() -> None:
    event = invite_to_casey(
        "Техническо интервю <> Casey Candidate – Kalofer Labs",
        Attendee("stefan@kalofer.example", "Стефан Дончев"),
        Attendee("mira@kalofer.example", "Мира Ганчева"), start=START,
        organizer="mira@kalofer.example", organizer_name="Мира Ганчева",
        description="Ето го и техническото интервю за Senior Data Engineer (Platform). "
        "Интервюиращи:\n- Стефан Дончев (Staff Data Engineer)\n\nАз няма да участвам в разговора.",
    )  # fmt: skip
    found = read(event)
    assert [p.name for p in found.interviewers] == ["Стефан Дончев"]
    assert found.role == "Senior Data Engineer"
    sagara = invite_to_casey(
        "User Interview – Data Scientist (Pricing) – Casey Candidate",
        Attendee("benny@sagara.example", "Benny Tanuwijaya"), start=START,
        organizer="yulia@sagara.example", organizer_name="Yulia Anggraini",
        description="Kami mengundang Ibu untuk mengikuti User Interview posisi Data Scientist. "
        "User interview akan dilakukan oleh Bapak Benny Tanuwijaya (Kepala Divisi) bersama "
        "saya.\n\nSalam,\nYulia Anggraini",
    )  # fmt: skip
    assert sorted(p.name for p in read(sagara).interviewers) == [
        "Benny Tanuwijaya", "Yulia Anggraini"]  # fmt: skip
    # "saya sendiri" (myself) first in the list: the writer is on the panel
    wirasena = invite_to_casey(
        "Wawancara - Head of Corporate Planning", Attendee("sumarni@wirasena.example", "Sumarni"),
        start=START, organizer="hendro.wibisono@wirasena.example",
        organizer_name="Wibisono, Hendro",
        description="Pewawancara: saya sendiri dan Ibu Sumarni (Direktur Keuangan).",
    )  # fmt: skip
    assert sorted(p.email for p in read(wirasena).interviewers) == [
        "hendro.wibisono@wirasena.example", "sumarni@wirasena.example"]  # fmt: skip
    # Latvian "Es tikai koordinēju laikus ...": "Es" alone before the words is the writer
    zibsnis = invite_to_casey(
        "Intervija: Biznesa analītiķis/-e",
        Attendee("raimonds@zibsnis.example", "Raimonds Strazds"), start=START,
        organizer="zanete@zibsnis.example", organizer_name="Žanete Puriņa",
        description="Intervijā piedalīsies mūsu daļas vadītājs Raimonds Strazds. Es tikai "
        "koordinēju laikus un pati intervijā nepiedalīšos.\n\nAr cieņu\nŽanete Puriņa",
    )  # fmt: skip
    assert [p.email for p in read(zibsnis).interviewers] == ["raimonds@zibsnis.example"]


@pytest.mark.parametrize(
    ("title", "organizer", "description", "company", "role"),
    [
        ("Razgovor – Učka Logistika – Casey", "nina@talentum.example",
         "šaljem pozivnicu za razgovor kod našeg klijenta, tvrtke Učka Logistika d.o.o. iz "
         "Rijeke, za poziciju Analitičar opskrbnog lanca.", "Učka Logistika",
         "Analitičar opskrbnog lanca"),
        ("Interview Kirana – Casey Candidate (via Nusa Talenta)", "michelle@nusatalenta.example",
         "berikut detail interview dengan klien kami, PT Kirana Home Appliances Indonesia, untuk "
         "posisi Sales Analytics Manager:\nKamis, 3 Desember 2026", "Kirana Home Appliances",
         "Sales Analytics Manager"),
        ("Psikotes & Wawancara Psikologi – Business Analyst", "wahyuni@ciptainsani.example",
         "Atas permintaan PT Agro Wangsa Lestari Tbk, kami mengundang Ibu mengikuti psikotes "
         "untuk posisi Business Analyst.", "Agro Wangsa Lestari", "Business Analyst"),
        # the name in the locative in a sentence, whole in the signature
        ("Razgovor za posao – Analitičar podataka (m/ž) – Casey Candidate",
         "marina@zumberak-telekom.example",
         "zahvaljujemo na prijavi za radno mjesto Analitičar podataka (m/ž) u Žumberak "
         "Telekomu.\n\nS poštovanjem,\nMarina Knežević\nŽumberak Telekom d.d.",
         "Žumberak Telekom", "Analitičar podataka"),
        # ... and spelled from the domain's initial and last word: zav-kras for "Zavarovalnica
        # Kras", in the Slovene locative above the signature
        ("Zaposlitveni razgovor: Aktuarski analitik (m/ž)", "eva.horvat@zav-kras.example",
         "vabilo na razgovor za delovno mesto Aktuarski analitik (m/ž) v Zavarovalnici Kras "
         "d.d.\n\nS spoštovanjem,\nEva Horvat\nZavarovalnica Kras d.d., Koper",
         "Zavarovalnica Kras", "Aktuarski analitik"),
        # the person's own Zoom copies, no address on them: the account is a group's ("Grupa"),
        # the firm is named with Indonesia's "PT" before it
        ("Intervija Finanšu analītiķis/-e", "",
         "Intervija – Finanšu analītiķis/-e.\n\nKurzemes Ostu Grupa is inviting you to a "
         "scheduled Zoom meeting.\n\nTopic: Intervija", "Kurzemes Ostu Grupa",
         "Finanšu analītiķis/-e"),
        ("Interview Supply Chain Analytics Lead - Casey", "",
         "Interview posisi Supply Chain Analytics Lead, PT Tirta Bening Nusantara. Interview "
         "akan dipandu oleh Bapak Joko Susilo.", "Tirta Bening Nusantara",
         "Supply Chain Analytics Lead"),
        ("Technical Interview <> Casey Candidate – Pasarloka", "kezia@pasarloka.example",
         "Ini undangan untuk technical interview posisi Senior Data Analyst (Marketplace) ya.",
         "Pasarloka", "Senior Data Analyst (Marketplace)"),
        ("Interview Akhir: Senior Data Analyst – Credit Risk / Casey Candidate",
         "hr@arunika.example",
         "berikut undangan interview tahap akhir untuk posisi Senior Data Analyst – Credit Risk "
         "(SME Banking).\n\nHormat kami,\nPT Bank Arunika Nusantara Tbk", "Arunika",
         "Senior Data Analyst – Credit Risk"),
    ],
)  # fmt: skip
def test_the_employer_and_the_job(
    title: str, organizer: str, description: str, company: str, role: str
) -> None:
    found = read(invite_from(title, organizer, description, start=START))
    assert company in found.company and found.role == role


def test_one_who_signs_with_the_start_of_his_address_is_greeted_so() -> None:
    event = invite_to_casey(
        "Final round @ Pasarloka", Attendee("aditya@pasarloka.example", ""), start=START,
        organizer="aditya@pasarloka.example",
        description="Nanti ngobrolnya sama aku dan Nadia (CEO kita) di kantor.\n\nSampai "
        "Selasa!\nAdit\nCTO, Pasarloka",
    )  # fmt: skip
    assert [p.greeting for p in read(event).interviewers if "aditya" in p.email] == ["Adit"]


def test_lithuanian_panels_posts_and_coordinators() -> None:
    """ "Pokalbį vesime aš ir ...": the writer is on the panel; one "įtraukta tik
    informacijai" is not; the post keeps its feminine ending "(-ės)" as the ad writes it."""
    second = invite_to_casey(
        "Antrasis pokalbis – Finance Process Lead (R2R) – Casey Candidate",
        Attendee("dovile@nordvik.example", "Dovilė Urbonienė"),
        Attendee("agne@nordvik.example", "Agnė Rimkutė"), start=START,
        organizer="laura@nordvik.example", organizer_name="Laura Bernotienė",
        description="Pokalbį vesime aš ir finansų kontrolierė Dovilė Urbonienė. Agnė Rimkutė (HR "
        "partnerė) įtraukta tik informacijai.",
    )  # fmt: skip
    assert sorted(p.email for p in read(second).interviewers) == [
        "dovile@nordvik.example", "laura@nordvik.example"]  # fmt: skip
    zoom = invite_from(
        "Duomenų analitiko (-ės) pokalbis – Casey Candidate", "",
        "Pokalbį ves duomenų skyriaus vadovas Andrius Šimkus ir vyresnioji analitikė Viktorija "
        "Jonaitienė.", start=START,
    )  # fmt: skip
    assert read(zoom).role == "Duomenų analitiko (-ės)"
    note = invite_from(
        "Lūšis Studio – skambutis dėl QA Lead", "",
        "Skambins Rūta Vaitkutė (Lūšis prodiuserė) į mobilų. Pozicija: QA Lead.", start=START,
    )  # fmt: skip
    found = read(note)
    assert (found.role, [p.name for p in found.interviewers]) == ("QA Lead", ["Rūta Vaitkutė"])
    agency = invite_from(
        "Susitikimas su Dūnų Transportas – Logistikos analitikas (-ė) – Casey Candidate",
        "ugne@pamariotalentai.example",
        "mūsų klientas UAB „Dūnų Transportas“ kviečia Jus į susitikimą. Aš pati susitikime "
        "nedalyvausiu.", start=START,
    )  # fmt: skip
    assert read(agency).company == "Dūnų Transportas"


def test_a_declined_given_name_counts_only_in_a_serbian_or_croatian_sentence() -> None:
    """ "Uroša sam stavio kao opcionog ... on neće biti na razgovoru" is about Uroš; in English
    "Daniela" is someone else than Daniel on the invite."""
    from agent.core.attendance import absent

    serbian = "Uroša sam stavio kao opcionog samo da te dočeka – on neće biti na razgovoru."
    invited = [Attendee("uros@lastavica.example", "Uroš Tomić"),
               Attendee("stefan@lastavica.example", "Stefan Petrović")]  # fmt: skip
    assert absent(serbian, invited, "stefan@lastavica.example", []) == {"uros@lastavica.example"}
    english = "Daniela from our team is copied for scheduling only and won't be on the call."
    invited = [Attendee("daniel@acme.example", "Daniel Berg"),
               Attendee("jane@acme.example", "Jane Doe")]  # fmt: skip
    assert "daniel@acme.example" not in absent(english, invited, "jane@acme.example", [])
