"""Invites and mail as employers, agencies and systems in Québec write them.

Shapes (our own wording, after what these senders really use): Workday's bilingual
"Entrevue / Interview" from a bank's tenant; a university's and a ministry's selection
committee, their names signed in sentence case; a health network's directory tagging each
name "(CIUSSS SOIM)"; an agency's "mon client"; Zoom's French copy with its "Comité :";
a webinar on how to succeed at interviews; a careers day with "entrevues éclair"; French
rejections, waits, receipts and convocations as Québec writes them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from zoneinfo import ZoneInfo

import pytest

from agent.core.detect import to_interview
from agent.core.model import Attendee, CalendarEvent, ReplyKind
from agent.core.verdict import Outcome, judge
from tests.builders import CASEY, CASEY_RULES, invite, invite_to_casey, reply_reading

ME, RULES = CASEY.email, CASEY_RULES
MONTREAL = ZoneInfo("America/Toronto")
START = datetime(2026, 12, 8, 18, 30, tzinfo=UTC)
event = partial(invite_to_casey, start=START)


def read(ev: CalendarEvent) -> tuple[str, str, list[str]]:
    got = to_interview(ev, ME, MONTREAL, RULES, "")
    return got.company, got.role, sorted(p.name for p in got.interviewers)


@pytest.mark.parametrize(
    ("ev", "company"),
    [
        (event("Entrevue téléphonique – Analyste principal(e), Trésorerie – Casey Candidate",
               organizer="myriam.gagne@sqci.example", organizer_name="Gagné, Myriam",
               description="Cordialement,\nMyriam Gagné, CRHA\nConseillère principale\n"
               "Société québécoise du crédit industriel"),
         "Société québécoise du crédit industriel"),
        (event("Entrevue de sélection – Économiste (105MDMT26-0219) – Casey Candidate",
               organizer="raphael.beaulieu@mdmt.example", organizer_name="Beaulieu, Raphaël",
               description="Emploi : Économiste – analyse du marché du travail (agente ou agent "
               "de recherche et de planification socioéconomique)\n\nRaphaël Beaulieu\n"
               "Ministère de la Démographie et du Marché du travail"),
         "Ministère de la Démographie et du Marché du travail"),
        (event("Entrevue – Analyste en planification budgétaire – Casey Candidate",
               organizer="isabelle.dufresne@ubellerive.example",
               organizer_name="Dufresne, Isabelle",
               description="Isabelle Dufresne\nConseillère en dotation\nUniversité de Bellerive"),
         "Université de Bellerive"),
        (event("Entrevue – APPR (DQEPE) – SOIM-26-3381 – Casey Candidate",
               Attendee("kevin.trudel@ssss.example", "Kevin Trudel-Mbeki (CIUSSS SOIM)"),
               organizer="elodie.vaillancourt@ssss.example",
               organizer_name="Élodie Vaillancourt (CIUSSS SOIM)"),
         "CIUSSS SOIM"),
        (event("Entrevue chez Distributions Contrecoeur – Analyste des opérations – Casey",
               organizer="valerie.poitras@marcilrecrutement.example",
               organizer_name="Valérie Poitras",
               description="voici les détails de votre entrevue avec mon client, Distributions "
               "Contrecoeur inc., pour le poste d'Analyste des opérations."),
         "Distributions Contrecoeur"),
        (event("Entrevue / Interview : R-0048213 Analyste principal(e), Risque de crédit "
               "commercial / Senior Analyst, Commercial Credit Risk",
               organizer="fleurimont@myworkday.com", organizer_name="Banque Fleurimont du Canada",
               description="Merci de l'intérêt que vous portez au poste d'Analyste principal(e) "
               "à la Banque Fleurimont du Canada."),
         "Banque Fleurimont du Canada"),
    ],
)  # fmt: skip
def test_employers_as_quebec_writes_them(ev: CalendarEvent, company: str) -> None:
    assert read(ev)[0] == company


def test_roles_and_panels_in_french() -> None:
    ev = event(
        "Entrevue – APPR (DQEPE) – SOIM-26-3381 – Casey Candidate",
        organizer="elodie@ssss.example",
        description="voici la convocation à votre entrevue pour le poste d'agente ou agent de "
        "planification, de programmation et de recherche (APPR) à la Direction de la qualité.",
    )
    assert read(ev)[1] == (
        "agente ou agent de planification, de programmation et de recherche (APPR)"
    )
    mdmt = event(
        "Entrevue de sélection – Économiste – Casey Candidate",
        organizer="raphael@mdmt.example",
        description="Emploi : Économiste – analyse du marché du travail (agente ou agent de "
        "recherche et de planification socioéconomique)\n\nRaphaël Beaulieu\n"
        "Ministère de la Démographie et du Marché du travail",
    )
    assert read(mdmt)[1] == "Économiste – analyse du marché du travail"
    zoom = invite(
        "Assurances Rive-Boisée – Entrevue – Analyste, Tarification auto (Casey Candidate)",
        start=START,
        description="Audrey-Anne Charest vous invite à une réunion Zoom programmée.\n"
        "Comité : Audrey-Anne Charest (directrice, Tarification automobile), Bruno Lespérance "
        "(actuaire principal)\n",
    )
    assert read(zoom)[2] == ["Audrey-Anne Charest", "Bruno Lespérance"]
    titled = event(
        "Placements Sainte-Hélène | Analyst, Total Portfolio Performance | Hiring Manager "
        "Interview",
        Attendee("thomas.kirouac@psh.example", "Thomas Kirouac"),
        organizer="maude@psh.example",
        description="Interviewer: Thomas Kirouac, Director, Total Portfolio Performance & "
        "Attribution\n",
    )
    assert read(titled)[1:] == ("Analyst, Total Portfolio Performance", ["Thomas Kirouac"])


def test_advice_on_interviews_and_a_careers_day() -> None:
    webinar = invite(
        "Réussir son entrevue dans la fonction publique québécoise",
        start=START,
        description="Merci de votre inscription.",
    )
    assert judge(webinar, ME, RULES).outcome is Outcome.NOT
    day = invite(
        "Journée carrières – Finances, actuariat et analytique | Mutuelle Terrebonne",
        start=START,
        description="Certains gestionnaires pourraient mener de courtes entrevues éclair sur "
        "place pour des postes ciblés.",
    )
    assert judge(day, ME, RULES).outcome is Outcome.MAYBE


def kind(body: str) -> ReplyKind:
    return reply_reading(body, "Votre candidature")[0]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Après beaucoup de discussion, l'équipe a décidé d'aller de l'avant avec une autre "
         "personne.", ReplyKind.REJECTION),
        ("Après une évaluation attentive, nous avons choisi de poursuivre avec une personne dont "
         "le profil correspond davantage aux besoins actuels de l'équipe.", ReplyKind.REJECTION),
        ("J'ai décidé d'aller de l'avant avec un candidat qui a déjà de l'expérience en "
         "répartition.", ReplyKind.REJECTION),
        ("Nous confirmons la réception de votre candidature à l'offre d'emploi suivante : "
         "Économiste. Si votre candidature est retenue, le ministère communiquera avec vous.",
         ReplyKind.RECEIPT),
        ("Votre candidature a été retenue pour la prochaine étape du processus de sélection. "
         "Vous êtes convoqué(e) à une entrevue de sélection le vendredi 18 décembre 2026 à "
         "9 h 30. Merci de confirmer votre présence d'ici le jeudi 10 décembre. La réussite de "
         "l'entrevue ne constitue pas une offre d'emploi.", ReplyKind.NEXT_ROUND),
        ("On t'offre le poste de Ops & Finance Lead chez Virgule. On aimerait avoir ta réponse "
         "d'ici le vendredi 18 décembre.", ReplyKind.OFFER),
        ("Nous poursuivons les entrevues jusqu'à la mi-décembre. Je ne peux pas encore vous "
         "donner de date précise pour la décision.", ReplyKind.STILL_DECIDING),
    ],
)  # fmt: skip
def test_quebec_mail(body: str, expected: ReplyKind) -> None:
    assert kind(body) is expected
