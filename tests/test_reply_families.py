"""Families of employer wording read as a careful person would, one table per family.

Each line is our own wording, shaped like (no text copied):
- VID: one-way video interview invitations as HireVue, Spark Hire and Willo describe
  them in their candidate help centres ("on-demand interview", "record your answers").
- REF: reference-check requests as recruiters write them (SHRM reference-check guides).
- PANEL: recruiters inviting to a panel or on-site round after thanking the person.
- PT/ES: still-deciding replies from Brazilian, Portuguese, Mexican and Spanish recruiters.
- IN: Indian English recruiter mail ("we will revert", "share the result by 2/12").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from agent.core.date_words import month_first
from agent.core.model import Address, MailMessage, ReplyKind
from agent.core.replies import classify, from_tracking_system, out_of_office
from agent.core.senders import is_tracking_system

RECEIVED = date(2026, 11, 17)  # a Tuesday


def mail(body: str, sender: str = "ana@acme.example") -> MailMessage:
    return MailMessage(
        id="m",
        thread_id="t",
        message_id="<m@x>",
        sender=Address(sender, "Acme"),
        subject="Re: Thank you",
        date=datetime(2026, 11, 17, 15, tzinfo=UTC),
        labels=frozenset({"INBOX"}),
        headers={},
        body=body,
    )


def read(body: str, month_first: bool | None = True) -> tuple[ReplyKind, date | None]:
    kind, mention = classify(mail(body), after=RECEIVED, month_first=month_first)
    return kind, (mention.value if mention else None)


@pytest.mark.parametrize(
    "body",
    [
        # VID
        "Acme would like you to record a one-way interview for the Analyst role. "
        "The link stays open for five days.",
        "You have been invited to an asynchronous video interview with Acme. Please record "
        "your answers by Friday.",
        "The next stage is a short recorded interview on Spark Hire: four questions, two "
        "minutes each.",
        "Please complete your Willo interview at your convenience this week.",
        # PANEL: opens with thanks, then the round
        "Thanks again for your time on Monday! We'd love to have you back in to meet a few "
        "more people. Which days work next week?",
        "Thank you for chatting with us. The team would like to bring you onsite for a final "
        "conversation - what dates suit you?",
        "Great speaking with you. Next, we'd like you to join a panel with three engineers. "
        "When works best for you?",
        # REF
        "Could you send us the names of three referees we can contact?",
        "We're nearly there - could you connect us with two previous managers?",
        "As a last step, we'd like to speak with a couple of your former colleagues.",
        "Would you please share contact details for two professional references?",
    ],
)
def test_a_next_step_is_a_next_round(body: str) -> None:
    assert read(body)[0] is ReplyKind.NEXT_ROUND


@pytest.mark.parametrize(
    ("body", "month_first", "when"),
    [
        # PT
        (
            "Olá Casey, ainda estamos avaliando os candidatos e daremos retorno até 4 de dezembro.",
            True,
            date(2026, 12, 4),
        ),
        (
            "Oi Casey! O processo seletivo ainda está em andamento; teremos uma resposta até "
            "o dia 30 de novembro.",
            True,
            date(2026, 11, 30),
        ),
        (
            "Obrigado pelo contato. Ainda não tomamos uma decisão, mas voltaremos a falar em "
            "breve.",
            True,
            None,
        ),
        ("Seguimos em processo e entraremos em contato assim que possível.", True, None),
        # ES
        (
            "Hola Casey, todavía estamos en proceso de selección; te daremos una respuesta antes "
            "del 3 de diciembre.",
            True,
            date(2026, 12, 3),
        ),
        (
            "Seguimos en proceso y aún no contamos con una decisión. Te mantendremos informada.",
            True,
            None,
        ),
        (
            "Gracias por tu correo. El proceso sigue abierto y te escribiré la próxima semana.",
            True,
            date(2026, 11, 27),
        ),
        # IN: day first where the person lives, and the wording of Indian recruiters
        (
            "Your profile is under review. We will share the outcome by 4/12.",
            False,
            date(2026, 12, 4),
        ),
        (
            "The interview process is in progress. We shall revert with the result by 2/12.",
            False,
            date(2026, 12, 2),
        ),
        (
            "Evaluation is still going on. Final results will be communicated on 03-12-2026.",
            False,
            date(2026, 12, 3),
        ),
        ("We will intimate you of the final result by 5th Dec.", False, date(2026, 12, 5)),
    ],
)
def test_still_deciding_in_other_languages_and_forms(
    body: str, month_first: bool, when: date | None
) -> None:
    assert read(body, month_first) == (ReplyKind.STILL_DECIDING, when)


@pytest.mark.parametrize(
    "body",
    [
        # A receipt or an out-of-office that mentions a process in progress is never a
        # rejection, and a reference or video word in a rejection does not undo it.
        "Hemos recibido tu solicitud y está en proceso de revisión.",
        "Recebemos sua candidatura; o processo está em andamento.",
    ],
)
def test_receipts_in_progress_are_not_rejections(body: str) -> None:
    assert read(body)[0] is not ReplyKind.REJECTION


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Words of the families above that announce no step.
        (
            "Thanks for a great panel yesterday! We'll be in touch by Friday.",
            ReplyKind.STILL_DECIDING,
        ),
        (
            "We will keep you in mind for future openings and get back to you soon.",
            ReplyKind.STILL_DECIDING,
        ),
        ("Willow from our team says hi - thanks for your note!", ReplyKind.ACKNOWLEDGEMENT),
        (
            "Thanks for your note! I'll let you know when the team has met.",
            ReplyKind.ACKNOWLEDGEMENT,
        ),
        # PT/ES thanks for the note, with nothing else said
        ("Olá Casey, obrigada pela sua mensagem! Abraço, Ana", ReplyKind.ACKNOWLEDGEMENT),
        ("Muchas gracias por su correo, Casey. Saludos.", ReplyKind.ACKNOWLEDGEMENT),
    ],
)
def test_family_words_alone_announce_no_round(body: str, expected: ReplyKind) -> None:
    assert read(body)[0] is expected


@pytest.mark.parametrize(
    "body",
    [
        "Unfortunately we have decided to move forward with another candidate, so we will "
        "not need your references.",
        "After reviewing your video interview, we have decided not to move forward.",
    ],
)
def test_a_rejection_mentioning_a_step_stays_a_rejection(body: str) -> None:
    assert read(body)[0] is ReplyKind.REJECTION


@pytest.mark.parametrize(
    "domain",
    [
        "hirevue.com",
        "mail.hirevue.com",
        "sparkhire.com",
        "willo.video",
        "myinterview.com",
        "vidcruiter.com",
        "hireflix.com",
        "modernhire.com",
        "talview.com",
    ],
)
def test_video_interview_systems_send_for_employers(domain: str) -> None:
    assert is_tracking_system(domain)
    assert from_tracking_system(mail("Hi", sender=f"noreply@{domain}"))


def test_an_indian_zone_reads_numbers_day_first() -> None:
    assert month_first("", "Asia/Kolkata") is False
    assert month_first("IN", "America/New_York") is False  # the country, when set, decides


# Offers from Italian, Portuguese and Dutch employers, and a search that was called off.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Siamo lieti di offrirti la posizione di Product Designer.", ReplyKind.OFFER),
        ("In allegato trovi la lettera di offerta.", ReplyKind.OFFER),
        ("Temos o prazer de lhe oferecer a vaga de Analista.", ReplyKind.OFFER),
        ("We willen je graag de functie van Data Analist aanbieden.", ReplyKind.OFFER),
        (
            "The position has been put on hold indefinitely and we are closing all applications.",
            ReplyKind.REJECTION,
        ),
        ("The role has been cancelled due to budget changes.", ReplyKind.REJECTION),
        (
            "We are not closing the position yet; we're still interviewing.",
            ReplyKind.STILL_DECIDING,
        ),
    ],
)
def test_offers_abroad_and_searches_called_off(body: str, expected: ReplyKind) -> None:
    assert read(body)[0] is expected


# Brazilian offers say "proposta"; work samples are named by their craft; a Norwegian
# second interview; a round after which they decide is past ("nach dem zweiten
# Gespräch"); interviews still to hold and notes to compare, in English and Norwegian.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Queremos fazer-lhe uma proposta para o cargo de Engenheira.", ReplyKind.OFFER),
        ("Segue em anexo a carta-proposta com os detalhes.", ReplyKind.OFFER),
        ("Next step would be a short writing task, about three hours.", ReplyKind.NEXT_ROUND),
        ("We'd like you to do a paid trial task next week.", ReplyKind.NEXT_ROUND),
        ("Vi ønsker å invitere deg til et andre intervju på kontoret.", ReplyKind.NEXT_ROUND),
        ("Hvilke dager som passer for deg neste uke?", ReplyKind.NEXT_ROUND),
        (
            "Nach dem zweiten Gespräch entscheidet die Geschäftsführung bis zum 4. Dezember.",
            ReplyKind.STILL_DECIDING,
        ),
        (
            "Thanks for the kind note. We have a couple more interviews to go.",
            ReplyKind.STILL_DECIDING,
        ),
        (
            "Thanks for your message. The panel will compare notes and Sam will follow up.",
            ReplyKind.STILL_DECIDING,
        ),
        (
            "Takk for meldingen! Vi er fortsatt midt i prosessen og har et par flere "
            "kandidater igjen.",
            ReplyKind.STILL_DECIDING,
        ),
        ("Thanks for your note, we'll be in touch.", ReplyKind.ACKNOWLEDGEMENT),
    ],
)
def test_proposals_work_samples_and_rounds_still_to_come(body: str, expected: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is expected


# An out-of-office typed by hand, without auto-reply headers: away, answering on return.
@pytest.mark.parametrize(
    ("body", "away"),
    [
        ("Thanks for your email. I'm at a trade show until Thursday and will reply when "
         "I'm back at my desk on Friday.", True),
        ("Hi, travelling this week with patchy reception - for urgent matters call Jo.", True),
        ("Thanks for the note! I'll get back to you when I get the panel's feedback.", False),
    ],
)  # fmt: skip
def test_a_hand_written_out_of_office(body: str, away: bool) -> None:
    assert (out_of_office(mail(body)) is not None) is away


# What a careful reader takes from replies that name other people's steps: an offer to
# another finalist, applications closing for others, more interviews on the calendar.
@pytest.mark.parametrize(
    ("body", "expected", "when"),
    [
        ("It was close, but we've decided to extend an offer to another finalist.",
         ReplyKind.REJECTION, None),
        ("We're closing applications this week and reviewing finalists over the next two weeks "
         "- you'll hear from me no later than Wednesday, December 2nd.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 2)),
        ("We are closing all applications for this role as it has been paused.",
         ReplyKind.REJECTION, None),
        ("We have a few more onsite interviews booked, so we'll make our call by 12/4.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 4)),
        ("We'd like you to do a couple more technical interviews with the team next week.",
         ReplyKind.NEXT_ROUND, None),
        ("Great to meet you. Next step would be a working session with our CTO - send me a "
         "few dates that work.", ReplyKind.NEXT_ROUND, None),
        ("Thanks for the note! I'm gathering feedback from the panel and will circle back once "
         "the team has made a decision.", ReplyKind.STILL_DECIDING, None),
        ("Merci ! Nous voyons encore deux candidats et nous vous ferons un retour d'ici le "
         "mercredi 25 novembre.", ReplyKind.STILL_DECIDING, date(2026, 11, 25)),
    ],
)  # fmt: skip
def test_other_peoples_steps_are_not_the_persons(
    body: str, expected: ReplyKind, when: date | None
) -> None:
    assert read(body) == (expected, when)


# Other candidates in the languages employers write, with and without a choice made.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Aún nos quedan entrevistas con otros candidatos; en cuanto tengamos una decisión te "
         "lo haré saber.", ReplyKind.STILL_DECIDING),
        ("Il cliente sta ancora incontrando gli altri candidati, la aggiorno appena possibile.",
         ReplyKind.STILL_DECIDING),
        ("Wir führen noch Gespräche mit anderen Kandidaten und melden uns.",
         ReplyKind.STILL_DECIDING),
        ("Hemos decidido seguir adelante con otra candidatura.", ReplyKind.REJECTION),
        ("Abbiamo deciso di proseguire con un altro candidato.", ReplyKind.REJECTION),
        ("Wir haben uns entschieden, mit einer anderen Bewerberin weiterzumachen.",
         ReplyKind.REJECTION),
        # offers in words, without "offer"
        ("We'd love for you to be our new Office Manager. We can do $52,000 - can you start "
         "on the 7th?", ReplyKind.OFFER),
        ("Il cliente ha deciso di farle una proposta per la posizione.", ReplyKind.OFFER),
        # a promise to hear back
        ("Thanks for your patience - you should hear from us one way or the other soon.",
         ReplyKind.STILL_DECIDING),
    ],
)  # fmt: skip
def test_other_candidates_abroad_and_offers_in_words(body: str, expected: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is expected


@pytest.mark.parametrize(
    ("body", "expected", "when"),
    [
        ("Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, die besser "
         "passt.", ReplyKind.REJECTION, None),
        ("It's official - Harborline is offering you the Night Supervisor position at $27/hr.",
         ReplyKind.OFFER, None),
        ("good talking yesterday. If you want the job its yours. Can u start mon?",
         ReplyKind.OFFER, None),
        ("Tak for i dag. Vi inviterer dig derfor til 2. samtale på lageret.",
         ReplyKind.NEXT_ROUND, None),
        ("Vi har en sidste kandidat til 2. samtale på torsdag. Du hører fra os senest fredag "
         "den 27. november.", ReplyKind.STILL_DECIDING, date(2026, 11, 27)),
        ("Tusen takk for at du har søkt. Vi har mottatt søknaden din, og tar kontakt hvis vi "
         "ønsker å invitere deg til intervju.", ReplyKind.RECEIPT, None),
        ("Heads-up: starting Monday I'm moving teams, so Raf will be your point of contact.",
         ReplyKind.OTHER, None),
    ],
)  # fmt: skip
def test_more_wordings_read_as_a_careful_person_reads_them(
    body: str, expected: ReplyKind, when: date | None
) -> None:
    assert read(body, month_first=False) == (expected, when)


@pytest.mark.parametrize(
    ("body", "expected", "when"),
    [
        ("We'd love to have you run the service side of the shop. We can do $24/hr to start.",
         ReplyKind.OFFER, None),
        ("Ficamos felizes em informar que você foi aprovado(a) no processo seletivo! Segue a "
         "nossa proposta.", ReplyKind.OFFER, None),
        ("Great news - they'd like you back for a second stage next week.",
         ReplyKind.NEXT_ROUND, None),
        ("Výběrové řízení stále probíhá; rozhodnutí Vám sdělíme nejpozději do středy "
         "25. listopadu.", ReplyKind.STILL_DECIDING, date(2026, 11, 25)),
        ("Kiitos viestistäsi! Haastattelut jatkuvat vielä ensi viikolla, ja palaamme asiaan "
         "niiden jälkeen.", ReplyKind.STILL_DECIDING, None),
    ],
)  # fmt: skip
def test_small_business_offers_and_czech_and_finnish_replies(
    body: str, expected: ReplyKind, when: date | None
) -> None:
    assert read(body, month_first=False) == (expected, when)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("After a second round, the committee has offered the Head of Partnerships position to "
         "another candidate.", ReplyKind.REJECTION),
        ("Après réflexion, nous ne sommes pas en mesure de donner une suite favorable : nous "
         "avons retenu un profil plus proche du poste.", ReplyKind.REJECTION),
        ("Wir haben uns entschieden, die Position mit einer Bewerberin zu besetzen, die mehr "
         "Erfahrung mitbringt.", ReplyKind.REJECTION),
        ("Thanks for the note! We still have a couple of folks to talk to this week; I'll circle "
         "back once we've wrapped up.", ReplyKind.STILL_DECIDING),
    ],
)  # fmt: skip
def test_choices_made_and_not_yet_made_in_plain_words(body: str, expected: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is expected


@pytest.mark.parametrize(
    ("body", "expected", "when"),
    [
        # an offer said of any offer is a condition, not an offer; "a selection by" is a date
        ("The panel has completed all interviews, and we anticipate a selection by "
         "mid-December. Please note that any offer of employment is contingent upon a "
         "background check.", ReplyKind.STILL_DECIDING, date(2026, 12, 15)),
        # "won't ... until after the holidays" is when, not a refusal
        ("Realistically the team won't be able to make a call on final rounds until after the "
         "holidays, but I'll keep you posted.", ReplyKind.STILL_DECIDING, None),
        ("We're finishing the last interviews this week and will come back to everyone within "
         "5 working days.", ReplyKind.STILL_DECIDING, date(2026, 11, 24)),
        ("Wir haben uns am Ende aber für eine andere Person entschieden.", ReplyKind.REJECTION,
         None),
        ("I wanted to let you know personally that we've decided to promote from within for "
         "the Naperville store.", ReplyKind.REJECTION, None),
        # a weekday in brackets settles a date the locale would read the other way
        ("We will inform you of the result by 12/8 (Tue) by e-mail.", ReplyKind.STILL_DECIDING,
         date(2026, 12, 8)),
        ("Contiamo di comunicarLe l'esito entro venerdì 11 dicembre.", ReplyKind.STILL_DECIDING,
         date(2026, 12, 11)),
    ],
)  # fmt: skip
def test_conditions_timings_and_dates_settled_by_their_weekday(
    body: str, expected: ReplyKind, when: date | None
) -> None:
    assert read(body, month_first=False) == (expected, when)


@pytest.mark.parametrize(
    ("body", "expected", "when"),
    [
        # "even if we don't proceed" in a receipt is no rejection
        ("We hebben je gegevens in goede orde ontvangen. Je hoort in ieder geval van ons, ook "
         "als we niet verder gaan.", ReplyKind.RECEIPT, None),
        # whether they invite the person to a second round, said with a date
        ("Uiterlijk dinsdag 24 november laten we je weten of we je uitnodigen voor een tweede "
         "gesprek.", ReplyKind.STILL_DECIDING, date(2026, 11, 24)),
        # the thanks for applying that opens a rejection does not make it a receipt
        ("Bedankt voor je sollicitatie. Helaas moeten we je laten weten dat we je niet "
         "uitnodigen: we hebben gekozen voor kandidaten met meer ervaring.", ReplyKind.REJECTION,
         None),
        ("We're still seeing a couple of people this week. I'll give you a call early next week "
         "either way.", ReplyKind.STILL_DECIDING, None),
        ("We're holding off on next steps until she's back; we expect to decide who moves on to "
         "the final conversation around mid-December.", ReplyKind.STILL_DECIDING,
         date(2026, 12, 15)),
    ],
)  # fmt: skip
def test_receipts_and_pending_choices_in_more_languages(
    body: str, expected: ReplyKind, when: date | None
) -> None:
    assert read(body, month_first=False) == (expected, when)


# Offers said in plain words: taking the person on at a rate, an offer confirmed after a
# call, Nordic offers of a permanent post; and the same words refused.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Good meeting you Thursday. We'd like to take you on as a first-year roofer at "
         "$22/hr, starting the 4th.", ReplyKind.OFFER),
        ("We're ready to bring you on board - Mo will send the paperwork.", ReplyKind.OFFER),
        ("We want to hire you as our weekend baker.", ReplyKind.OFFER),
        ("Further to our call, I am pleased to confirm our offer of the post of Volunteer "
         "Coordinator at £27,000.", ReplyKind.OFFER),
        ("Vi ønsker å tilby deg en fast stilling som elektriker fra februar.", ReplyKind.OFFER),
        ("Vi vill gärna erbjuda dig en tillsvidaretjänst som lagerchef.", ReplyKind.OFFER),
        ("Her er vårt tilbud om ansettelse; arbeidsavtalen kommer i posten.", ReplyKind.OFFER),
        ("Sorry, we're not in a position to take you on this winter.", ReplyKind.REJECTION),
        ("Vi kan dessverre ikke tilby deg jobben denne gangen.", ReplyKind.REJECTION),
        ("I'd like to confirm our offer of an interview next Tuesday.", ReplyKind.NEXT_ROUND),
    ],
)  # fmt: skip
def test_offers_in_plain_words_and_abroad(body: str, expected: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is expected


# Next rounds named by what the person will do (a work test, a portfolio review, a visit
# to the studio) in English, French, Spanish, Italian, Dutch, Czech and Finnish; the same
# step already taken, or a probation, is no round.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Next step: come by the workshop and talk us through three of your pieces.",
         ReplyKind.NEXT_ROUND),
        ("Could you come into the office on Thursday for a portfolio review with Dana?",
         ReplyKind.NEXT_ROUND),
        ("Thanks for coming in for the portfolio review - we'll decide by Friday.",
         ReplyKind.STILL_DECIDING),
        ("Nous aimerions vous proposer une deuxième étape : un cas pratique d'une heure.",
         ReplyKind.NEXT_ROUND),
        ("La prochaine étape serait un test technique en ligne.", ReplyKind.NEXT_ROUND),
        ("La prochaine étape est la décision du comité.", ReplyKind.OTHER),
        ("Merci pour votre engagement lors de la mise en situation ; nous vous répondrons "
         "d'ici vendredi.", ReplyKind.STILL_DECIDING),
        ("Nos gustaría invitarte a la entrevista final con el equipo.", ReplyKind.NEXT_ROUND),
        ("El siguiente paso es una prueba técnica en casa.", ReplyKind.NEXT_ROUND),
        ("Il passaggio successivo sarà una prova di traduzione.", ReplyKind.NEXT_ROUND),
        ("Il contratto prevede un periodo di prova di tre mesi.", ReplyKind.OTHER),
        ("We nodigen je graag uit voor een praktijkopdracht op kantoor.", ReplyKind.NEXT_ROUND),
        ("Bedankt voor je proefopdracht; we laten je vrijdag iets weten.",
         ReplyKind.STILL_DECIDING),
        ("De volgende stap is dat het team alle kandidaten bespreekt.", ReplyKind.OTHER),
        ("Rádi bychom Vás pozvali na druhé kolo pohovorů.", ReplyKind.NEXT_ROUND),
        ("Haluamme kutsua sinut toiselle haastattelukierrokselle.", ReplyKind.NEXT_ROUND),
    ],
)  # fmt: skip
def test_work_samples_and_reviews_as_rounds_abroad(body: str, expected: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is expected


# Czech and Finnish rejections; a round someone will be chosen for, or a check for
# whoever is chosen, is not the person's; everyone told at once; a choice awaiting
# approval; Polish reviews in progress.
@pytest.mark.parametrize(
    ("body", "expected", "when"),
    [
        ("Bohužel jste nepostoupil do dalšího kola.", ReplyKind.REJECTION, None),
        ("Rozhodli jsme se pokračovat s jinou uchazečkou.", ReplyKind.REJECTION, None),
        ("Valitettavasti olemme valinneet tehtävään toisen hakijan.", ReplyKind.REJECTION, None),
        ("Two more screens this week, then we'll pick who goes through to the final round. "
         "We'll get back to you by 27.11.", ReplyKind.STILL_DECIDING, date(2026, 11, 27)),
        ("Please choose which day works for the final round.", ReplyKind.NEXT_ROUND, None),
        ("The panel's choice goes to the trustees for final approval, followed by reference "
         "checks for the successful applicant.", ReplyKind.STILL_DECIDING, None),
        ("Interviews are over and every candidate will be notified in writing.",
         ReplyKind.STILL_DECIDING, None),
        ("Zespół jest w trakcie analizy zadań; odpowiedź prześlemy do piątku 27 listopada.",
         ReplyKind.STILL_DECIDING, date(2026, 11, 27)),
        ("We still have three calls left this week; I'll get back to you after.",
         ReplyKind.STILL_DECIDING, None),
    ],
)  # fmt: skip
def test_others_chosen_later_and_rejections_abroad(
    body: str, expected: ReplyKind, when: date | None
) -> None:
    assert read(body, month_first=False) == (expected, when)


@pytest.mark.parametrize("prefix", ["Odp:", "VS:", "Antw:", "R:", "RES:", "SV:"])
def test_a_subject_behind_a_reply_prefix_abroad_is_ours(prefix: str) -> None:
    """Our own subject ("the next stage") says nothing about what they answer."""
    message = replace(mail("Dziękujemy, odezwiemy się."), subject=f"{prefix} Kolejny etap")
    assert classify(message, after=RECEIVED)[0] is ReplyKind.STILL_DECIDING


@pytest.mark.parametrize(
    ("body", "expected", "when"),
    [
        # a bare tracking-system sender, in Chilean Spanish
        ("Luego de revisar los antecedentes, te informamos que en esta oportunidad no "
         "continuarás en el proceso de selección.", ReplyKind.REJECTION, None),
        # another interview this week, then a decision in a calendar week (no one day)
        ("Vielen Dank für Ihre Nachricht. Wir führen noch ein weiteres Gespräch und melden uns "
         "im Laufe der nächsten Woche mit einer Entscheidung.", ReplyKind.STILL_DECIDING, None),
        # waiting on funding before any offer
        ("Thanks for checking in. We can't extend offers on this contract until the customer "
         "confirms funding, and we don't have a firm date for that yet.",
         ReplyKind.STILL_DECIDING, None),
        # "a más tardar" is a deadline, beating next week's committee
        ("El comité sesiona la próxima semana; te daremos respuesta a más tardar el viernes 27 "
         "de noviembre.", ReplyKind.STILL_DECIDING, date(2026, 11, 27)),
    ],
)  # fmt: skip
def test_bare_senders_calendar_weeks_and_waiting_on_funding(
    body: str, expected: ReplyKind, when: date | None
) -> None:
    assert read(body, month_first=False) == (expected, when)


def test_a_dutch_promise_in_the_first_person_with_a_date() -> None:
    body = (
        "We spreken deze week nog met twee andere kandidaten. Uiterlijk donderdag 26 november "
        "laat ik je weten of we je uitnodigen voor de tweede ronde."
    )
    assert read(body, month_first=False) == (ReplyKind.STILL_DECIDING, date(2026, 11, 26))


@pytest.mark.parametrize(
    ("body", "expected", "when"),
    [
        # (the week's Friday: the last working day of the week the news is promised in)
        ("Vi har ytterligare två intervjuer. Du får besked under vecka 49.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 4)),
        ("現在、選考を進めております。結果につきましては、メールにてご連絡いたします。",
         ReplyKind.STILL_DECIDING, None),
        # an abbreviated weekday before a day-first date
        ("The panel is finalising its report. We expect to let everyone know the outcome by "
         "Wed 25/11.", ReplyKind.STILL_DECIDING, date(2026, 11, 25)),
    ],
)  # fmt: skip
def test_swedish_japanese_and_an_abbreviated_weekday_with_its_date(
    body: str, expected: ReplyKind, when: date | None
) -> None:
    assert read(body, month_first=False) == (expected, when)


@pytest.mark.parametrize(
    ("body", "kind", "day"),
    [
        # Turkish
        ("Maalesef bu pozisyon için başka bir adayla ilerlemeye karar verdik.",
         ReplyKind.REJECTION, None),
        ("Değerlendirme sürecimiz devam ediyor. Sonucu 11 Aralık Cuma gününe kadar "
         "bildireceğiz.", ReplyKind.STILL_DECIDING, date(2026, 12, 11)),
        ("Sizi ikinci görüşmeye davet etmek istiyoruz.", ReplyKind.NEXT_ROUND, None),
        ("Başvurunuz alınmıştır. Uygun görülmesi halinde sizinle iletişime geçilecektir.",
         ReplyKind.RECEIPT, None),
        ("Size Satış Müdürü pozisyonu için iş teklifimizi sunuyoruz.", ReplyKind.OFFER, None),
        # Korean
        ("아쉽게도 이번 채용에서는 함께하지 못하게 되었습니다.", ReplyKind.REJECTION, None),
        ("현재 면접 전형이 진행 중입니다. 결과는 12월 11일까지 안내드리겠습니다.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 11)),
        ("1차 면접에 합격하셨습니다. 2차 면접 일정을 안내드립니다.", ReplyKind.NEXT_ROUND, None),
        ("지원서가 정상적으로 접수되었습니다.", ReplyKind.RECEIPT, None),
        ("최종 합격을 축하드립니다.", ReplyKind.OFFER, None),
        # Czech, Polish, Spanish, Norwegian, Afrikaans
        ("Děkujeme za zaslání životopisu. Pokud postoupíte do dalšího kola, ozveme se.",
         ReplyKind.RECEIPT, None),
        ("S radostí vám nabízíme pozici vedoucího prodejny.", ReplyKind.OFFER, None),
        ("Z przykrością informujemy, że nie możemy zaproponować Panu dalszego udziału w "
         "procesie.", ReplyKind.REJECTION, None),
        ("Lamentablemente, en esta ocasión no continuaremos con tu proceso.",
         ReplyKind.REJECTION, None),
        ("Vi har fortsatt to intervjuer igjen og gir deg beskjed innen fredag 11. desember.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 11)),
        ("Ongelukkig het ons besluit om met 'n ander kandidaat voort te gaan.",
         ReplyKind.REJECTION, None),
        ("Ons is nog besig met onderhoude en sal jou teen Maandag 7 Desember laat weet.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 7)),
    ],
)  # fmt: skip
def test_replies_in_turkish_korean_czech_and_afrikaans(
    body: str, kind: ReplyKind, day: date | None
) -> None:
    assert read(body, month_first=False) == (kind, day)


@pytest.mark.parametrize("domain", ["darwinbox.in", "softgarden.io", "varbi.com", "teamio.com"])
def test_regional_tracking_systems_send_for_employers(domain: str) -> None:
    assert is_tracking_system(domain)
    assert from_tracking_system(mail("Hi", sender=f"noreply@{domain}"))


def test_a_german_receipt_that_has_the_papers_and_will_write_again() -> None:
    body = ("wir freuen uns über Ihre Bewerbung. Ihre Bewerbungsunterlagen liegen uns vollständig "
            "vor. Wir prüfen sie und melden uns in den nächsten Wochen.")  # fmt: skip
    assert read(body, month_first=False)[0] is ReplyKind.RECEIPT


@pytest.mark.parametrize(
    ("body", "kind", "day"),
    [
        ("Further to our call, the panel has offered the post to another candidate, who has "
         "now accepted.", ReplyKind.REJECTION, None),
        ("Leider müssen wir Ihnen mitteilen, dass wir uns für Bewerberinnen und Bewerber "
         "entschieden haben, deren Profil den Anforderungen noch näher kommt.",
         ReplyKind.REJECTION, None),
        ("Após uma análise cuidadosa, seu perfil não seguirá para as próximas etapas.",
         ReplyKind.REJECTION, None),
        ("안타깝게도 이번 서류전형에서는 좋은 소식을 전해 드리지 못하게 되었습니다.",
         ReplyKind.REJECTION, None),
        # a final round thanked for is past; salary talk comes later, no offer yet
        ("최종면접에 참석해 주셔서 감사드립니다. 현재 내부 검토가 진행 중이며, 최종 결과는 "
         "12월 10일(목)까지 안내드릴 예정입니다. 처우 협의 등은 결과 안내 시 말씀드리겠습니다.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 10)),
        # what an offer would hang on is no next step
        ("Oral boards are held on December 9 and 10. The department expects to notify every "
         "candidate of their status no later than Friday, December 11, 2026. Please note that "
         "any offer of employment is conditional on a background check.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 11)),
        ("Die Zweitgespräche sind abgeschlossen, das Team bespricht sich am kommenden Montag. "
         "Bis spätestens Mittwoch, 9. Dezember, geben wir Ihnen Bescheid.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 9)),
        ("Vi har no snakka med alle kandidatane og skal ta referansar. Du vil høyre frå oss "
         "i løpet av veke 51.", ReplyKind.STILL_DECIDING, None),
        ("We haven't decided yet: Harjit is in Cardiff until Wednesday. You'll hear from me "
         "either way by Thursday 10 December.", ReplyKind.STILL_DECIDING, date(2026, 12, 10)),
    ],
)  # fmt: skip
def test_replies_from_engineering_and_public_employers(
    body: str, kind: ReplyKind, day: date | None
) -> None:
    assert read(body, month_first=False) == (kind, day)


def test_practical_visitor_information_is_no_decision() -> None:
    body = "Just a few practical bits for tomorrow: visitor info, parking and lunch. See you!"
    assert read(body, month_first=False)[0] is not ReplyKind.STILL_DECIDING


def test_public_sector_job_systems_send_for_employers() -> None:
    assert is_tracking_system("csjobs.cabinetoffice.gov.uk")
    assert is_tracking_system("governmentjobs.com")


@pytest.mark.parametrize(
    ("body", "kind", "day"),
    [
        ("We haven't made a decision yet - Donnacha is off until Thursday. We'll sit down on "
         "Friday, and I'll ring you either way on Tuesday 8th.", ReplyKind.STILL_DECIDING,
         date(2026, 12, 8)),
        ("¡Muchas felicidades! El Lic. Ávalos te eligió para la posición de Gerente de Tienda. "
         "Te comparto los detalles de nuestra propuesta.", ReplyKind.OFFER, None),
        ("Abhi ek aur candidate ka final round Thursday ko hai, uske baad hi decision hoga. "
         "Monday tak aapko final update mil jayega.", ReplyKind.STILL_DECIDING, date(2026, 11, 23)),
        ("No decision has been made yet. We've got a second conversation with one more person "
         "next week.", ReplyKind.STILL_DECIDING, None),
        ("Z przyjemnością informuję, że zapraszamy na II etap rekrutacji.",
         ReplyKind.NEXT_ROUND, None),
        ("Ons wil jou graag vir 'n trial shift nooi voordat ons 'n finale besluit neem.",
         ReplyKind.NEXT_ROUND, None),
        ("Niestety tym razem nie przechodzisz do kolejnego etapu rekrutacji. Jeśli wyrazisz "
         "zgodę, odezwiemy się przy kolejnych rekrutacjach.", ReplyKind.REJECTION, None),
        # working days are no trial day
        ("We'll come back to you within three working days.", ReplyKind.STILL_DECIDING, None),
    ],
)  # fmt: skip
def test_replies_from_sales_and_hospitality_employers(
    body: str, kind: ReplyKind, day: date | None
) -> None:
    assert read(body, month_first=False)[0] is kind
    if day:
        assert read(body, month_first=False)[1] == day


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Just a quick note ahead of tomorrow's final interview: the written exercise will come "
         "from hr@ at 2pm.", ReplyKind.OTHER),
        ("先日は一次面接にご参加いただき、誠にありがとうございました。【二次面接のご案内】"
         "ぜひ二次面接にお進みいただきたく、ご連絡いたしました。", ReplyKind.NEXT_ROUND),
    ],
)  # fmt: skip
def test_a_round_already_arranged_and_a_japanese_next_round(body: str, kind: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is kind


def test_a_new_meeting_link_for_tomorrow_is_no_decision() -> None:
    msg = replace(
        mail("Our Zoom account moved, so please use this link instead. Same time tomorrow."),
        subject="Updated Zoom link for tomorrow",
    )
    assert classify(msg, after=RECEIVED, month_first=True)[0] is not ReplyKind.STILL_DECIDING


def test_a_letter_titled_invitation_is_read_as_mail() -> None:
    msg = replace(
        mail("We are pleased to invite you to the next stage: a site visit and final interview."),
        subject="Invitation: Site Visit & Final Interview - Fleet Supervisor",
    )
    from agent.core.replies import automated_reason

    assert automated_reason(msg) is None
    assert classify(msg, after=RECEIVED, month_first=True)[0] is ReplyKind.NEXT_ROUND
    google = replace(msg, subject="Invitation: Onsite @ Wed Dec 2, 2026 10am - 11am (EST)")
    assert "calendar" in (automated_reason(google) or "")


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # rejections in Polish, Argentine Spanish, Finnish, Italian and Hebrew
        ("Po analizie zgłoszeń zdecydowaliśmy, że tym razem nie zaprosimy Pana do kolejnego "
         "etapu. Dziękujemy za zainteresowanie ofertą pracy.", ReplyKind.REJECTION),
        ("Te cuento que en esta oportunidad no vamos a avanzar con tu postulación.",
         ReplyKind.REJECTION),
        ("Valitettavasti emme tällä kertaa voi jatkaa kanssasi rekrytointiprosessia.",
         ReplyKind.REJECTION),
        ("Le comunichiamo che il Suo profilo non è stato selezionato per il prosieguo.",
         ReplyKind.REJECTION),
        ("החלטנו להתקדם עם מועמדת אחרת לתפקיד.", ReplyKind.REJECTION),
        # next rounds: a final chat before any offer, Hebrew, Vietnamese
        ("We'd love you to have a final chat with our owners before we make an offer.",
         ReplyKind.NEXT_ROUND),
        ("אנחנו רוצים להתקדם איתך לשלב הבא.", ReplyKind.NEXT_ROUND),
        ("Chúc mừng bạn đã vượt qua vòng phỏng vấn đầu tiên và được mời vào vòng tiếp theo.",
         ReplyKind.NEXT_ROUND),
        # still deciding: a past round they were happy with, approval pending, Hebrew,
        # Vietnamese (whose "vòng cuối" is the round others are in)
        ("We were happy with the final interview and your profile is with our management for "
         "approval.", ReplyKind.STILL_DECIDING),
        ("The team loved your portfolio presentation and Grace said your design exercise was "
         "strong. We debrief on Friday.", ReplyKind.OTHER),
        ("עדיין לא התקבלה החלטה.", ReplyKind.STILL_DECIDING),
        ("Hiện tại công ty vẫn chưa có quyết định cuối cùng về các ứng viên ở vòng cuối.",
         ReplyKind.STILL_DECIDING),
    ],
)  # fmt: skip
def test_replies_in_more_languages_and_rounds_already_held(body: str, kind: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is kind


def test_a_scheduling_tools_confirmation_in_french_is_a_calendar_notice() -> None:
    from agent.core.replies import automated_reason

    msg = replace(
        mail("Votre événement est programmé.", sender="notifications@calendly.com"),
        subject="Confirmé : Entretien – Juriste avec Jane Doe le vendredi 20 novembre 2026",
    )
    assert "calendar" in (automated_reason(msg) or "")


def test_a_company_with_an_ampersand_is_named_in_the_text() -> None:
    from agent.core.senders import names_in

    assert names_in("Thank you for interviewing with Pennick & Vose.", {"pennickvose"})


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # Indonesian and Malay, in every kind
        ("Dengan berat hati kami sampaikan bahwa Anda belum dapat melanjutkan ke tahap "
         "berikutnya.", ReplyKind.REJECTION),
        ("Dukacita dimaklumkan bahawa permohonan anda tidak berjaya.", ReplyKind.REJECTION),
        ("Kami menawarkan posisi Editor kepada Anda. Terlampir offering letter.", ReplyKind.OFFER),
        ("Sukacita dimaklumkan bahawa anda ditawarkan jawatan tersebut.", ReplyKind.OFFER),
        ("Selamat, Anda lolos ke tahap selanjutnya, yaitu wawancara user.", ReplyKind.NEXT_ROUND),
        ("Anda dijemput ke sesi temu duga peringkat kedua.", ReplyKind.NEXT_ROUND),
        ("Proses seleksi masih berjalan dan belum ada keputusan.", ReplyKind.STILL_DECIDING),
        ("Lamaran Anda telah kami terima dan akan kami tinjau.", ReplyKind.RECEIPT),
        ("Terima kasih kerana memohon. Permohonan anda telah diterima.", ReplyKind.RECEIPT),
        # Swahili, Dutch, German ("keine Zusage" is no offer), Japanese
        ("Kwa bahati mbaya, hatukuweza kuendelea na ombi lako.", ReplyKind.REJECTION),
        ("Tunapenda kukualika kwa usaili wa pili.", ReplyKind.NEXT_ROUND),
        ("We hebben besloten om met een andere kandidaat verder te gaan.", ReplyKind.REJECTION),
        ("Nach sorgfältiger Prüfung können wir Ihnen leider keine Zusage geben.",
         ReplyKind.REJECTION),
        ("誠に残念ながら、今回はご期待に添えない結果となりました。", ReplyKind.REJECTION),
        ("応募書類を確かに受領いたしました。通過された方にのみご連絡いたします。",
         ReplyKind.RECEIPT),
    ],
)  # fmt: skip
def test_replies_in_indonesian_malay_swahili_and_more(body: str, kind: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # Romanian, Arabic, Greek and Hungarian, in every kind
        ("Din păcate, am hotărât să mergem mai departe cu un alt candidat pentru acest post.",
         ReplyKind.REJECTION),
        ("Am decis să nu continuăm cu candidatura dumneavoastră.", ReplyKind.REJECTION),
        ("يؤسفنا إبلاغك أنه لم يتم اختيارك لهذه الوظيفة.", ReplyKind.REJECTION),
        ("Μετά από προσεκτική αξιολόγηση, προχωρήσαμε με άλλον υποψήφιο.", ReplyKind.REJECTION),
        ("Sajnos más jelölt mellett döntöttünk.", ReplyKind.REJECTION),
        ("Ne-ar plăcea să vă invităm la etapa a doua, un interviu cu directorul.",
         ReplyKind.NEXT_ROUND),
        ("Szeretnénk meghívni a következő fordulóra.", ReplyKind.NEXT_ROUND),
        ("Θα θέλαμε να σας καλέσουμε σε δεύτερη συνέντευξη.", ReplyKind.NEXT_ROUND),
        ("يسعدنا دعوتك للمرحلة الثانية من التقييم.", ReplyKind.NEXT_ROUND),
        ("Încă nu am luat o decizie; procesul este încă în desfășurare.",
         ReplyKind.STILL_DECIDING),
        ("A döntés még nem született meg, a vezetőség jövő héten egyeztet.",
         ReplyKind.STILL_DECIDING),
        ("Η αξιολόγηση δεν έχει ολοκληρωθεί ακόμη.", ReplyKind.STILL_DECIDING),
        ("لم نتخذ القرار النهائي بعد.", ReplyKind.STILL_DECIDING),
        ("لسه ما وصلناش لقرار، معلش.", ReplyKind.STILL_DECIDING),
        ("تم استلام طلبك بنجاح وسيتم مراجعته.", ReplyKind.RECEIPT),
        ("Megkaptuk jelentkezését, hamarosan átnézzük.", ReplyKind.RECEIPT),
        # an interview only if the profile fits: a receipt
        ("Thanks for applying. Should your experience match the role, we will arrange an "
         "interview.", ReplyKind.RECEIPT),
        ("Σας ευχαριστούμε για το μήνυμά σας· θα σας ενημερώσουμε σύντομα.",
         ReplyKind.ACKNOWLEDGEMENT),
        # thanks for the note and a promise for "once we've wrapped up": no next round
        ("Thanks for the lovely note! I'll be in touch about next steps once we've wrapped up "
         "the last interviews.", ReplyKind.ACKNOWLEDGEMENT),
        ("I'll circle back once we've wrapped up.", ReplyKind.STILL_DECIDING),
    ],
)  # fmt: skip
def test_replies_in_romanian_arabic_greek_and_hungarian(body: str, kind: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is kind


# Greek as employers in Athens and Piraeus write it (the Athens held-out set): the accent
# moves with the ending ("υποψήφιος", "υποψηφίους"), and a wait names its date in the
# genitive ("στα μέσα Ιανουαρίου") or as a count of working days.
@pytest.mark.parametrize(
    ("body", "kind", "when"),
    [
        ("Σας ενημερώνουμε ότι αποφασίσαμε να συνεχίσουμε τη διαδικασία με άλλους "
         "υποψηφίους.", ReplyKind.REJECTION, None),
        ("Αποφασίσαμε να μην προχωρήσουμε με την υποψηφιότητά σας.", ReplyKind.REJECTION, None),
        ("Σύμφωνα με τον πίνακα, δεν συγκαταλέγεστε στους επιλεγέντες υποψηφίους.",
         ReplyKind.REJECTION, None),
        ("Η εταιρεία θα καλύψει τη θέση εσωτερικά, οπότε η υποψηφιότητά σας δεν θα "
         "προχωρήσει.", ReplyKind.REJECTION, None),
        ("Τελικά προχωρήσαμε με κάποιον που έχει ήδη εμπειρία σε live-ops.",
         ReplyKind.REJECTION, None),
        ("Έχω τη χαρά να σας προσκαλέσω στο τελικό στάδιο της διαδικασίας επιλογής.",
         ReplyKind.NEXT_ROUND, None),
        ("Τέλεια νέα: πέρασες στο τελικό στάδιο!", ReplyKind.NEXT_ROUND, None),
        ("Ο πελάτης μας θα ήθελε να σας γνωρίσει για τη θέση Chartering Analyst.",
         ReplyKind.NEXT_ROUND, None),
        ("Θα ήθελες να κάνουμε ένα πρώτο call 30 λεπτών να γνωριστούμε;",
         ReplyKind.NEXT_ROUND, None),
        ("Η εταιρεία σας προσφέρει τη θέση Commercial Operations Analyst.", ReplyKind.OFFER,
         None),
        ("Θέλουμε να έρθεις στην ομάδα μας ως Product Analyst! Η πρότασή μας:",
         ReplyKind.OFFER, None),
        # a wait: "the end of next week" from Tuesday 17 November is Friday the 27th
        ("Δεν έχουμε αποφασίσει ακόμα. Θα σου πω σίγουρα μέχρι το τέλος της επόμενης "
         "εβδομάδας.", ReplyKind.STILL_DECIDING, date(2026, 11, 27)),
        # ... and the day of the interview, thanked for first, is no date for the decision
        ("Σας ευχαριστούμε για τη συνέντευξη που είχαμε την Τρίτη. Δεν έχουμε καταλήξει· η "
         "τελική απόφαση θα ληφθεί στα μέσα Ιανουαρίου.", ReplyKind.STILL_DECIDING,
         date(2027, 1, 15)),
        ("Σας ευχαριστώ για την τηλεφωνική μας επικοινωνία την Τρίτη. Η απόφαση θα ληφθεί "
         "στις αρχές Ιανουαρίου.", ReplyKind.STILL_DECIDING, date(2027, 1, 10)),
        # fifteen working days from Tuesday 17 November: 8 December
        ("Δεν έχει ληφθεί ακόμη απόφαση. Θα σας ενημερώσουμε εντός δεκαπέντε (15) "
         "εργάσιμων ημερών από σήμερα.", ReplyKind.STILL_DECIDING, date(2026, 12, 8)),
    ],
)  # fmt: skip
def test_greek_as_employers_in_athens_write_it(
    body: str, kind: ReplyKind, when: date | None
) -> None:
    assert read(body, month_first=False) == (kind, when)


# Finnish as employers in Helsinki write it (the Helsinki held-out set), and British forms
# (the Edinburgh one): a wait while the panel still interviews, papers said to decide nothing.
@pytest.mark.parametrize(
    ("body", "kind", "when"),
    [
        ("Olemme valinneet jatkoon hakijat, joiden kokemus vastaa parhaiten tarpeitamme, emmekä "
         "tällä kertaa voi tarjota sinulle jatkomahdollisuutta.", ReplyKind.REJECTION, None),
        ("Halusin kertoa itse: päädyttiin lopulta ottamaan tiimiin henkilö, jolla on enemmän "
         "kokemusta.", ReplyKind.REJECTION, None),
        ("Haluaisimme kutsua sinut haastatteluun perjantaina 18.12. klo 13.00.",
         ReplyKind.NEXT_ROUND, None),
        ("Hyviä uutisia: asiakkaan toimitusjohtaja haluaa tavata sinut henkilökohtaisesti.",
         ReplyKind.NEXT_ROUND, None),
        ("Sun hakemus näytti tosi hyvältä ja haluttais jutella. Ehditkö ensi viikolla?",
         ReplyKind.NEXT_ROUND, None),
        ("Meillä olisi sulle työtarjous: toistaiseksi voimassa oleva työsuhde.", ReplyKind.OFFER,
         None),
        ("Merisatama haluaa tarjota sinulle logistiikka-analyytikon tehtävää!", ReplyKind.OFFER,
         None),
        # ... "this is not yet an offer" is none
        ("Tämä ei vielä ole työtarjous, mutta haluaisimme kutsua sinut haastatteluun.",
         ReplyKind.NEXT_ROUND, None),
        # from Tuesday 17 November: the end of next week, week 48's end, the month's end,
        # early January, ten working days
        ("Me ei olla vielä tehty päätöstä. Luvataan kertoa ensi viikon loppuun mennessä.",
         ReplyKind.STILL_DECIDING, date(2026, 11, 27)),
        ("Päätöstä ei ole vielä tehty. Lupaan, että saat tiedon viikon 48 loppuun mennessä.",
         ReplyKind.STILL_DECIDING, date(2026, 11, 27)),
        ("Asiakas ei ole vielä tehnyt päätöstä. He ovat luvanneet palata asiaan kuun loppuun "
         "mennessä.", ReplyKind.STILL_DECIDING, date(2026, 11, 30)),
        ("Valinta on vielä kesken, joten päätös tehdään tammikuun alussa.",
         ReplyKind.STILL_DECIDING, date(2027, 1, 10)),
        ("Päätöstä ei ole vielä tehty. Teemme päätöksen kymmenen työpäivän kuluessa.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 1)),
        # ... but not ten working days from a day the mail names
        ("Valinta on vielä kesken. Valintapäätös tehdään kymmenen työpäivän kuluessa "
         "viimeisestä haastattelupäivästä.", ReplyKind.STILL_DECIDING, None),
        ("Hakemuksesi tehtävään Tietoasiantuntija on vastaanotettu 18.11.2026. Hakuaika päättyy "
         "27.11.2026.", ReplyKind.RECEIPT, None),
        ("Pyydämme lomaketta kaikilta toiselle kierrokselle edenneiltä. Lomake ei ole "
         "valintapäätös.", ReplyKind.OTHER, None),
        ("The panel is still interviewing – the final interviews take place on Thursday – and "
         "no decision has been made yet. We expect to let all candidates know the outcome by "
         "mid-December.", ReplyKind.STILL_DECIDING, date(2026, 12, 15)),
        ("As you have been invited to a second interview, we ask all candidates at this stage to "
         "complete a right to work check. Completing the check does not mean that a decision "
         "has been made about your application.", ReplyKind.OTHER, None),
        ("I've booked your train for the site visit. This is purely logistics – nothing has "
         "been decided.", ReplyKind.OTHER, None),
    ],
)  # fmt: skip
def test_finnish_and_british_mail(body: str, kind: ReplyKind, when: date | None) -> None:
    assert read(body, month_first=False) == (kind, when)


# Romanian as employers in Bucharest write it (the Bucharest held-out set).
@pytest.mark.parametrize(
    ("body", "kind", "when"),
    [
        ("Din păcate, am decis să continuăm procesul de selecție cu un alt candidat.",
         ReplyKind.REJECTION, None),
        ("Din păcate, am decis să nu continuăm procesul de recrutare cu dumneavoastră.",
         ReplyKind.REJECTION, None),
        ("Au decis să meargă mai departe cu un candidat intern. Așa că, în acest proces, nu "
         "mergem mai departe.", ReplyKind.REJECTION, None),
        ("Până la urmă am mers cu cineva care poate începe imediat.", ReplyKind.REJECTION, None),
        ("Vești bune: te invităm în runda finală, la noi la studio.", ReplyKind.NEXT_ROUND, None),
        ("Dorim să vă invităm la un interviu pentru poziția Specialist Analiză Date.",
         ReplyKind.NEXT_ROUND, None),
        ("La proba scrisă ați fost declarat(ă) ADMIS(Ă). Interviul va avea loc vineri.",
         ReplyKind.NEXT_ROUND, None),
        ("Ai avea timp de o discuție de 30 de minute săptămâna viitoare?", ReplyKind.NEXT_ROUND,
         None),
        ("Avem plăcerea să vă transmitem oferta noastră pentru poziția BI Developer.",
         ReplyKind.OFFER, None),
        ("Vrem să te avem în echipă ca Product Data Analyst!", ReplyKind.OFFER, None),
        # from Tuesday 17 November: three working days, early January
        ("Vă vom contacta în 3 zile lucrătoare cu un răspuns privind etapa următoare.",
         ReplyKind.STILL_DECIDING, date(2026, 11, 20)),
        ("Vă mulțumim pentru aplicare și pentru mesajul dumneavoastră. Procesul de selecție este "
         "încă în desfășurare și nu am luat încă o decizie; decizia va fi luată la începutul "
         "lunii ianuarie.", ReplyKind.STILL_DECIDING, date(2027, 1, 10)),
    ],
)  # fmt: skip
def test_romanian_mail(body: str, kind: ReplyKind, when: date | None) -> None:
    assert read(body, month_first=False) == (kind, when)


# Hungarian as employers in Budapest write it (the Budapest held-out set).
@pytest.mark.parametrize(
    ("body", "kind", "when"),
    [
        ("Úgy döntöttünk, hogy a kiválasztási folyamatot olyan jelöltekkel folytatjuk, akiknek "
         "szakmai háttere jobban illeszkedik.", ReplyKind.REJECTION, None),
        ("Végül egy belső jelöltet választottak, így a folyamatot veled nem viszik tovább.",
         ReplyKind.REJECTION, None),
        ("Most egy olyan kollégát választottunk, akinek több tapasztalata van, így sajnos nem "
         "tudunk továbblépni veled.", ReplyKind.REJECTION, None),
        ("Jó hírem van: mennénk tovább a final körrel!", ReplyKind.NEXT_ROUND, None),
        ("Örömmel értesítjük, hogy pályázata alapján online interjúra hívjuk.",
         ReplyKind.NEXT_ROUND, None),
        ("Szeretnénk neked ajánlatot tenni a Data Analyst pozícióra!", ReplyKind.OFFER, None),
        ("Sajnos még nem tudok érdemi választ adni: a csapat még nem döntött.",
         ReplyKind.STILL_DECIDING, None),
        # from Tuesday 17 November: ten working days; the end of next week, not the day
        # another candidate is seen
        ("A kiválasztási folyamat még tart, ezért döntés még nem született. Döntésünkről "
         "legkésőbb 10 munkanapon belül értesítjük.", ReplyKind.STILL_DECIDING,
         date(2026, 12, 1)),
        ("Még egy jelöltet meghallgatnak csütörtökön, így döntés még nincs. Azt ígérték, hogy a "
         "jövő hét végéig döntenek.", ReplyKind.STILL_DECIDING, date(2026, 11, 27)),
        ("Még nem döntöttünk. A döntést január elején hozzuk meg.", ReplyKind.STILL_DECIDING,
         date(2027, 1, 10)),
        ("A második fordulóba jutott jelöltektől erkölcsi bizonyítványt kérünk. Ez nem jelent "
         "döntést a folyamatban.", ReplyKind.OTHER, None),
    ],
)  # fmt: skip
def test_hungarian_mail(body: str, kind: ReplyKind, when: date | None) -> None:
    assert read(body, month_first=False) == (kind, when)


# Croatian, Bulgarian and Indonesian as employers in Zagreb, Sofia and Jakarta write them (the
# hundred-and-ninetieth to ninety-second held-out sets). Counts run from Tuesday 17 November.
@pytest.mark.parametrize(
    ("body", "kind", "when"),
    [
        ("Pažljivo smo razmotrili sve pristigle prijave. Nažalost, ovaj put nismo u mogućnosti "
         "nastaviti selekcijski postupak s Vama.", ReplyKind.REJECTION, None),
        ("Nažalost, klijent se odlučio za kandidata s više iskustva i s Vama neće nastaviti "
         "postupak.", ReplyKind.REJECTION, None),
        ("Zadovoljstvo mi je obavijestiti Vas da ste prošli u završni krug selekcijskog "
         "postupka.", ReplyKind.NEXT_ROUND, None),
        ("S veseljem Vas pozivamo na drugi krug razgovora za radno mjesto Revenue Analyst.",
         ReplyKind.NEXT_ROUND, None),
        ("Klijent Učka Logistika pregledao je Vaš životopis i želi Vas upoznati!",
         ReplyKind.NEXT_ROUND, None),
        ("S velikim zadovoljstvom Vam nudimo posao na radnom mjestu Business Intelligence "
         "Specialist!", ReplyKind.OFFER, None),
        ("Selekcijski postupak još je u tijeku i odluku još nismo donijeli. Konačnu odluku "
         "donijet ćemo u roku od 10 radnih dana.", ReplyKind.STILL_DECIDING, date(2026, 12, 1)),
        ("Gospodin Lučić i ja još nismo donijeli odluku. Odluku ćemo Vam javiti do kraja idućeg "
         "tjedna.", ReplyKind.STILL_DECIDING, date(2026, 11, 27)),
        ("Još razgovaramo s kandidatima i odluku još nismo donijeli. Zbog zatvaranja godine "
         "odluka će pasti početkom siječnja.", ReplyKind.STILL_DECIDING, date(2027, 1, 10)),
        ("Odluku o drugom krugu još nemamo. Javit ćemo Vam se najkasnije do petka, 4.12.2026.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 4)),
        ("Hvala ti na prijavi za poziciju Senior Data Engineer! Javit ćemo ti se bez obzira na "
         "ishod.", ReplyKind.RECEIPT, None),
        ("Od svih kandidata koji su pozvani na razgovor tražimo uvjerenje o nekažnjavanju. Ovo je "
         "standardni korak i ne predstavlja odluku u selekcijskom postupku.", ReplyKind.OTHER,
         None),
        ("След внимателно разглеждане на всички получени кандидатури, за съжаление, не можем да "
         "продължим с Вашата кандидатура.", ReplyKind.REJECTION, None),
        ("В крайна сметка решихме да продължим с колега, който вече познава нашата платформа.",
         ReplyKind.REJECTION, None),
        ("Радвам се да Ви съобщя, че сте одобрена за втория етап от процедурата по подбор.",
         ReplyKind.NEXT_ROUND, None),
        ("Страхотни новини – минаваш на финалния етап!", ReplyKind.NEXT_ROUND, None),
        ("Нашият клиент разгледа профила Ви и желае да се запознае с Вас.", ReplyKind.NEXT_ROUND,
         None),
        ("След разговорите искаме да те поканим в екипа като Analytics Engineer! Ето основното "
         "от офертата ни.", ReplyKind.OFFER, None),
        ("Все още не сме взели решение. Ще Ви дадем отговор в рамките на 10 работни дни.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 1)),
        ("Все още не сме взели решение. Ще Ви отговорим до края на следващата седмица.",
         ReplyKind.STILL_DECIDING, date(2026, 11, 27)),
        ("Процесът продължава, но решението ще бъде взето в началото на януари.",
         ReplyKind.STILL_DECIDING, date(2027, 1, 10)),
        ("Клиентът все още не е взел решение. Очакват да решат до сряда, 23 декември.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 23)),
        ("Setelah mempertimbangkan seluruh kandidat, dengan berat hati kami sampaikan bahwa kami "
         "memutuskan untuk melanjutkan dengan kandidat lain.", ReplyKind.REJECTION, None),
        ("Mereka memutuskan untuk melanjutkan dengan kandidat internal, jadi proses Kakak di sana "
         "tidak berlanjut.", ReplyKind.REJECTION, None),
        ("Kami senang menginformasikan bahwa Anda lanjut ke tahap User Interview bersama Ms. "
         "Priya.", ReplyKind.NEXT_ROUND, None),
        ("Terima kasih telah melamar posisi ini. Kami mengundang Saudari Casey untuk mengikuti "
         "interview dengan detail sebagai berikut.", ReplyKind.NEXT_ROUND, None),
        ("Proses seleksi untuk posisi Supply Chain Analytics Lead masih berjalan. Keputusan akan "
         "kami sampaikan dalam 7 hari kerja.", ReplyKind.STILL_DECIDING, date(2026, 11, 26)),
        ("Proses seleksi masih berlangsung; keputusan baru akan diambil awal Januari.",
         ReplyKind.STILL_DECIDING, date(2027, 1, 10)),
        ("Setiap kandidat yang mengikuti interview tahap akhir diminta melengkapi dokumen: SKCK. "
         "Permintaan ini bukan merupakan keputusan akhir atas proses seleksi.", ReplyKind.OTHER,
         None),
    ],
)  # fmt: skip
def test_croatian_bulgarian_and_indonesian_mail(
    body: str, kind: ReplyKind, when: date | None
) -> None:
    assert read(body, month_first=False) == (kind, when)


# Serbian, in both its scripts, and Lithuanian (the hundred-and-ninety-third and -fourth sets).
@pytest.mark.parametrize(
    ("body", "kind", "when"),
    [
        ("Nakon pažljivog razmatranja svih prijava, odlučili smo da u ovom trenutku ne "
         "nastavimo proces selekcije sa Vama.", ReplyKind.REJECTION, None),
        ("Odlučili su se za internog kandidata, tako da u ovom procesu nažalost ne idemo dalje.",
         ReplyKind.REJECTION, None),
        ("Са задовољством Вас обавештавамо да сте ушли у други круг селекције.",
         ReplyKind.NEXT_ROUND, None),
        ("Ajde da se čujemo na pola sata, da ti ispričam šta radimo.", ReplyKind.NEXT_ROUND,
         None),
        ("Još nismo doneli odluku – ove nedelje imamo još dva razgovora. Javićemo ti se do kraja "
         "sledeće nedelje.", ReplyKind.STILL_DECIDING, date(2026, 11, 27)),
        ("Odluku o poziciji Analitičar nabavke donećemo početkom januara.",
         ReplyKind.STILL_DECIDING, date(2027, 1, 10)),
        ("Разговоре са кандидатима завршавамо почетком следеће недеље, а одлуку донећемо до 10. "
         "децембра 2026. године.", ReplyKind.STILL_DECIDING, date(2026, 12, 10)),
        ("Deja, jie nusprendė tęsti atranką su kitu kandidatu, kurio patirtis platesnė.",
         ReplyKind.REJECTION, None),
        ("Atidžiai įvertinę visas paraiškas, šį kartą Jūsų kandidatūros toliau nesvarstysime.",
         ReplyKind.REJECTION, None),
        ("Malonu pranešti, kad kviečiame Jus į baigiamąjį atrankos etapą.", ReplyKind.NEXT_ROUND,
         None),
        ("Šiuo metu dar kalbamės su keliais kandidatais, todėl sprendimo dar nepriėmėme. "
         "Sprendimą priimsime per 10 darbo dienų.", ReplyKind.STILL_DECIDING, date(2026, 12, 1)),
        ("Galutinio sprendimo kol kas nėra. Atsakymą Jums pateiksime iki kitos savaitės "
         "pabaigos.", ReplyKind.STILL_DECIDING, date(2026, 11, 27)),
        ("Dėkojame, kad pateikėte paraišką. Jei Jūsų kvalifikacija atitiks reikalavimus, "
         "susisieksime su Jumis.", ReplyKind.RECEIPT, None),
        ("Prašome atsiųsti pažymą apie teistumą. Tai standartinė procedūra ir ji nereiškia "
         "galutinio sprendimo – atranka dar vyksta.", ReplyKind.OTHER, None),
    ],
)  # fmt: skip
def test_serbian_and_lithuanian_mail(body: str, kind: ReplyKind, when: date | None) -> None:
    assert read(body, month_first=False) == (kind, when)


# Slovene and Latvian (the hundred-and-ninety-fifth and -sixth sets).
@pytest.mark.parametrize(
    ("body", "kind", "when"),
    [
        ("Po skrbnem pregledu vseh prijav smo se odločili, da bomo postopek nadaljevali z drugimi "
         "kandidati.", ReplyKind.REJECTION, None),
        ("Z veseljem vam sporočam, da ste se uvrstili v drugi krog izbora.", ReplyKind.NEXT_ROUND,
         None),
        ("Z veseljem vas vabimo na zaposlitveni razgovor, ki bo v ponedeljek.",
         ReplyKind.NEXT_ROUND, None),
        ("Z veseljem ti ponujamo zaposlitev na delovnem mestu Analytics Engineer!",
         ReplyKind.OFFER, None),
        ("Izbor še ni zaključen. Odločitev vam bomo sporočili v roku 10 delovnih dni.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 1)),
        ("Stranka se še ni odločila. Odločitev pričakujejo do konca prihodnjega tedna.",
         ReplyKind.STILL_DECIDING, date(2026, 11, 27)),
        ("Odločitev o naslednjem krogu bomo sprejeli v začetku januarja.",
         ReplyKind.STILL_DECIDING, date(2027, 1, 10)),
        ("Potrdilo o nekaznovanosti mi prosim pošljite pred razgovorom. To ni odločitev o izbiri.",
         ReplyKind.OTHER, None),
        ("Diemžēl šoreiz esam izvēlējušies citu kandidātu, kura pieredze vairāk atbilst.",
         ReplyKind.REJECTION, None),
        ("Ar prieku informēju, ka esat izvirzīta nākamajai atlases kārtai – vēlamies Jūs aicināt "
         "uz otro interviju.", ReplyKind.NEXT_ROUND, None),
        ("Mēs gribētu Tev piedāvāt Product Analyst amatu!", ReplyKind.OFFER, None),
        ("Atlase vēl nav noslēgusies. Valde lēmumu pieņems 10 darba dienu laikā.",
         ReplyKind.STILL_DECIDING, date(2026, 12, 1)),
        ("Lēmums vēl nav pieņemts. Gala lēmumu pieņemsim līdz nākamās nedēļas beigām.",
         ReplyKind.STILL_DECIDING, date(2026, 11, 27)),
        ("Atlases process vēl turpinās; lēmumu par nākamo kārtu pieņemsim janvāra sākumā.",
         ReplyKind.STILL_DECIDING, date(2027, 1, 10)),
        ("Paldies par Jūsu pieteikumu amatam. Ja Jūsu pieredze atbildīs prasībām, mēs ar Jums "
         "sazināsimies.", ReplyKind.RECEIPT, None),
    ],
)  # fmt: skip
def test_slovene_and_latvian_mail(body: str, kind: ReplyKind, when: date | None) -> None:
    assert read(body, month_first=False) == (kind, when)


def test_a_latvian_job_alert_offers_nothing() -> None:
    """ "5 jauni darba piedāvājumi" (five new job offers) from a job board is a list of ads:
    no offer, and no mail about the person's application."""
    from agent.core.replies import automated_reason

    alert = replace(
        mail("Šie ir jaunākie darba piedāvājumi atbilstoši Tavam meklējumam.", "alerts@cv.lv"),
        subject="5 jauni darba piedāvājumi: Finanšu analītiķis, Rīga",
        headers={"list-unsubscribe": "<https://cv.lv/unsubscribe>"},
    )
    assert read(alert.body, month_first=False)[0] is not ReplyKind.OFFER
    assert (automated_reason(alert) or "").startswith("mailing list")


@pytest.mark.parametrize(
    "subject",
    [
        "Izvan ureda: Potvrda dolaska",
        "Извън офиса: Re: Благодаря",
        "Sedang Cuti: Terima kasih",
        "Van kancelarije: Potvrda",
        "Ne biure: RE: Prašymas",
        "Odsotnost: RE: Zaključni razgovor",
        "Ārpus biroja: Re: Paldies",
    ],
)
def test_out_of_office_subjects_in_croatian_bulgarian_and_indonesian(subject: str) -> None:
    from agent.core.replies import automated_reason

    assert "out-of-office" in (automated_reason(replace(mail("…"), subject=subject)) or "")


def test_a_finnish_out_of_office_by_its_words_or_its_subject() -> None:
    from agent.core.replies import automated_reason

    body = "Olen koulutuksessa 9.–11.12. enkä lue sähköpostia säännöllisesti."
    assert out_of_office(mail(body)) is not None
    subject = replace(mail("Hei"), subject="Poissa toimistolta: Kutsu haastatteluun")
    assert "out-of-office" in (automated_reason(subject) or "")


def test_a_greek_out_of_office_by_its_words_or_its_subject() -> None:
    from agent.core.replies import automated_reason

    body = "Είμαι εκτός γραφείου έως και την Παρασκευή 11/12 και επιστρέφω τη Δευτέρα 14/12."
    assert out_of_office(mail(body)) is not None
    subject = replace(mail("Καλησπέρα σας"), subject="Εκτός γραφείου: Ερώτηση για τη συνάντηση")
    assert "out-of-office" in (automated_reason(subject) or "")


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Depois de muita conversa, optamos por seguir com outro(a) candidato(a).",
         ReplyKind.REJECTION),
        ("Unfortunately, we have decided not to take your application further at this time.",
         ReplyKind.REJECTION),
        ("Sadly, your application did not go through at this stage.", ReplyKind.REJECTION),
        ("Kwa masikitiko, maombi yako hayakufanikiwa katika hatua hii.", ReplyKind.REJECTION),
        # a booked round named with its day, and things to know before it, are no new round
        ("Your panel interview on Monday - a few things to know: bring your registration "
         "number.", ReplyKind.OTHER),
        ("Just a heads up before Monday's panel: please bring photo ID.", ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_rejections_and_notes_before_a_booked_round(body: str, kind: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # "not yet an acceptance" beside an invitation to a second interview; an acceptance
        ("Wir würden Sie gern zu einem zweiten Gespräch einladen. Eine Zusage ist das "
         "natürlich noch nicht.", ReplyKind.NEXT_ROUND),
        ("Wir freuen uns, Ihnen heute die Zusage für die Stelle geben zu können.",
         ReplyKind.OFFER),
        # Taglish, Mexican Spanish
        ("Just a quick update: wala pa kaming final decision. Babalikan kita agad.",
         ReplyKind.STILL_DECIDING),
        ("Te proponemos una entrevista con nuestro director editorial. ¿Te acomoda el horario?",
         ReplyKind.NEXT_ROUND),
        # practical information for a booked interview is no decision
        ("Seguem algumas informações para a entrevista de quarta-feira, dia 25.", ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_acceptances_said_not_to_be_and_more_languages(body: str, kind: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # Chinese, simplified and traditional
        ("很遗憾地通知您，您本次暂未通过该岗位的面试。", ReplyKind.REJECTION),
        ("您目前的背景与该岗位的要求暂不匹配，本次无法进入下一轮面试。", ReplyKind.REJECTION),
        ("經主管審慎評估後，很遺憾這次未能錄取您。", ReplyKind.REJECTION),
        ("很高兴通知您，您已通过一面。我们想邀请您参加二面。", ReplyKind.NEXT_ROUND),
        ("二面的部分還在討論中，目前還沒有最後決定。", ReplyKind.STILL_DECIDING),
        ("面試官仍在面見其他候選人，暫時未有結果。", ReplyKind.STILL_DECIDING),
        # Korean: still deciding while others have their rounds; tomorrow's round's details
        ("같은 포지션의 2차 면접이 이번 주까지 남아 있어 아직 최종 결정이 나지 않았습니다.",
         ReplyKind.STILL_DECIDING),
        ("내일(26일) 2차 면접 관련해 몇 가지 안내드립니다.", ReplyKind.OTHER),
        # Thai
        ("คุณสมบัติของท่านยังไม่ตรงกับความต้องการของตำแหน่งงานในขณะนี้", ReplyKind.REJECTION),
        ("ขณะนี้ทีมยังอยู่ระหว่างพิจารณาผู้สมัครรอบสุดท้าย และยังไม่ได้ข้อสรุปค่ะ",
         ReplyKind.STILL_DECIDING),
        # Québec French, Peruvian Spanish
        ("On aimerait passer à la dernière étape : une rencontre en personne. Ce n'est pas "
         "encore une offre.", ReplyKind.NEXT_ROUND),
        ("El siguiente paso es una evaluación técnica en línea.", ReplyKind.NEXT_ROUND),
        ("El equipo decidió continuar con otro(a) candidato(a).", ReplyKind.REJECTION),
    ],
)  # fmt: skip
def test_replies_in_chinese_korean_thai_and_more(body: str, kind: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is kind


def test_next_steps_that_wait_on_other_rounds_are_no_next_round() -> None:
    body = (
        "Likewise! I'm passing my notes to our recruiter, who'll be in touch about next steps "
        "once we've finished the rest of the first-round calls."
    )
    assert read(body)[0] is not ReplyKind.NEXT_ROUND


def test_a_brazilian_company_is_named_without_its_ltda() -> None:
    from agent.core.senders import company_key

    assert company_key("Manguezal Tecnologia Ltda.") == "manguezal tecnologia"


@pytest.mark.parametrize(
    "name",
    ["Dhow Harbour Airways Q.C.S.C.", "Dhow Harbour Airways PJSC", "Dhow Harbour Airways W.L.L.",
     "Dhow Harbour Airways B.S.C. (c)", "Dhow Harbour Airways FZ-LLC",
     "Dhow Harbour Airways Zrt.", "Dhow Harbour Airways, s.r.o.", "Dhow Harbour Airways a.s.",
     "Dhow Harbour Airways sp. z o.o."],
)  # fmt: skip
def test_a_gulf_company_is_named_without_its_legal_form(name: str) -> None:
    from agent.core.senders import company_key

    assert company_key(name) == "dhow harbour airways"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("We hebben alle kandidaten besproken en besloten om niet met jou verder te gaan.",
         ReplyKind.REJECTION),
        ("Linnea träffar två kandidater till innan vi bestämmer oss, så besked kommer nästa "
         "vecka.", ReplyKind.STILL_DECIDING),
    ],
)  # fmt: skip
def test_dutch_and_swedish_replies_in_more_words(body: str, kind: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # a post offered to someone else, said with "it"
        ("We won't be offering you the maternity-cover contract; we've offered it to a "
         "candidate from our own bank staff.", ReplyKind.REJECTION),
        # a round added for others, the person told it is not for them
        ("We've added a third round for a few of the candidates (not you, we have what we "
         "need). I'll call you with the outcome on Friday.", ReplyKind.STILL_DECIDING),
        # Norwegian and Danish "we haven't decided yet"
        ("Vi har ikke bestemt oss ennå, og du får svar innen jul.", ReplyKind.STILL_DECIDING),
        ("Vi har ikke besluttet os endnu.", ReplyKind.STILL_DECIDING),
        # Mexican invitation to an interview on site
        ("Te invitamos a una entrevista presencial con la coordinadora el martes a las 9:00.",
         ReplyKind.NEXT_ROUND),
    ],
)  # fmt: skip
def test_replies_from_schools_clinics_and_councils(body: str, kind: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is kind


def test_referees_asked_of_everyone_interviewed_are_no_next_round() -> None:
    routine = (
        "The panel is now collecting referee details from everyone it interviewed. Please "
        "note that a request for references does not mean that you have been successful."
    )
    assert read(routine, month_first=False)[0] is ReplyKind.OTHER
    asked = "The panel would like to contact two referees before making a decision."
    assert read(asked, month_first=False)[0] is ReplyKind.NEXT_ROUND


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("We'd love for you to join Harbourline Data as a Data Scientist II, and Shanice will send "
         "the formal letter tonight.", ReplyKind.OFFER),
        # Hebrew "you have passed to the next stage", and an English line "just in case:"
        ("שמחים לעדכן שעברת לשלב הבא בתהליך!", ReplyKind.NEXT_ROUND),
        ("(In English, just in case: you've moved to the next round.)", ReplyKind.NEXT_ROUND),
        ("They'd like to take you through to stage 2, on Wednesday with the director.",
         ReplyKind.NEXT_ROUND),
        # a round for the person, said after thanks for the last one
        ("The team was really happy with Thursday's interview and want to get you out to site "
         "for the second stage.", ReplyKind.NEXT_ROUND),
        # Czech, Danish, Dutch and French: rejected, or not decided yet
        ("Po pečlivém zvážení jsme se rozhodli s Vámi dále nepokračovat.", ReplyKind.REJECTION),
        ("Vi må desværre meddele, at vi ikke går videre med dit kandidatur.", ReplyKind.REJECTION),
        ("Rozhodnutí zatím nepadlo, příští týden máme ještě jeden pohovor.",
         ReplyKind.STILL_DECIDING),
        ("Vi er ikke færdige med samtalerne, og vi har derfor ikke besluttet os.",
         ReplyKind.STILL_DECIDING),
        ("Ze hebben nog geen definitieve keuze gemaakt.", ReplyKind.STILL_DECIDING),
        ("Aucune décision n'a encore été prise pour le poste.", ReplyKind.STILL_DECIDING),
        # Polish and Portuguese receipts: "oferta pracy" is the advert; "caso" is "if"
        ("Dziękujemy za zainteresowanie ofertą pracy w naszej spółce. Potwierdzamy otrzymanie "
         "Pani/Pana aplikacji.", ReplyKind.RECEIPT),
        ("Recebemos sua candidatura. Caso você avance para a próxima etapa, entraremos em "
         "contato.", ReplyKind.RECEIPT),
        ("Thank you for your application. Shortlisted applicants will be contacted to arrange an "
         "interview.", ReplyKind.RECEIPT),
        # the recruiter's own thanks after a call, with a round that comes later
        ("Thanks for chatting this morning. Shortlisting for panel interviews won't happen until "
         "after the position closes, but I'll let you know how you go.",
         ReplyKind.ACKNOWLEDGEMENT),
    ],
)  # fmt: skip
def test_replies_in_finance_engineering_and_public_service(body: str, kind: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is kind


@pytest.mark.parametrize(
    "body",
    [
        "Could you send two references by Tuesday? This doesn't mean a decision has been made "
        "one way or the other.",
        "¿Me podrías mandar copia de tu título y el contacto de dos referencias laborales?\n\nNo "
        "significa que ya esté tomada la decisión.",
        "Aşağıdaki belgeleri 8 Aralık'a kadar iletmenizi rica ederiz. Bu talep, olumlu bir karar "
        "verildiği anlamına gelmemektedir; değerlendirmeler devam etmektedir.",
    ],
)
def test_a_request_made_of_every_candidate_is_the_persons_to_read(body: str) -> None:
    assert read(body, month_first=False) == (ReplyKind.OTHER, None)


def test_a_platforms_link_for_a_round_already_booked_is_no_new_round() -> None:
    prep = (
        "Ahead of your technical screen on Tuesday: the HackerRank CodePair link is in the "
        "invite. Open it once beforehand to check your browser."
    )
    assert read(prep)[0] is ReplyKind.OTHER
    assert read("Next, please complete the HackerRank test by Friday.")[0] is ReplyKind.NEXT_ROUND


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("I shared my notes with our Director of Product, and she'd like to meet you. She's "
         "proposed Tuesday at 1:00 PM for an hour.", ReplyKind.NEXT_ROUND),
        ("The debrief hasn't happened yet, so I don't have anything to share. I'll reach out as "
         "soon as I do.", ReplyKind.STILL_DECIDING),
        ("Thanks a million for that, and for the work you put into the case study. We'll have a "
         "chat during the week and she'll be back to you.", ReplyKind.ACKNOWLEDGEMENT),
        ("They mentioned the accessibility case study went over well. We have two more "
         "conversations next week, so no decision has been made yet.", ReplyKind.STILL_DECIDING),
        ("Thank you for the effort you put into the second stage. I'm sorry to tell you that "
         "the panel has decided to appoint another candidate.", ReplyKind.REJECTION),
        ("Nous avons le plaisir de vous proposer un second entretien. Cela ne constitue pas une "
         "promesse d'embauche.", ReplyKind.NEXT_ROUND),
        ("The panel hasn't made a decision yet. The remaining candidate has had to move their "
         "second stage interview to Monday. We aim to let everyone who attended second stage "
         "know the outcome soon.", ReplyKind.STILL_DECIDING),
    ],
)  # fmt: skip
def test_replies_from_product_teams_councils_and_trusts(body: str, kind: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is kind


@pytest.mark.parametrize(
    "body",
    [
        "We are asking each of the finalists for three references and to sign the background "
        "check authorization.\n\nThis request does not mean that a hiring decision has been made.",
        "For the further process we kindly ask you to send us your references.\n\nPlease note "
        "that this is not yet a commitment.",
        "The panel has asked us to take up references for the candidates still in the process. "
        "Please don't read this as an offer.",
    ],
)
def test_more_requests_made_of_every_finalist(body: str) -> None:
    assert read(body, month_first=False) == (ReplyKind.OTHER, None)


def test_a_colleague_on_leave_does_not_make_a_reply_an_out_of_office() -> None:
    from agent.core.replies import out_of_office

    colleague = mail(
        "On n'a pas encore pris de décision : Mathieu est en congé jusqu'à lundi. On devrait te "
        "revenir d'ici le vendredi 11 décembre."
    )
    assert out_of_office(colleague) is None
    assert out_of_office(mail("Je suis en congé jusqu'au 30 novembre.")) is not None


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Queremos avanzar con vos a la instancia final con Agustina, nuestra Engineering "
         "Manager. Te aclaro que no es una oferta todavía.", ReplyKind.NEXT_ROUND),
        ("El cliente quedó re contento con la entrevista y quiere una 2da, ahora con el gerente "
         "general. Ojo que todavía no hay nada decidido.", ReplyKind.NEXT_ROUND),
        ("Depois de conversar com os outros candidatos, optamos por seguir com uma pessoa que já "
         "atende grandes redes varejistas.", ReplyKind.REJECTION),
        ("Estado: No seleccionado. En esta ocasión tu perfil no fue seleccionado para continuar.",
         ReplyKind.REJECTION),
        ("¡Hola! Tu postulación fue enviada a: Gerente de Ventas. La empresa revisará tu CV.",
         ReplyKind.RECEIPT),
        ("Antes de su llamada del lunes, ¿nos podrías compartir tu CV actualizado y tu "
         "expectativa de sueldo?", ReplyKind.OTHER),
        ("Você consegue me enviar o contato de duas referências até sexta? Estamos pedindo isso "
         "para as duas pessoas finalistas, então não significa que já houve uma decisão.",
         ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_replies_from_latin_america(body: str, kind: ReplyKind) -> None:
    assert read(body, month_first=False)[0] is kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("We are pleased to inform you that you have been placed on the eligibility list. You "
         "are invited to an oral board interview on Tuesday at 9:30 a.m.", ReplyKind.NEXT_ROUND),
        ("They loved your phone screen and want you down in Springfield next Wednesday at 2. "
         "Nothing's decided yet.", ReplyKind.NEXT_ROUND),
        ("We have determined that other candidates more closely meet the needs of the "
         "department, and you will not be invited to the interview stage.", ReplyKind.REJECTION),
        ("Before Monday, would you mind sending over your salary expectations and letting me know "
         "whether you'd need flexibility on hours?", ReplyKind.OTHER),
    ],
)  # fmt: skip
def test_replies_from_government_boards_and_agencies(body: str, kind: ReplyKind) -> None:
    assert read(body)[0] is kind


@pytest.mark.parametrize(
    "body",
    [
        "Could you send me the details of two referees by Monday?\n\nPlease don't read anything "
        "into this either way – we ask everyone at this stage, and it doesn't mean a decision "
        "has been made.",
        "Could you please confirm two referees by Thursday?\n\nPlease note that this request "
        "does not indicate the outcome of the selection process.",
        "Could you kindly provide your expected salary and notice period by Tuesday? Please note "
        "this is a standard request for all shortlisted candidates.",
    ],
)
def test_requests_made_of_every_candidate_in_australia_and_singapore(body: str) -> None:
    assert read(body, month_first=False)[0] is ReplyKind.OTHER


def test_a_quebec_second_interview() -> None:
    body = (
        "Nous aimerions vous rencontrer à nouveau pour une deuxième entrevue. Je précise que ce "
        "n'est pas une offre et qu'aucune décision n'a encore été prise."
    )
    assert read(body, month_first=False)[0] is ReplyKind.NEXT_ROUND


def test_a_company_with_accents_is_named_by_its_domain_label() -> None:
    from agent.core.senders import names_in

    assert names_in("Your application to Lánchíd Pay", {"lanchidpay"}) == {"lanchidpay"}
    assert names_in("Petřín Robotics Hiring Team", {"petrin robotics"}) == {"petrin robotics"}
