"""Invites and mail as employers in Stockholm, Nairobi and Istanbul write them.

Shapes (our own wording, after what these senders use): Swedish panels ("Rekryteringsgruppen
består av", "Vid intervjun deltar", "Vi blir jag och"), numbered weeks and "mellandagarna",
an office shut on julafton; Kenyan English's "within seven (7) working days", a day that "is
Christmas Day", a university's offer of appointment, a note's "– with Mr. ... and Ms. ..."; a
Turkish panel between "Görüşmeyi" and its verb, posts with their possessive before names,
"müşterimiz", "15 iş günü içinde", "Ocak başında", Turkish Calendly and career fairs.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from agent.core.dates import find_date
from agent.core.detect import to_interview
from agent.core.model import ReplyKind
from agent.core.names import untitled
from agent.core.people import names_in_description
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_RULES, invite, invite_from, reply_reading

ME, RULES = CASEY.email, CASEY_RULES
START = datetime(2026, 12, 15, 9, 0, tzinfo=UTC)


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, UTC, RULES, "")


@pytest.mark.parametrize(
    ("description", "names"),
    [
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
    ],
)  # fmt: skip
def test_panels_named_in_prose(description: str, names: list[str]) -> None:
    found = names_in_description(description)[0]
    assert sorted(untitled(name).removeprefix("Sayın ") for name, _ in found) == names


@pytest.mark.parametrize(
    ("title", "organizer", "description", "company", "role"),
    [
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


@pytest.mark.parametrize(
    ("title", "description", "company", "role", "names"),
    [
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
    note = invite(title, start=START, description=description, location="Mobilen")
    assert judge(note, ME, RULES).outcome is Outcome.INTERVIEW
    found = read(note)
    assert (found.company, found.role) == (company, role)
    assert [i.name for i in found.interviewers] == names


@pytest.mark.parametrize(
    ("title", "organizer", "description", "outcome"),
    [
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
    assert judge(event, ME, RULES).outcome is not Outcome.INTERVIEW
    assert judge(event, ME, RULES).outcome is outcome


@pytest.mark.parametrize(
    ("body", "expected"),
    [
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
         ReplyKind.OTHER),
        ("KV-2026/41 numaralı ilan kapsamında SÖZLÜ MÜLAKATA ÇAĞRILDINIZ.", ReplyKind.NEXT_ROUND),
        ("Müşterimiz Altınkum Sigorta sizinle tanışmak istiyor.", ReplyKind.NEXT_ROUND),
        ("Bir 30-40 dk online konuşalım mı?", ReplyKind.NEXT_ROUND),
        ("sonunda ilk veri işe alımımızı backend tarafı daha güçlü bir arkadaşla yapmaya karar "
         "verdik.", ReplyKind.REJECTION),
        ("bu pozisyon için sizinle ilerleyemeyeceğimizi bildirmek isteriz.", ReplyKind.REJECTION),
        ("Bu form değerlendirme sürecinin sonucuyla ilgili değildir, tüm ziyaretçilerden "
         "istenmektedir.", ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_mail(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body, on=date(2026, 12, 10))[0] is expected


SWEDISH_AND_KENYAN_CHRISTMAS = {date(2026, 12, 25): "Christmas", date(2026, 12, 26): "Boxing"}


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
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
        ("henüz bir karar verilmemiştir. En geç 15 iş günü içinde dönüş yapılacaktır (1 Ocak resmi "
         "tatil olduğundan iş günü hesabına dahil edilmemiştir).", date(2026, 12, 11),
         date(2027, 1, 4)),
        ("komisyon henüz nihai kararını vermemiştir. Sonucun Ocak başında netleşmesini "
         "bekliyoruz.", date(2026, 12, 9), date(2027, 1, 10)),
        ("Değerlendirme henüz sürüyor. Aralık ayının ortasına kadar bilgi vermeyi planlıyoruz.",
         date(2026, 12, 2), date(2026, 12, 15)),
        ("Şu an için bir karar yok; size ay sonuna kadar bilgi vermiş olacağız.",
         date(2026, 12, 3), date(2026, 12, 31)),
    ],
)  # fmt: skip
def test_decision_dates(text: str, on: date, expected: date) -> None:
    holidays = (
        SWEDISH_AND_KENYAN_CHRISTMAS if "Ocak" not in text else {date(2027, 1, 1): "New Year"}
    )
    found = find_date(text, after=on, month_first=False, holidays=holidays)
    assert found is not None and found.value == expected
