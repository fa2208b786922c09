"""Invites and mail from employers in Türkiye, read as the person would.

Shaped like what held-out set 89 found Turkish employers send (our own text, no sample
copied): SAP SuccessFactors and Oracle Recruiting Cloud invites under the employer's
name, Outlook panels written "Ad Soyad - Unvan", Kariyer.net applications, HR agencies,
and mail that says "olumsuz", "henüz karar verilmedi" or "en geç 11.12.2026".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from agent.core.model import Attendee, Notes, ReplyKind
from agent.core.people import interviewers_of
from agent.core.replies import automated_reason, classify, out_of_office
from tests.test_employer import read
from tests.test_other_rounds import event, one_application, outcome, system_round
from tests.test_people import ME, RULES
from tests.test_people import event as invite
from tests.test_replies import message
from tests.test_reply_wording import kind, mail


def test_an_interview_named_with_a_turkish_ending_is_one() -> None:
    # "görüşmesi": the interview of a job, its noun's possessive ending on it
    first = event(
        "a",
        "Marmara Köprü Lojistik - Supply Chain Analytics Lead görüşmesi",
        "hakan.ertugrul@marmarakopru.example",
        9,
    )
    assert outcome([first], "a") == "interview"


def test_an_oracle_invitation_is_read_under_its_tenant_and_answered_by_the_plant_visit() -> None:
    # "Mülakat Daveti" is the invitation, not the company; Oracle writes from the
    # employer's tenant, and the plant's own "Fabrika Ziyareti ve Görüşme" follows it.
    first = system_round(
        "Mülakat Daveti: Tedarik Zinciri Planlama Müdürü (Supply Chain Planning Manager)",
        "no-reply@kordon.fa.ocs.oraclecloud.com",
        "Kordon Ev Aletleri",
        day=4,
    )
    second = event(
        "b",
        "KEA Manisa Kampüsü - Fabrika Ziyareti ve Görüşme",
        "sevgi.arikan@kordon.com.tr",
        9,
        "gokhan.dervisoglu@kordon.com.tr",
    )
    assert outcome([first, second], "b") == "interview"
    assert one_application([first, second])
    found = read(
        "Mülakat Daveti: Tedarik Zinciri Planlama Müdürü (Supply Chain Planning Manager)",
        organizer="no-reply@kordon.fa.ocs.oraclecloud.com",
        organizer_name="Kordon Ev Aletleri",
    )
    assert found.company == "Kordon Ev Aletleri"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("İş Görüşmesi - Kıdemli Backend Geliştirici (Java) - Casey Candidate", "Kıdemli Backend"),
        ("Risk Analisti Pozisyonu - Yüz Yüze Görüşme / Casey Candidate", "Risk Analisti"),
    ],
)
def test_turkish_job_nouns_name_the_role(title: str, role: str) -> None:
    assert read(title, organizer="ik@firma.example").role.startswith(role)


def test_turkish_panels_titles_after_names_and_who_only_watches() -> None:
    text = (
        "Görüşmeciler:\nGökhan Dervişoğlu - Tedarik Zinciri Direktörü\n"
        "Caner Yeşilyurt - Finansal Planlama ve Analiz Müdürü\n"
        "Hülya Tanrıverdi - Genel Müdür Yardımcısı, Finans"
    )
    found = interviewers_of(invite(description=text), ME, Notes(), RULES)
    assert [p.name for p in found] == ["Gökhan Dervişoğlu", "Caner Yeşilyurt", "Hülya Tanrıverdi"]
    # "İK" is human resources, not the Dutch "ik" (I): the writer still interviews
    mert = Attendee("mert@gokkusak.example", "Dağdelen, Mert")
    aysegul = Attendee("aysegul@gokkusak.example", "Tuncer, Ayşegül", role="opt-participant")
    text = (
        "Mülakatı ben yürüteceğim.\n\nAyşegül Hanım İK tarafından isteğe bağlı katılımcı "
        "olarak eklidir, sadece süreç sorularınız için orada olacak."
    )
    ev = invite(aysegul, organizer=mert.email, organizer_name=mert.name, description=text)
    assert [p.email for p in interviewers_of(ev, ME, Notes(), RULES)] == [mert.email]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Yapılan değerlendirmeler sonucunda, bu pozisyon için değerlendirme sonucunun "
            "olumsuz olduğunu üzülerek bildiririz.",
            ReplyKind.REJECTION,
        ),
        (
            "Yaptığımız ön değerlendirme sonucunda bu pozisyon için profili daha yakın eşleşen "
            "adaylarla ilerleme kararı aldık.",
            ReplyKind.REJECTION,
        ),
        (
            "CV'ni iletmiştim. Ekip inceliyor, henüz net bir dönüş yok. Birkaç gün içinde haber "
            "vereceğim.",
            ReplyKind.STILL_DECIDING,
        ),
        (
            "Müşterimiz Sarıyer Ödeme seninle görüşmek istiyor! Davet birazdan gelecek.",
            ReplyKind.NEXT_ROUND,
        ),
    ],
)
def test_turkish_mail(body: str, expected: ReplyKind) -> None:
    assert kind(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Henüz bir karar verilmedi.\n\nEn geç 11.12.2026 Cuma günü size bilgi vereceğiz.",
            date(2026, 12, 11),
        ),
        (
            "Çarşamba günkü ziyaretiniz için teşekkür ederiz. Henüz karar aşamasında değiliz. "
            "Değerlendirmemizi önümüzdeki hafta sonuna kadar, yani en geç 25 Aralık Cuma günü "
            "tamamlayıp size döneceğiz.",
            date(2026, 12, 25),
        ),
    ],
)
def test_turkish_decision_days(body: str, expected: date) -> None:
    found, mention = classify(mail(body), after=date(2026, 12, 8), month_first=False)
    assert found is ReplyKind.STILL_DECIDING
    assert mention is not None and mention.value == expected


def test_an_annual_leave_reply_and_outlooks_accepted_notice_are_no_replies() -> None:
    away = mail("Merhaba,\n\nYıllık izinde olduğum için e-postanıza geç dönüş yapabilirim.")
    assert out_of_office(away) is not None
    accepted = message("", subject="Kabul Edildi: GSE - Teknik Mülakat (2. Aşama)")
    reason = automated_reason(accepted)
    assert reason is not None and reason.startswith("calendar notification")
    assert automated_reason(replace(accepted, subject="Kabul ettiğiniz için teşekkürler")) is None
