"""Invites and mail as employers in Vienna, Manila, Montréal, Stockholm, Nairobi and Istanbul
write them.

Shapes (our own wording, after what these senders use): Austrian panels in prose ("Das
Gespräch führe ich gemeinsam mit Herrn DI ...", "Dabei sind neben mir ..."), a federal
office's "Die Kommission setzt sich wie folgt zusammen:", Exchange's "Stöger Verena" and a
head physician's "Prim.", a headhunter's client in the dative; a Philippine board's "Dir." and
"Ma. Theresa", a note's "Interview for ... – interviewers: ...", Taglish mail; Québec's
"entrevue", "Intervieweurs :", "ma cliente", a cégep's domain of a word and initials, closures
"du 24 décembre au 2 janvier" that a count of working days skips, and French written from a
country that puts the month first; Swedish panels ("Rekryteringsgruppen består av", "Vi blir
jag och"), numbered weeks and "mellandagarna", an office shut on julafton; Kenyan English's
"within seven (7) working days" and a day that "is Christmas Day"; a Turkish panel between
"Görüşmeyi" and its verb, posts with their possessive before names, "müşterimiz", "15 iş
günü içinde", Turkish Calendly and career fairs.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent import mime
from agent.core.dates import find_date
from agent.core.detect import to_interview
from agent.core.model import Attendee, ReplyKind
from agent.core.names import greeting_of, untitled
from agent.core.people import names_in_description
from agent.core.reply_classify import classify
from agent.core.verdict import Outcome, judge
from tests.builders import (
    CASEY,
    CASEY_RULES,
    interviewer_names,
    invite,
    invite_from,
    invite_to_casey,
    reply_reading,
)

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 15, 9, 0, tzinfo=UTC)


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, UTC, RULES, "")


# --------------------------------------------------------------------------- who interviews


@pytest.mark.parametrize(
    ("description", "names"),
    [
        ("Das Gespräch führe ich gemeinsam mit Herrn DI Markus Trnka, Abteilungsleiter "
         "Netzdaten.", ["Markus Trnka", "Someone"]),
        ("Dabei sind neben mir unsere Bereichsleiterin Digitalisierung & Netzservices, Frau "
         "Mag.a Dr.in Ulrike Pfannhauser. Bitte bereiten Sie eine Präsentation vor.",
         ["Someone", "Ulrike Pfannhauser"]),
        ("Das Zweitgespräch führe ich zusammen mit unserer Prokuristin, Frau Mag. (FH) Andrea "
         "Kainz (Finanzen & Controlling).", ["Andrea Kainz", "Someone"]),
        ("darf ich Sie zum Hearing einladen.\nDie Kommission setzt sich wie folgt zusammen:\n"
         "- Mag. Dr. Walter Obermüller, Leiter der Abteilung II/3 (Vorsitz)\n- MMag.a Sonja "
         "Kreuzer, Abteilung I/1\n- Ing. Peter Dworak, Personalvertretung\nIch selbst gehöre der "
         "Kommission nicht an.", ["Peter Dworak", "Sonja Kreuzer", "Walter Obermüller"]),
        ("wie besprochen, hier die Eckdaten. Sie treffen dort Herrn Dr. Heinrich Pachinger (CFO) "
         "und Frau DI Martina Zaunschirm (Leiterin Aktuariat). Ich selbst bin nicht dabei.",
         ["Heinrich Pachinger", "Martina Zaunschirm"]),
        ("The Board will be composed of the following:\nDir. Emmanuel Santos Lagdameo – "
         "Chairperson\nDr. Lourdes Manalastas Reyes – Chief, Data Standards Division\n\nThe "
         "undersigned is not a member of the Board.",
         ["Emmanuel Santos Lagdameo", "Lourdes Manalastas Reyes"]),
        ("The interview panel: Eng. Daniel Kipkemboi Kosgei, Director (Chair); CPA Rose Nafula "
         "Simiyu, Manager, Finance. The undersigned is not a member of the panel.",
         ["Daniel Kipkemboi Kosgei", "Rose Nafula Simiyu"]),
        ("Tel que discuté, voici l'invitation. Tu rencontreras M. Raymond Côté-Lavallée, ing., "
         "vice-président Infrastructures, et Mme Karine Deschênes-Oyelaran, directrice "
         "Transformation numérique. Je ne serai pas présent à la rencontre.",
         ["Karine Deschênes-Oyelaran", "Raymond Côté-Lavallée"]),
    ],
)  # fmt: skip
def test_panels_named_in_prose(description: str, names: list[str]) -> None:
    event = invite_from("Gespräch – Casey Candidate", "boss@firm.example", description,
                        start=START)  # fmt: skip
    assert interviewer_names(event) == names


@pytest.mark.parametrize(
    ("description", "names"),
    [
        ("Bewerbungsgespräch Uni am Schottentor – Datenmanager*in (Kennzahl 2026/QM-07) mit Dr. "
         "Klaus Matejka (Leiter Stabsstelle QM) und Mag.a Barbara Reischl (Personalabteilung). "
         "Kurzpräsentation vorbereiten!", ["Barbara Reischl", "Klaus Matejka"]),
        ("Interview for Finance Reporting Analyst (R2R) – interviewers: Mr. Joaquin Arcega "
         "(Director, Finance Operations) and Ms. Pia Concepcion (Talent Acquisition).",
         ["Joaquin Arcega", "Pia Concepcion"]),
        ("Entrevue SQÉÉ – poste Analyste principal(e), prévision de la production éolienne – "
         "avec M. Benoît Lessard-Hamelin (directeur, Prévisions) et Mme Chantal Dubuc "
         "(conseillère principale, RH).", ["Benoît Lessard-Hamelin", "Chantal Dubuc"]),
        ("Intervieweurs : Geneviève Laplante-Rioux (Chef d'équipe, Fiabilité); Mathieu "
         "Thériault-Diallo (Gestionnaire, Ingénierie)", ["Geneviève Laplante-Rioux",
                                                        "Mathieu Thériault-Diallo"]),
        ("Rekryteringsgruppen består av Karin Sjöberg, enhetschef Analys och uppföljning, och Omid "
         "Rahimi, HR-konsult. Intervjun tar cirka 60 minuter.", ["Karin Sjöberg", "Omid Rahimi"]),
        ("Vid intervjun deltar Anneli Backman, avdelningschef Analys och statistik, och Oskar "
         "Nilsson, HR-specialist.", ["Anneli Backman", "Oskar Nilsson"]),
        ("Vi blir jag och förvaltningens digitaliseringschef Patrik Holm, som ansluter på plats.",
         ["Patrik Holm"]),
        ("Interview for Research Engineer (ref. NTH-2026-0731). Panel: Prof. Ingrid Halvarsson "
         "(Head of Department) and Dr. Samir Haddad (Research Data Team). 10 min presentation of "
         "a data management plan.", ["Ingrid Halvarsson", "Samir Haddad"]),
        ("The interview panel is composed of Dr. Tesfaye Alemu Bekele, Chief, Programme Support; "
         "Ms. Marit Haugland, Head of Data; and Mr. Peter Kuria Gachanja, Senior MEL Officer.",
         ["Marit Haugland", "Peter Kuria Gachanja", "Tesfaye Alemu Bekele"]),
        ("Interview for Operations Analytics Manager – with Mr. Hassan Abdalla Mwinyi (General "
         "Manager) and Ms. Mwanajuma Bakari Salim (HR Manager).",
         ["Hassan Abdalla Mwinyi", "Mwanajuma Bakari Salim"]),
        ("Görüşmeyi ben ve Fabrika Müdürümüz Cengiz Oktay Ünal birlikte yapacağız; ardından saha "
         "turu olacak.", ["Cengiz Oktay Ünal"]),
        ("Görüşmeyi Mali İşler Grup Başkanımız Sayın Haluk Sarıgül ve Strateji ve İş Geliştirme "
         "Direktörümüz Aslı Günaydın gerçekleştirecektir.", ["Aslı Günaydın", "Haluk Sarıgül"]),
        ("Sizi CEO'ları Sayın Volkan Demirci ve İK Direktörü Nazlı Sezer Hanım karşılayacak. Ben "
         "toplantıya katılmayacağım.", ["Nazlı Sezer", "Volkan Demirci"]),
        ("Mülakat Komisyonu:\nKomisyon Başkanı: Sayın Necati Bozkurt (Genel Müdür Yardımcısı)\n"
         "Üye: Sayın Figen Aydemir (Ulaşım Veri Şefi)\n", ["Figen Aydemir", "Necati Bozkurt"]),
        ("Het gesprek voer je met Annelies Kortekaas, teamleider Juridische Zaken. Annelies neemt "
         "haar collega Youssef Ait Lahcen mee, senior jurist huurrecht.", ["Youssef Ait Lahcen"]),
        ("Mülakat – Veri Analisti. Komisyon: Prof. Dr. Ayten Özsoy (Rektör Yardımcısı) ve Dr. Öğr. "
         "Üyesi Barış Kalkan (KAO Koordinatörü).", ["Ayten Özsoy", "Barış Kalkan"]),
        # Greek: Workable's "Θα συναντήσετε:", Workday's "Συνεντευκτές:" with the raised dot
        # between people, a public body's committee with "Δρ.", "κα" and "κ." before names
        ("Θα συναντήσετε:\nΕλευθερία Ζαχαροπούλου - Talent Acquisition Lead\nΠαναγιώτης "
         "Κουκουλάκης - Technical Superintendent\n",
         ["Ελευθερία Ζαχαροπούλου", "Παναγιώτης Κουκουλάκης"]),
        ("Συνεντευκτές: Νικηφόρος Μπαλτάς (Network Analytics Manager)· Ζωή Γεωργιάδου (Talent "
         "Acquisition Partner)", ["Ζωή Γεωργιάδου", "Νικηφόρος Μπαλτάς"]),
        ("Η συνέντευξη θα διεξαχθεί ενώπιον της Επιτροπής Αξιολόγησης, η οποία έχει την "
         "ακόλουθη σύνθεση:\n- Πρόεδρος: Δρ. Κυριάκος Σπανός, Διευθυντής Υποδομών Δεδομένων\n"
         "- Μέλος: κα Ευανθία Λαμπράκη, Προϊσταμένη Τμήματος\n- Μέλος: κ. Θεόδωρος Καραλής, "
         "εκπρόσωπος του Εποπτικού Συμβουλίου\n",
         ["Ευανθία Λαμπράκη", "Θεόδωρος Καραλής", "Κυριάκος Σπανός"]),
        # ... and in prose, with articles before names and forms of address
        ("Από την πλευρά της εταιρείας θα είναι παρόντες ο κ. Μάρκος Χατζηπατέρας, Commercial "
         "Director, και η κα Ρένα Φωτεινοπούλου, Head of Chartering.",
         ["Μάρκος Χατζηπατέρας", "Ρένα Φωτεινοπούλου"]),
        ("Τη συνέντευξη θα πραγματοποιήσουμε εγώ και η Ιουλία Σταθοπούλου, Naval Architect της "
         "ομάδας Fleet Performance.", ["Ιουλία Σταθοπούλου"]),
        ("Συνέντευξη Anafi Tankers – θέση Commercial Operations Analyst. Συνεντευκτές: Διονύσης "
         "Αρβανίτης (Operations Director), Μαρίνα Κουτσούκου (HR Manager).",
         ["Διονύσης Αρβανίτης", "Μαρίνα Κουτσούκου"]),
        # Finnish posts in lower case before names, the employer's genitive before them, and
        # who someone is after "joka"
        ("Haastattelijoina toimivat Merisataman kuljetuspäällikkö Juha-Pekka Oksanen ja minä.",
         ["Juha-Pekka Oksanen"]),
        ("Haastatteluryhmään kuuluvat kehittämispäällikkö Heikki Vartiainen, "
         "tietohallintopäällikkö Satu Korpela ja henkilöstösuunnittelija Aino Hyvärinen. Hoidan "
         "itse ainoastaan haastattelujärjestelyt enkä osallistu haastatteluun.",
         ["Aino Hyvärinen", "Heikki Vartiainen", "Satu Korpela"]),
        ("Haastattelijoina ovat minä ja Katja Ylönen, joka vetää Azure- ja Databricks-tiimiämme.",
         ["Katja Ylönen"]),
    ],
)  # fmt: skip
def test_notes_and_lists_that_name_the_panel(description: str, names: list[str]) -> None:
    found = names_in_description(description)[0]
    assert sorted(untitled(name).removeprefix("Sayın ") for name, _ in found) == names


def test_titles_and_name_orders_of_vienna_and_manila() -> None:
    event = invite_to_casey(
        "Bewerbungsgespräch Data Analyst Medizincontrolling – Casey Candidate",
        Attendee("helmut.aschauer@klinikum.example", "Aschauer Helmut, Prim. Dr."), start=START,
        organizer="verena.stoeger@klinikum.example", organizer_name="Stöger Verena",
        description="Das Gespräch führen Herr Prim. Dr. Helmut Aschauer (Ärztlicher Direktor) "
        "und ich.\n\nMit freundlichen Grüßen\nVerena Stöger\nPersonalentwicklung",
    )  # fmt: skip
    found = read(event).interviewers
    # "Prim." is a title, and the directory's "Stöger Verena" signs "Verena Stöger"
    assert sorted((p.name, p.greeting) for p in found) == [
        ("Helmut Aschauer", "Helmut"), ("Verena Stöger", "Verena")]  # fmt: skip
    # (a signature in the other order alone does not turn a name: "Kovács Anna" signs the
    # invite's "Anna Kovács" at anna.kovacs@, her given name first in the address)
    hungarian = invite_to_casey(
        "Interjú – Casey Candidate", start=START, organizer="anna.kovacs@bank.example",
        organizer_name="Anna Kovács", description="Üdvözlettel:\nKovács Anna\nHR",
    )  # fmt: skip
    assert [(p.name, p.greeting) for p in read(hungarian).interviewers] == [
        ("Anna Kovács", "Anna")]  # fmt: skip
    # a list that writes the family name first, joined to an address that writes it last:
    # "Szalai Márta" at marta.szalai@ is greeted "Márta"
    listed = invite_to_casey(
        "Interjú – Casey Candidate", start=START, organizer="hr@bank.example",
        description="Interjúztatók:\nSzalai Márta <marta.szalai@bank.example> (Hitelkockázati "
        "modellezési vezető)",
    )  # fmt: skip
    assert [p.greeting for p in read(listed).interviewers] == ["Márta"]
    assert greeting_of("Szalai Márta", "marta.szalai@bank.example") == "Márta"
    assert greeting_of("Szalai Márta") == "Szalai"  # (no address: nothing tells the order)
    # a Philippine "Ma." is María, part of the given name
    listed = names_in_description("Interviewers: Ma. Theresa Villanueva-Dizon (Director, WFM); "
                                  "Jerome Castillo (Senior Manager)")[0]  # fmt: skip
    assert [name for name, _ in listed] == ["Ma Theresa Villanueva-Dizon", "Jerome Castillo"]
    assert greeting_of("Ma. Theresa Villanueva-Dizon") == "Ma. Theresa"
    # ("Si Geneviève est retenue au hangar, elle se joindra par Teams": "if", not a name)
    second = invite_to_casey(
        "Entrevue technique – Nordair (Casey Candidate)",
        Attendee("genevieve@nordair.example", "Geneviève Laplante-Rioux"), start=START,
        organizer="mathieu@nordair.example", organizer_name="Mathieu Thériault-Diallo",
        description="L'entrevue sera menée par moi et par Geneviève Laplante-Rioux, cheffe "
        "d'équipe. Si Geneviève est retenue au hangar, elle se joindra par Teams.",
    )  # fmt: skip
    assert interviewer_names(second) == ["Geneviève Laplante-Rioux", "Mathieu Thériault-Diallo"]


# --------------------------------------------------------------------------- employer and job


@pytest.mark.parametrize(
    ("title", "organizer", "description", "company", "role"),
    [
        ("Termin ALR – Casey Candidate", "f.rainer@kohlmarkt.example",
         "hier die Eckdaten für Ihr Gespräch bei unserer Mandantin, der Alpenländischen "
         "Rückversicherung AG, für die Position Leiter:in Data Analytics & Reporting.",
         "Alpenländische Rückversicherung", "Leiter:in Data Analytics & Reporting"),
        ("HRMPSB Panel Interview – Statistician III – Casey Candidate", "rowena@nada.gov.ph",
         "The Board will be composed of the following:\nMs. Liza Gatchalian – Representative, "
         "NADA Employees Association\n\nVery truly yours,\nROWENA D. PASCUAL\nNational "
         "Archipelagic Data Authority", "NADA", "Statistician III"),
        ("Teaching Demonstration and Interview – C. Candidate (Business Analytics Faculty)",
         "teresita@potenciana.example", "This is to confirm your teaching demonstration.",
         "Potenciana", "Business Analytics Faculty"),
        ("Entrevue technique <> Casey Candidate – Studio Gargouille", "kim@gargouille.example",
         "Ton entrevue technique pour le poste Analyste de données de jeu senior (Senior Game "
         "Data Analyst) est confirmée.", "Studio Gargouille", "Analyste de données de jeu senior"),
        ("Entrevue de sélection – Appel de candidatures 12610RQ26000043 – Casey Candidate",
         "line@rqin.gouv.qc.ca",
         "nous avons le plaisir de vous convoquer à une entrevue de sélection dans le cadre de "
         "l'appel de candidatures no 12610RQ26000043, Analyste en science des données (emploi "
         "professionnel), à la Régie québécoise des infrastructures numériques.\n\nLine\n"
         "Régie québécoise des infrastructures numériques",
         "Régie québécoise des infrastructures numériques", "Analyste en science des données"),
        ("Entrevue – Conseiller(ère) en analyse de données (SUM-26-1187)",
         "marie-eve@montreal.ca",
         "Nous vous confirmons votre entrevue pour l'affichage SUM-26-1187 au Service de "
         "l'urbanisme de la Ville de Montréal.", "Ville de Montréal",
         "Conseiller(ère) en analyse de données"),
        ("Entrevue et leçon d'essai – Casey Candidate", "hfiset@cegeplpp.qc.ca",
         "Poste : Enseignant(e) en informatique – analyse de données (charge à temps partiel)\n"
         "\nHugo\nCoordonnateur du département d'informatique\nCégep de la Petite-Patrie",
         "Cégep de la Petite-Patrie", "Enseignant(e) en informatique – analyse de données"),
        ("Rencontre Génitec – Casey Candidate", "jf@perreault.example",
         "voici l'invitation pour ta rencontre virtuelle avec ma cliente, Génitec Conseils inc., "
         "pour le poste de Chef(fe) d'équipe – Jumeaux numériques.", "Génitec Conseils",
         "Chef(fe) d'équipe – Jumeaux numériques"),
        ("Intervju statistiker – Casey Candidate", "lena@pensionsdataverket.example",
         "Härmed bekräftar jag din intervju för tjänsten som statistiker med inriktning "
         "pensionsprognoser (dnr PDV 2026/0412).", "Pensionsdataverket", "statistiker"),
        ("Görüşme – ASG / Casey Candidate", "tolga@akinti.example",
         "Konuştuğumuz gibi müşterimiz Altınkum Sigorta A.Ş. ile Analitik ve Fiyatlama Müdürü "
         "pozisyonu için görüşmenizi ayarladım.", "Altınkum Sigorta",
         "Analitik ve Fiyatlama Müdürü"),
        ("Casey Candidate – Yelken Perakende / Ticari Analitik Müdürü (Peron İK)",
         "gizem@peron.example",
         "müşterimiz Yelken Perakende A.Ş.'nin Ticari Analitik Müdürü pozisyonu için ilk "
         "görüşmenizi planladım.", "Yelken Perakende", "Ticari Analitik Müdürü"),
        ("Tezgâh tanışma (30 dk) between Ece Yıldırımer and Casey Candidate", "ece@tezgah.example",
         "Questions:\nHangi pozisyon için görüşmek istiyorsunuz?\nData Analyst (Kariyer.net "
         "ilanı)\n", "Tezgâh", "Data Analyst"),
    ],
)  # fmt: skip
def test_the_employer_and_the_job(
    title: str, organizer: str, description: str, company: str, role: str
) -> None:
    event = invite_from(title, organizer, description, start=START)
    assert judge(event, ME, RULES).outcome is Outcome.INTERVIEW
    found = read(event)
    assert (found.company, found.role) == (company, role)


def test_a_zoom_accounts_two_parts_as_the_note_writes_them() -> None:
    note = invite(
        "Bewerbungsgespräch Datenmanager*in QM", start=START,
        description="Bewerbungsgespräch Uni am Schottentor – Datenmanager*in mit Dr. Klaus "
        "Matejka und Mag.a Barbara Reischl.\nBarbara Reischl lädt Sie zu einem geplanten "
        "Zoom-Meeting ein.\nhttps://univ-schottentor.zoom.us/j/81234567890",
    )  # fmt: skip
    assert read(note).company == "Uni am Schottentor"


def test_a_long_public_service_post_keeps_its_field() -> None:
    event = invite_to_casey(
        "Entrevue – APPR, Performance et indicateurs – C. Candidate",
        Attendee("isabelle.hfim@ssss.gouv.qc.ca", "Isabelle Néron-Gauvin (CIUSSS HFIM)"),
        start=START,
        organizer="valerie.desjardins-coutu.hfim@ssss.gouv.qc.ca",
        organizer_name="Valérie Desjardins-Coutu (CIUSSS HFIM)",
        description="Nous avons le plaisir de vous convoquer en entrevue pour le poste d'agente "
        "de planification, de programmation et de recherche (APPR) – Performance et "
        "indicateurs, affichage 2026-APPR-0412, à la Direction de la qualité.",
    )  # fmt: skip
    found = read(event)
    assert found.company == "CIUSSS HFIM"
    assert found.role == (
        "agente de planification, de programmation et de recherche (APPR) – Performance et "
        "indicateurs"
    )


@pytest.mark.parametrize(
    ("title", "description", "company", "role", "names"),
    [
        ("Telefonat Heimstatt Favoriten",
         "Fr. Mag. Doris Holzer (Leitung Rechnungswesen) ruft an – Stelle Controller:in "
         "Schwerpunkt Reporting, 30–38 Std.\nFragen: Gleitzeit?", "Heimstatt Favoriten",
         "Controller:in Schwerpunkt Reporting", ["Doris Holzer"]),
        ("Call – Lakandula Logistics HR",
         "Ms. Rhea Tolentino (HR) will call on my Globe number. Transport Planning Analyst, "
         "applied via JobStreet.\nAsk: salary range", "Lakandula Logistics",
         "Transport Planning Analyst", ["Rhea Tolentino"]),
        ("Telefonintervju Tullgarn",
         "Malin Svärd (rekryterare) ringer mig. Tjänsten: Prisanalytiker, motorförsäkring – "
         "kontoret vid Slussen.", "Tullgarn", "Prisanalytiker", ["Malin Svärd"]),
        ("Jirani MFB call (HR)",
         "Mercy Wanjala from Jirani HR calls me on Safaricom line. BI Analyst role, HQ on Moi "
         "Avenue (CBD).", "Jirani MFB", "BI Analyst", ["Mercy Wanjala"]),
        ("Paketçi İK telefon",
         "Burcu Şahin (İK) cepten arayacak. Pozisyon: Operasyon Veri Analisti, Ümraniye ofisi.",
         "Paketçi", "Operasyon Veri Analisti", ["Burcu Şahin"]),
    ],
)  # fmt: skip
def test_the_persons_own_notes_of_calls(
    title: str, description: str, company: str, role: str, names: list[str]
) -> None:
    note = invite(title, start=START, description=description, location="Handy")
    assert judge(note, ME, RULES).outcome is Outcome.INTERVIEW
    found = read(note)
    assert (found.company, found.role) == (company, role)
    assert [i.name for i in found.interviewers] == names


@pytest.mark.parametrize(
    ("title", "organizer", "description", "outcome"),
    [
        ("Aufnahme Datenbeisl #47 mit Casey Candidate", "philipp@datenbeisl.example",
         "Danke, dass du bei Folge 47 dabei bist. Ich interviewe dich locker entlang der "
         "Fragen, die ich dir vorab schicke.", Outcome.NOT),
        ("Karriereforum Innere Stadt – Finanz, Versicherung & Public Sector", "",
         "Über 40 Arbeitgeber stellen sich an ihren Ständen vor. Einige Aussteller führen vor "
         "Ort Kurzgespräche.", Outcome.MAYBE),
        ("Coffee w/ Carlo ☕", "carlo@gmail.com",
         "Kape tayo! Baka magbukas kami ng BI Lead post in Q1 pero wala pang approval, so "
         "walang official opening yet.", Outcome.MAYBE),
        ("BGC Holiday Career Fair 2026", "",
         "Over 60 employers. Some employers may conduct initial screening at their booths.",
         Outcome.MAYBE),
        ("Salon Carrières Aéro & Techno – édition hiver 2026", "",
         "Rencontrez plus de 60 employeurs. Des entrevues éclair pourraient avoir lieu sur "
         "place.", Outcome.MAYBE),
        ("Webbinarium: Så lyckas du på den kompetensbaserade intervjun", "",
         "Tack för att du har anmält dig till webbinariet. Webbinarie-ID: 844 1092 7735",
         Outcome.NOT),
        ("Mülakat Günü – gönüllü mentorluk (Veri Analitiği masası)", "kulup@uni.example",
         "her mentor 4 öğrenciyle 30'ar dakikalık deneme mülakatı yapacak.", Outcome.NOT),
        ("Fika med Linnea ☕", "linnea@gmail.com",
         "Det kan mycket väl öppna en tjänst som dataanalytiker till våren, men inget är beslutat "
         "än.", Outcome.MAYBE),
        ("Rekryteringsträff: Bank, finans och försäkring – Stockholm", "",
         "Arbetsgivarna presenterar sig och du kan prata med dem vid deras bord.", Outcome.MAYBE),
        ("Nairobi Fintech & Digital Careers Fair 2026", "",
         "More than 35 banks meet candidates at their stands. Bring printed CVs.", Outcome.MAYBE),
        ("Kahve – Kaan & Casey", "kaan@gmail.com",
         "Bizim Poyraz Analitik'te bir kadro Ocak'ta açılabilir ama henüz bütçe onayı yok.",
         Outcome.MAYBE),
        ("İstanbul Teknoloji ve Finans Kariyer Zirvesi 2026", "",
         "Firmalar stantlarda kısa tanışma sohbetleri yapacak.", Outcome.MAYBE),
    ],
)  # fmt: skip
def test_what_is_and_is_not_an_interview(
    title: str, organizer: str, description: str, outcome: Outcome
) -> None:
    event = invite_from(title, organizer, description, start=START)
    assert judge(event, ME, RULES).outcome is outcome


# --------------------------------------------------------------------------- mail


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Good morning po! Unfortunately, wala pa po kaming update on the Network Performance "
         "Data Analyst position. The hiring team hasn't met yet to discuss the shortlisted "
         "candidates.", ReplyKind.STILL_DECIDING),
        ("Unfortunately, we don't have an update on the position yet. I'll reach out as soon as "
         "I hear from them.", ReplyKind.STILL_DECIDING),
        ("Your application for Reporting Supervisor has been submitted. If you're a good fit, "
         "they'll reach out.\n\nTip: Complete your profile and take a skills assessment to "
         "stand out to employers.", ReplyKind.RECEIPT),
        ("Nakita ko yung application mo for our Product Analyst role. Gusto ka sana naming "
         "makausap for a first chat. Pwede ka ba next week?", ReplyKind.NEXT_ROUND),
        ("We received many strong applications, and unfortunately we have decided to move on "
         "with other candidates for this position.", ReplyKind.REJECTION),
        ("please accomplish the background check consent on or before December 17. This is "
         "standard for all shortlisted candidates and is not a hiring decision.",
         ReplyKind.OTHER),
        ("darf ich Ihnen mitteilen, dass Sie zur nächsten Stufe des Aufnahmeverfahrens, dem "
         "Hearing vor der Aufnahmekommission, eingeladen werden.", ReplyKind.NEXT_ROUND),
        ("Leider kann ich Ihnen noch nichts Konkretes sagen: ohne ihn wird nichts entschieden.",
         ReplyKind.STILL_DECIDING),
        ("Die Bank hat sich entschieden, die Position Leitung Kreditrisiko-Reporting intern "
         "nachzubesetzen. Wir werden Ihre Kandidatur dort nicht weiter verfolgen.",
         ReplyKind.REJECTION),
        ("Hiermit bieten wir dir die Stelle als Data Analyst (Payments & Risk) an. Das Angebot "
         "steht unter dem Vorbehalt positiver Referenzen.", ReplyKind.OFFER),
        ("Damit wir deinen Dienstvertrag vorbereiten können, während du über unser Angebot "
         "nachdenkst, bräuchte ich: zwei Referenzpersonen. Das ändert nichts am Angebot.",
         ReplyKind.OTHER),
        ("ersuchen wir alle Kandidatinnen und Kandidaten in der zweiten Auswahlstufe, folgende "
         "Unterlagen zu übermitteln. Bitte beachten Sie, dass diese Anforderung keine "
         "Vorentscheidung im Auswahlverfahren darstellt.", ReplyKind.OTHER),
        ("Grosse nouvelle : Olivier pis Sarah-Maude ont adoré ça, tu passes à la dernière "
         "ronde!", ReplyKind.NEXT_ROUND),
        ("J'ai le plaisir de vous informer que vous êtes invitée à l'étape finale du processus.",
         ReplyKind.NEXT_ROUND),
        ("Aurais-tu 45 min la semaine prochaine pour qu'on jase, toi, moi pis notre CTO?",
         ReplyKind.NEXT_ROUND),
        ("Par conséquent, votre candidature ne sera pas retenue pour la suite du processus.",
         ReplyKind.REJECTION),
        ("mon client a décidé d'aller de l'avant avec une candidate à l'interne. Ils ne "
         "poursuivront pas avec ta candidature.", ReplyKind.REJECTION),
        ("On a vraiment aimé jaser avec toi, mais finalement on a choisi quelqu'un qui a déjà "
         "travaillé avec des robots de cueillette.", ReplyKind.REJECTION),
        # (what silence or a missing paper will mean is no decision: "sinon", otherwise; "si")
        ("Merci pour votre candidature. Votre candidature ne sera pas retenue si le dossier est "
         "incomplet.", ReplyKind.RECEIPT),
        ("Merci pour votre candidature. Si votre profil correspond, nous vous contacterons; "
         "sinon, votre candidature ne sera pas retenue.", ReplyKind.RECEIPT),
        ("Jag har glädjen att meddela att du går vidare till slutintervjun!", ReplyKind.NEXT_ROUND),
        ("Vi gillade din ansökan – vill du ta en fika och prata mer?", ReplyKind.NEXT_ROUND),
        ("de har valt en kandidat som har jobbat i deras affärssystem tidigare, så det blir "
         "tyvärr inte du den här gången.", ReplyKind.REJECTION),
        ("Det var jättesvårt, men till slut landade vi i någon som har byggt upp en dataplattform "
         "från noll.", ReplyKind.REJECTION),
        ("we'd love to have you as Loppan's first data engineer! Here's our offer:",
         ReplyKind.OFFER),
        ("Som en del av vår bakgrundskontroll ber vi alla kandidater i slutskedet om ett utdrag. "
         "Det här är en rutin och innebär inget beslut i rekryteringen.", ReplyKind.OTHER),
        ("I am pleased to inform you that the University has offered you appointment as "
         "Lecturer, Data Science.", ReplyKind.OFFER),
        ("Wangui mentioned you're considering our offer. Could you share your KRA PIN and two "
         "referees? This doesn't change anything in the offer.", ReplyKind.OTHER),
        ("Please find below your travel arrangements for the second interview: SGR Madaraka "
         "Express, Sunday 20/12/2026.", ReplyKind.OTHER),
        ("The selection process is still ongoing, and reference checks need to be completed for "
         "all recommended candidates. Regrettably, I am unable to give you a timeline.",
         ReplyKind.STILL_DECIDING),
        ("Thanks for coming in on Friday. We have not made a decision yet. Anneli wants a second "
         "round with two candidates, but it depends on when we can get the panel together.",
         ReplyKind.STILL_DECIDING),
        ("Vi har inte fattat något beslut ännu. Anneli vill göra en andra intervjuomgång med två "
         "kandidater, men det beror på när vi får ihop rekryteringsgruppen.",
         ReplyKind.STILL_DECIDING),
        ("We'd love to invite you to a final round with two candidates: you and one other.",
         ReplyKind.NEXT_ROUND),
        ("KV-2026/41 numaralı ilan kapsamında SÖZLÜ MÜLAKATA ÇAĞRILDINIZ.", ReplyKind.NEXT_ROUND),
        ("Müşterimiz Altınkum Sigorta sizinle tanışmak istiyor.", ReplyKind.NEXT_ROUND),
        ("Bir 30-40 dk online konuşalım mı?", ReplyKind.NEXT_ROUND),
        ("sonunda ilk veri işe alımımızı backend tarafı daha güçlü bir arkadaşla yapmaya karar "
         "verdik.", ReplyKind.REJECTION),
        ("bu pozisyon için sizinle ilerleyemeyeceğimizi bildirmek isteriz.", ReplyKind.REJECTION),
        ("포지션의 서류 검토 결과, 이번 채용에서는 함께하기 어렵다는 결과를 전달받았습니다.",
         ReplyKind.REJECTION),
        ("신중히 검토했지만, 이번에는 현재 팀 상황에 더 맞는 경험을 가진 분과 함께하기로 했습니다.",
         ReplyKind.REJECTION),
        ("지원해 주신 데이터 엔지니어 포지션은 내부 충원으로 채용이 마감되었음을 알려드립니다.",
         ReplyKind.REJECTION),
        ("Na Entrevista Profissional de Seleção obteve a valoração de 8,75 valores. Sendo esta "
         "inferior a 9,5 valores, é intenção do júri excluí-la do procedimento.",
         ReplyKind.REJECTION),
        ("Notifica-se V. Ex.ª de que a lista de candidatos admitidos e excluídos do procedimento "
         "concursal se encontra disponível para consulta.", ReplyKind.OTHER),
        ("mam dobre wiadomości – mój klient, Orrenby Pharma, po lekturze Pani CV chce się spotkać "
         "w sprawie stanowiska Księgowy/a.", ReplyKind.NEXT_ROUND),
        ("Really enjoyed Friday's call. Next step on our end is references - could you send me "
         "three by Thursday, December 17? This isn't an offer yet.", ReplyKind.NEXT_ROUND),
        ("Thanks for yesterday. Next step: could you send a writing sample (a brief or memo you "
         "drafted, 10-15 pages) by tomorrow?", ReplyKind.NEXT_ROUND),
        ("Ein Entscheid ist damit noch nicht gefallen, aber wir würden Sie als nächsten Schritt "
         "gerne zu einem bezahlten Schnuppertag im Team Tragwerk einladen.", ReplyKind.NEXT_ROUND),
        ("서류전형 합격을 축하드립니다. 1차 면접(실무진)은 2026.11.30(월) 14:00 Teams 화상으로 "
         "진행되며", ReplyKind.NEXT_ROUND),
        ("1차 면접 합격 소식 전해드립니다! 다음 단계는 과제 전형입니다.", ReplyKind.NEXT_ROUND),
        ("1차 면접에 합격하셨습니다. 다음 단계인 컬처핏 인터뷰를 12월 21일(월)에 "
         "진행하려고 합니다. 최종 합격 여부는 컬처핏 인터뷰 후 결정됩니다.", ReplyKind.NEXT_ROUND),
        ("한바다해운에서 서류 검토 후 면접을 보고 싶다는 연락이 왔습니다.", ReplyKind.NEXT_ROUND),
        ("Bu form değerlendirme sürecinin sonucuyla ilgili değildir, tüm ziyaretçilerden "
         "istenmektedir.", ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_mail(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body, on=date(2026, 12, 10))[0] is expected


def test_papers_for_the_round_already_booked() -> None:
    assert reply_reading(
        "Bitte beachten Sie, dass diese Anforderung keine Vorentscheidung darstellt.",
        subject="Unterlagen für das Zweitgespräch – Compliance-Erklärungen",
    )[0] is ReplyKind.OTHER  # fmt: skip


# (Christmas and the day after, holidays in Austria, Québec, Sweden and Kenya, as the cycle
# passes the country's own)
CHRISTMAS = {date(2026, 12, 25): "Christmas", date(2026, 12, 26): "St Stephen's Day"}


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        # the year-end's retreat and closure give the reason, not the day
        ("The Committee has not yet deliberated, as members are at the college's year-end "
         "retreat. We expect to release the results in early January.", date(2026, 12, 11),
         date(2027, 1, 10)),
        ("Nous n'avons pas encore pris de décision : avec la fermeture de fin d'année de "
         "l'usine, on vous revient au début janvier.", date(2026, 12, 9), date(2027, 1, 10)),
        # a holiday and days the office says are not working days count around them
        ("Wir führen diese Woche die letzten Erstgespräche und haben noch keine Entscheidung "
         "getroffen. Wir geben innerhalb der nächsten 5 Arbeitstage Bescheid – der Dienstag, 8. "
         "Dezember (Mariä Empfängnis), bei uns ein Feiertag ist.", date(2026, 12, 4),
         date(2026, 12, 14)),
        ("noch zu keiner Entscheidung gekommen. Sie erhalten innerhalb von 10 Arbeitstagen eine "
         "Rückmeldung – bitte berücksichtigen Sie, dass bei uns neben den Feiertagen auch der "
         "24. und der 31. Dezember keine Arbeitstage sind.", date(2026, 12, 11),
         date(2026, 12, 29)),
        ("Vous aurez une réponse dans les 10 jours ouvrables. Prenez note que le Cégep est fermé "
         "pendant la période des Fêtes, du 24 décembre au 2 janvier inclusivement.",
         date(2026, 12, 11), date(2027, 1, 5)),
        ("On n'a pas encore pris de décision. On devrait être capables de te revenir dans deux "
         "semaines.", date(2026, 12, 3), date(2026, 12, 17)),
        ("Vi har inte bestämt oss än. Du får besked under vecka 51.", date(2026, 12, 15),
         date(2026, 12, 18)),
        ("Vi har inte bestämt oss ännu. Du får besked inom tio arbetsdagar. Observera att kontoret "
         "är stängt på julafton, så den dagen räknas inte.", date(2026, 12, 10),
         date(2026, 12, 28)),
        ("Vi har inte fattat något beslut ännu. Vi räknar med att kunna ge dig återkoppling i "
         "början av januari.", date(2026, 12, 9), date(2027, 1, 10)),
        ("Vi har inte bestämt. Du får besked i mellandagarna.", date(2026, 12, 9),
         date(2026, 12, 30)),
        ("We have not yet reached a decision. We shall communicate the outcome within seven (7) "
         "working days, bearing in mind that Friday 25th December is Christmas Day.",
         date(2026, 12, 16), date(2026, 12, 28)),
        ("Henüz karar vermedik. Önümüzdeki haftanın sonuna kadar sana kesin bir dönüş yapacağız.",
         date(2026, 12, 14), date(2026, 12, 25)),
        ("komisyon henüz nihai kararını vermemiştir. Sonucun Ocak başında netleşmesini "
         "bekliyoruz.", date(2026, 12, 9), date(2027, 1, 10)),
        ("Değerlendirme henüz sürüyor. Aralık ayının ortasına kadar bilgi vermeyi planlıyoruz.",
         date(2026, 12, 2), date(2026, 12, 15)),
        ("Şu an için bir karar yok; size ay sonuna kadar bilgi vermiş olacağız.",
         date(2026, 12, 3), date(2026, 12, 31)),
    ],
)  # fmt: skip
def test_decision_dates(text: str, on: date, expected: date) -> None:
    found = find_date(text, after=on, month_first=False, holidays=CHRISTMAS)
    assert found is not None and found.value == expected


def test_french_from_a_country_that_writes_the_month_first() -> None:
    raw = (
        "From: Guylaine <gv@repentigny.example>\r\nTo: casey@example.com\r\nSubject: Suivi\r\n"
        "Date: Fri, 4 Dec 2026 10:14:33 -0500\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Nous n'avons pas encore arrêté notre choix; notre directeur rencontre encore deux "
        "personnes. Compte tenu de la fermeture de nos bureaux pendant les Fêtes, nous prévoyons "
        "rendre une décision au plus tard le 08/01.\r\n"
    ).encode()
    kind, when = classify(mime.parse(raw, id="q"), after=date(2026, 12, 4), month_first=True)
    assert kind is ReplyKind.STILL_DECIDING and when is not None
    assert when.value == date(2027, 1, 8)


def test_english_from_the_persons_own_offset_does_not_guess_the_order() -> None:
    # Lima's offset is New York's in winter: English written from it may be a US recruiter's
    # or a Lima one's, so "1/8" gives no date, while "12/18" can only be 18 December
    def wait(by: str) -> bytes:
        return (
            "From: Ana <ana@andes.example>\r\nTo: casey@example.com\r\nSubject: Update\r\n"
            "Date: Thu, 17 Dec 2026 10:14:33 -0500\r\n\r\nHi Casey,\r\n\r\nThanks again for "
            "your time. We haven't made a final decision yet and we will have an answer for "
            f"you by {by}.\r\n"
        ).encode()

    lima = ZoneInfo("America/Lima")
    for by, expected in (("1/8", None), ("12/18", date(2026, 12, 18))):
        msg = mime.parse(wait(by), id="w")
        kind, when = classify(msg, after=date(2026, 12, 17), month_first=False, zone=lima)
        assert kind is ReplyKind.STILL_DECIDING
        assert (when.value if when is not None else None) == expected
    # (from a US offset that is not the person's, the month comes first: 8 January)
    msg = mime.parse(wait("1/8"), id="u")
    montevideo = ZoneInfo("America/Montevideo")
    kind, when = classify(msg, after=date(2026, 12, 17), month_first=False, zone=montevideo)
    assert when is not None and when.value == date(2027, 1, 8)


def test_turkish_working_days_run_through_christmas() -> None:
    # (Christmas is an ordinary working day in Türkiye; 1 January is a holiday)
    text = (
        "henüz bir karar verilmemiştir. En geç 15 iş günü içinde dönüş yapılacaktır (1 Ocak resmi "
        "tatil olduğundan iş günü hesabına dahil edilmemiştir)."
    )
    found = find_date(text, after=date(2026, 12, 11), month_first=False,
                      holidays={date(2027, 1, 1): "New Year's Day"})  # fmt: skip
    assert found is not None and found.value == date(2027, 1, 4)


def test_a_greek_committee_named_only_in_its_own_letters() -> None:
    """Names in Greek letters alone are kept as written (no address is guessed from them),
    and the committee's secretary who sends the invite is not one of it."""
    event = invite_to_casey(
        "Δομημένη συνέντευξη – Πρόσκληση 4/2026 – κωδ. θέσης 102",
        start=START,
        organizer="v.dimaki@ekthad.example",
        organizer_name="Δημάκη Βασιλική",
        description="Αγαπητή κυρία Candidate,\n\nκαλείστε σε δομημένη συνέντευξη για τη θέση με "
        "κωδικό 102 «ΠΕ Πληροφορικής – Αναλυτής/τρια Δεδομένων».\n\nΗ συνέντευξη θα διεξαχθεί "
        "ενώπιον της Επιτροπής Αξιολόγησης, η οποία έχει την ακόλουθη σύνθεση:\n"
        "- Πρόεδρος: Δρ. Κυριάκος Σπανός, Διευθυντής Υποδομών Δεδομένων\n"
        "- Μέλος: κα Ευανθία Λαμπράκη, Προϊσταμένη Τμήματος Στατιστικής Ανάλυσης\n\n"
        "Η υπογράφουσα εκτελεί χρέη γραμματέα της Επιτροπής και δεν είναι μέλος της.\n\n"
        "Με εκτίμηση,\nΒασιλική Δημάκη",
    )
    interview = read(event)
    assert sorted(p.name for p in interview.interviewers) == [
        "Ευανθία Λαμπράκη", "Κυριάκος Σπανός"]  # fmt: skip
    assert interview.role == "ΠΕ Πληροφορικής – Αναλυτής/τρια Δεδομένων"


@pytest.mark.parametrize(
    ("title", "named", "optional", "organizer", "description"),
    [
        # Greek: the colleague in Greek letters is the attendee "Stathopoulou Ioulia"
        ("Τεχνική συνέντευξη – Kymothoe (Casey Candidate)",
         ("i.stathopoulou@k.example", "Stathopoulou Ioulia"),
         ("e.zacharopoulou@k.example", "Zacharopoulou Eleftheria"), "a.vlachogiannis@k.example",
         "Σε συνέχεια του μηνύματος της κ. Ζαχαροπούλου, σας στέλνω την πρόσκληση. Τη συνέντευξη "
         "θα πραγματοποιήσουμε εγώ και η Ιουλία Σταθοπούλου, Naval Architect.\nΗ κ. "
         "Ζαχαροπούλου έχει προστεθεί προαιρετικά μόνο για θέματα πρόσβασης στο κτίριο· δεν θα "
         "συμμετέχει στη συνέντευξη.\n\nΜε εκτίμηση,\nΚαπτ. Αριστείδης Βλαχογιάννης"),
        # Romanian: "el nu va participa" of the optional attendee
        ("Interviu etapa a II-a / Stejar – Casey Candidate",
         ("sorin.talpa@s.example", "Sorin Talpă"), ("bogdan.ene@s.example", "Bogdan Ene"),
         "cristina.vasilescu@s.example",
         "Așa cum v-a anunțat Bogdan, vă invit la a doua etapă de interviu. Interviul îl vom "
         "susține eu și colegul meu Sorin Talpă, Director Daune.\nL-am adăugat pe Bogdan ca "
         "participant opțional doar pentru întrebări despre beneficii; el nu va participa la "
         "interviu.\n\nCu stimă,\nCristina Vasilescu"),
    ],
)  # fmt: skip
def test_a_second_round_by_its_writer_and_a_colleague(
    title: str,
    named: tuple[str, str],
    optional: tuple[str, str],
    organizer: str,
    description: str,
) -> None:
    """The writer ("εγώ και", "eu și") and the colleague they name; the optional attendee the
    letter says stays away is left out."""
    event = invite_to_casey(
        title, Attendee(*named), Attendee(*optional, role="opt-participant"), start=START,
        organizer=organizer, organizer_name="Someone", description=description,
    )  # fmt: skip
    assert sorted(p.email for p in read(event).interviewers) == sorted([organizer, named[0]])


def test_one_interviewer_with_a_title_and_a_team() -> None:
    event = invite_to_casey(
        "Interview: Casey Candidate <> Telorix (Senior Data Analyst)",
        Attendee("sebastian.cojocaru@telorix.example", "Sebastian Cojocaru"),
        start=START,
        organizer="no-reply@hire.lever.co",
        description="Interviewer: Sebastian Cojocaru, Analytics Manager, Consumer Mobile\n"
        "Duration: 45 minutes\n\nSent via Lever",
    )
    assert [p.name for p in read(event).interviewers] == ["Sebastian Cojocaru"]
    # ... but two, each with a title, under the same word are two
    found = names_in_description(
        "Interviewer: Fiona Deverill - Corporate Policy Manager, and Dele Adeyemi - Performance "
        "& Intelligence Lead"
    )[0]
    assert [name for name, _ in found] == ["Fiona Deverill", "Dele Adeyemi"]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Interjú – Energiapiaci Elemző (REQ 48117) – Dunakanyar Energia Zrt.",
         "Energiapiaci Elemző"),
        ("Interjú: Senior Hitelkockázati Adatelemző - R-31842", "Senior Hitelkockázati Adatelemző"),
        ("Συνέντευξη - Senior Credit Risk Modeller (IRB Models) (REQ-4471)",
         "Senior Credit Risk Modeller"),
    ],
)  # fmt: skip
def test_hungarian_posts_and_a_modeller(title: str, role: str) -> None:
    event = invite_from(title, "hr@employer.example", "", start=START)
    assert read(event).role == role
