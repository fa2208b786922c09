"""Invites and mail as employers in Recife, Luxembourg, Bordeaux, Lima, Ghent, Montevideo,
Basel and Cape Town write them.

Shapes (our own wording, after what these senders use): panels named in Brazilian,
Peruvian, French and German prose ("A conversa vai ser comigo e com ...", "Conversaremos yo
y ...", "L'entretien sera mené par moi-même et par ma consœur ...", "Das Gespräch führe ich
gemeinsam mit ..."), a state's "banca examinadora será composta por", the person's own notes
of calls ("me liga", "me rappelle", "Me llama ... de Selección"), a headhunter's "Reunião
TIE" and its client "nossa cliente", a public employment service's "l'employeur ...",
booking questions in Portuguese and French, juries and panels the person sits on, job fairs
with chats at the stands; mail inviting, relaying a client's no or offer, and decision dates
around a colleague's travels, others' interviews and a local holiday.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent import mime
from agent.core.dates import find_date
from agent.core.detect import to_interview
from agent.core.domains import company_from_domain
from agent.core.employer import shared_names
from agent.core.model import Attendee, ReplyKind
from agent.core.names import clean_name, greeting_of
from agent.core.replies import Contacts, match_application
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
START = datetime(2026, 12, 14, 12, 30, tzinfo=UTC)
RECIFE = ZoneInfo("America/Recife")


def read(event):  # type: ignore[no-untyped-def]
    return to_interview(event, ME, RECIFE, RULES, "")


# --------------------------------------------------------------------------- who interviews


@pytest.mark.parametrize(
    ("description", "names"),
    [
        ("Segue o convite para a segunda entrevista. A conversa vai ser comigo e com a nossa "
         "Diretora de Operações, Sandra Tavares Aragão. Traga uma proposta curta.",
         ["Sandra Tavares Aragão", "Someone"]),
        ("Você vai conversar com o Gerente de Operação e Manutenção, Roberto Cordeiro, e com a "
         "Coordenadora de Performance, Ísis Maranhão. Eu não vou participar.",
         ["Roberto Cordeiro", "Ísis Maranhão"]),
        ("A banca examinadora será composta por Prof. Dr. Gilberto Farias Neto (presidente), "
         "Sra. Mônica Accioly Ramalho (Gerente de Governança de Dados) e Sr. Alexandre Queiroz "
         "Lima (Superintendente de Tecnologia). Informo que atuo apenas como secretária da "
         "comissão e não integro a banca examinadora.",
         ["Alexandre Queiroz Lima", "Gilberto Farias Neto", "Mônica Accioly Ramalho"]),
        ("Je souhaiterais vous rencontrer pour un entretien final. L'entretien sera mené par "
         "moi-même et par ma consœur Nathalie Feltgen, Partner Asset Management ; comptez "
         "environ une heure.", ["Nathalie Feltgen", "Someone"]),
        ("Comme convenu, voici l'invitation pour ton entretien. On sera moi et Thibault Lejeune, "
         "notre CTO. Compte 45 minutes.", ["Someone", "Thibault Lejeune"]),
        ("Je vous propose de nous retrouver au chai. Nous serons deux : mon père, Henri "
         "Lestonnac, gérant de la maison, et moi-même.", ["Henri Lestonnac", "Someone"]),
        ("Vous serez reçue par M. Jean-Marc Lacoste, Directeur Industriel, et par Mme Nadia "
         "Ouali, DRH. Je ne serai pas présent à cet entretien.",
         ["Jean-Marc Lacoste", "Nadia Ouali"]),
        ("Das Gespräch führe ich gemeinsam mit unserem Geschäftsführer, Herrn Andreas "
         "Kowalski; er schaltet sich per Teams aus Saarbrücken zu.",
         ["Andreas Kowalski", "Someone"]),
        ("Te espero para la segunda entrevista. Conversaremos yo y nuestro Gerente Comercial, "
         "Víctor Hugo Salazar Arbulú; queremos que nos cuentes tu plan.",
         ["Someone", "Víctor Hugo Salazar Arbulú"]),
        ("Te entrevistarán el Ing. Martín Loayza Effio, Gerente de Operaciones, y la Srta. "
         "Fiorella Castañeda Ruiz, Jefa de Mejora Continua. Yo no participaré en la entrevista.",
         ["Fiorella Castañeda Ruiz", "Martín Loayza Effio"]),
        ("Le confirmo la instancia final. Nos reuniremos con la Ec. Mariela Dalmao, Gerenta de "
         "Riesgos, y conmigo.", ["Mariela Dalmao", "Someone"]),
        ("La entrevista la hacemos con el Ing. Rodolfo Burgueño, Gerente de Planta, y yo.",
         ["Rodolfo Burgueño", "Someone"]),
        ("Te van a entrevistar el Ing. Agr. Marcos Sarasola, Gerente Industrial, y la Cra. "
         "Silvina Arrospide, Jefa de Costos. Yo no voy a estar en la entrevista.",
         ["Marcos Sarasola", "Silvina Arrospide"]),
        ("El Tribunal estará integrado por el Ing. Sebastián Varela Mendiola (Presidente), la "
         "Lic. Andrea Cardozo y el A/S Pablo Giménez (delegado de los funcionarios). La suscrita "
         "no integra el Tribunal.",
         ["Andrea Cardozo", "Pablo Giménez", "Sebastián Varela Mendiola"]),
        ("Sie treffen Herrn Dr. Felix Brodbeck, Leiter Produktion, und Frau Monika Hasler, HR "
         "Business Partner. Ich selbst werde nicht am Gespräch teilnehmen.",
         ["Felix Brodbeck", "Monika Hasler"]),
        ("Sie treffen dabei mich und unseren unbeschränkt haftenden Teilhaber, Herrn Dr. "
         "Christoph Iselin.", ["Christoph Iselin", "Someone"]),
        ("Das Auswahlgremium setzt sich zusammen aus:\n- Herrn Dr. Matthias Schneeberger, Leiter "
         "Fachstelle Datenmanagement\n- Herrn Daniel Thommen, Leiter Human Resources\nIch selbst "
         "gehöre dem Auswahlgremium nicht an.", ["Daniel Thommen", "Matthias Schneeberger"]),
        ("Vous serez reçue par M. Laurent Ehrhart et par Mme Isabelle Wenger, directrice du site. "
         "Je ne participerai pas moi-même à l'entretien.", ["Isabelle Wenger", "Laurent Ehrhart"]),
        ("Ze strony Spółki w spotkaniu uczestniczyć będą:\n- Stanisław Woźniczka – Prezes "
         "Zarządu,\n- Alicja Brzezińska-Lis – Członek Zarządu ds. Finansowych.\nJa nie będę "
         "obecny na spotkaniu.", ["Alicja Brzezińska-Lis", "Stanisław Woźniczka"]),
        ("Komisja rekrutacyjna w składzie:\n1. Wojciech Sroka – Zastępca Dyrektora Wydziału, "
         "przewodniczący komisji,\n2. Iwona Kulig-Dyrda – Kierownik Referatu.\nInformuję, że "
         "pełnię funkcję sekretarza komisji i nie wchodzę w jej skład.",
         ["Iwona Kulig-Dyrda", "Wojciech Sroka"]),
        ("wrzucam zaproszenie na rozmowę techniczną. Rozmawiać będą z Tobą:\n- Bartek "
         "Czajkowski (Lead Data Analyst)\n- Kinga Wawrzyniak (Live Ops Producer)\nMnie nie "
         "będzie na callu, ale w razie czego pisz śmiało.",
         ["Bartek Czajkowski", "Kinga Wawrzyniak"]),
        # a Finnish headhunter's client, posts in lower case before each name
        ("Asiakkaan puolelta tapaamiseen osallistuvat toimitusjohtaja Kari Laaksonen ja "
         "talousjohtaja Mervi Ojala. Minä en osallistu tapaamiseen.",
         ["Kari Laaksonen", "Mervi Ojala"]),
        # a British agency's client, the office after the names
        ("You'll be meeting Andrew Dalgleish (Pricing Manager) and Lesley Kidd (Head of Pricing) "
         "at Ferrytoll's office in South Queensferry – ask for Andrew at reception. I won't be "
         "there myself.", ["Andrew Dalgleish", "Lesley Kidd"]),
        # a Romanian public competition's committee and its secretary, an agency's "Cu cine:"
        ("Comisia de concurs este formată din:\n- dl. Dan Georgescu – director, Direcția Sisteme "
         "Informatice – președinte\n- dna. Carmen Stan – șef serviciu – membru\n\nSubsemnata "
         "îndeplinesc doar funcția de secretar al comisiei de concurs și nu fac parte din comisie.",
         ["Carmen Stan", "Dan Georgescu"]),
        ("Îți confirm interviul cu clientul nostru.\nCu cine: Cătălin Vlad (Finance Controlling "
         "Manager) și Diana Mocanu (HR Manager).\nEu nu voi fi prezentă la interviu.",
         ["Cătălin Vlad", "Diana Mocanu"]),
        # a council's panel, the chair's team with "&" in it
        ("Your interview panel will be Douglas Anderson, Service Manager – Performance & "
         "Improvement (Chair), Gillian Reid, Team Leader – Corporate Performance, and Sandra "
         "Munro, HR Adviser. I will meet you at reception – I am not part of the panel.",
         ["Douglas Anderson", "Gillian Reid", "Sandra Munro"]),
    ],
)  # fmt: skip
def test_panels_named_in_prose(description: str, names: list[str]) -> None:
    event = invite_from("Entrevista – Casey Candidate", "boss@firm.example", description,
                        start=START)  # fmt: skip
    assert interviewer_names(event) == names


@pytest.mark.parametrize(
    ("description", "names"),
    [
        ("Entrevista vaga Analista de Logística e Dados – com o Sr. Rivaldo Santana (Diretor de "
         "Operações) e a Sra. Aline Cabral (RH). Ter em mãos um exemplo.\n\nAline Cabral está "
         "convidando você para uma reunião Zoom agendada.\n", ["Aline Cabral", "Rivaldo Santana"]),
        ("Entretien avec M. Gilles Wagner (Directeur des opérations) et Mme Sandra Pereira "
         "(Responsable RH) – poste Responsable Planification Transport, site Eurohub Sud. "
         "Préparer un exemple.\n", ["Gilles Wagner", "Sandra Pereira"]),
        ("Entretien pour le poste de Responsable Planification Transport (H/F) chez Garonne "
         "Maritime Logistique, avec M. Laurent Sabatier (Directeur d'exploitation) et Mme "
         "Coralie Nogues (Ressources Humaines).\n", ["Coralie Nogues", "Laurent Sabatier"]),
        ("Entrevista con el Sr. Rodrigo Chávez Málaga (Maestro Cervecero) y la Sra. Cynthia "
         "Olaechea (Jefa de Talento y Cultura).\n", ["Cynthia Olaechea", "Rodrigo Chávez Málaga"]),
        ("Entrevista Analista de Operaciones y Datos (Terminal Punta Sayago). Participan: Diego "
         "Ferreira (Gerente de Operaciones) y Mónica Acosta (RR.HH.). Tener a mano ejemplos.\n",
         ["Diego Ferreira", "Mónica Acosta"]),
        ("Gespräch mit Hr. Beat Nussbaumer (Leiter Operations Rheinhafen) und Fr. Sandra "
         "Tschudin (HR). Beispiel bereithalten.\n", ["Beat Nussbaumer", "Sandra Tschudin"]),
        ("Interjúztatók: Orbán Judit (logisztikai igazgató) és Major Dániel (BI csoportvezető).\n"
         "\nSomló Logisztika Kft. meghívja Önt egy ütemezett Zoom-értekezletre.\n",
         ["Major Dániel", "Orbán Judit"]),
        ("Interviu tehnic pentru poziția BI Developer. Intervievează: Horațiu Pop (Delivery "
         "Manager) și Ramona Sabău (Tech Lead BI).\n\nSomeș Soft vă invită la o întâlnire Zoom "
         "programată.\n", ["Horațiu Pop", "Ramona Sabău"]),
        ("Interview – Commercial Data Analyst – with Hamish Urquhart (Commercial Director) and "
         "Isla Robertson (Finance Business Partner). Have the dashboard example ready.\n\n"
         "Elspeth Laird is inviting you to a scheduled Zoom meeting.\n",
         ["Hamish Urquhart", "Isla Robertson"]),
    ],
)  # fmt: skip
def test_a_line_typed_above_zooms_text(description: str, names: list[str]) -> None:
    assert interviewer_names(invite("Entrevista", start=START, description=description)) == names


def test_a_post_with_and_in_it_names_nobody() -> None:
    event = invite_from(
        "Entrevista – Analista de Dados Assistenciais (Casey Candidate)", "lu@hosp.example",
        "A entrevista será conduzida por mim e pela Dra. Helena Vasconcelos, Gerente de "
        "Qualidade e Segurança do Paciente.", start=START,
    )  # fmt: skip
    assert interviewer_names(event) == ["Helena Vasconcelos", "Someone"]


def test_exchanges_title_after_the_name_is_greeted_by_the_given_name() -> None:
    assert clean_name("Möller Katrin Dr.") == "Dr. Katrin Möller"
    assert greeting_of(clean_name("Möller Katrin Dr."), "k.moeller@saar.example") == "Katrin"


@pytest.mark.parametrize(
    ("title", "description", "company", "role", "names"),
    [
        ("Ligação Boa Praça (RH)",
         "Joelma Freitas do RH me liga no celular. Vaga: Analista de BI, sede em Piedade.\n"
         "Perguntar: CLT ou PJ?", "Boa Praça", "Analista de BI", ["Joelma Freitas"]),
        ("Appel Transgironde (RH)",
         "Marion Labadie (RH Transgironde) me rappelle sur le portable – candidature Indeed, "
         "poste Analyste Flux Logistiques, plateforme d'Ambarès.\nDemander : horaires.",
         "Transgironde", "Analyste Flux Logistiques", ["Marion Labadie"]),
        ("Appel RH Lorraine Aciers Services (Thionville)",
         "M. Julien Marchal (RRH) m'appelle sur le portable. Poste : Contrôleur de gestion "
         "industriel, usine de Thionville-Illange. Statut cadre.", "Lorraine Aciers Services",
         "Contrôleur de gestion industriel", ["Julien Marchal"]),
        ("Llamada Boticas Huacachina (RR.HH.)",
         "Me llama Yessenia Palomino de Selección al celular. Puesto: Analista de Inteligencia "
         "Comercial (oficina en Surco).", "Boticas Huacachina",
         "Analista de Inteligencia Comercial", ["Yessenia Palomino"]),
        ("Tel. Meetjesland Zuivel (HR)",
         "Ann Maes (HR) belt me op gsm. Vacature Supply Planner, site Eeklo.\nVragen: "
         "maaltijdcheques.", "Meetjesland Zuivel", "Supply Planner", ["Ann Maes"]),
        ("Telefon – Lumea BPO (HR)",
         "Dzwoni p. Justyna Pławecka z HR Lumea BPO (biuro na Ruczaju). Stanowisko: Team Leader "
         "Accounts Payable (PL/EN), zespół 9 osób, klient skandynawski.", "Lumea BPO",
         "Team Leader Accounts Payable (PL/EN)", ["Justyna Pławecka"]),
        # ... in British English, Finnish and Greek
        ("Call – Kelpie Outdoor (HR)",
         "Rachel Gow from Kelpie's HR ringing my mobile re Ecommerce Analyst (Livingston HQ, "
         "hybrid). Have the Shopify/GA4 examples to hand.", "Kelpie Outdoor", "Ecommerce Analyst",
         ["Rachel Gow"]),
        ("Puhelu: Kotipiha (HR)",
         "Jenni Mustonen Kotipihan HR:stä soittaa kännykkään. Tehtävä: verkkokaupan analyytikko, "
         "toimisto Vantaan Petikossa.", "Kotipiha", "verkkokaupan analyytikko", ["Jenni Mustonen"]),
        ("Τηλέφωνο Αλκυονίδα (HR)",
         "Με παίρνει η Κατερίνα Μπούρα από το HR. Θέση: Supply Chain Analyst (κεντρική αποθήκη "
         "στην Ελευσίνα).", "Αλκυονίδα", "Supply Chain Analyst", ["Κατερίνα Μπούρα"]),
        ("Telefon – Körte Webshop HR",
         "Hegedűs Bálint (HR, Körte Webshop) hív mobilon. Pozíció: E-commerce Elemző "
         "(Profession.hu-n láttam).",
         "Körte Webshop", "E-commerce Elemző", ["Hegedűs Bálint"]),
        ("Telefon Cireșica (HR)",
         "Elena Dumitru de la HR Cireșica mă sună pe mobil. Post: Analist Vânzări & Stocuri, la "
         "sediul central din Militari.", "Cireșica", "Analist Vânzări & Stocuri",
         ["Elena Dumitru"]),
    ],
)  # fmt: skip
def test_the_persons_own_notes_of_calls(
    title: str, description: str, company: str, role: str, names: list[str]
) -> None:
    note = invite(title, start=START, description=description, location="Celular")
    assert judge(note, ME, RULES).outcome is Outcome.INTERVIEW
    found = read(note)
    assert (found.company, found.role) == (company, role)
    assert [i.name for i in found.interviewers] == names


# --------------------------------------------------------------------------- employer and job


@pytest.mark.parametrize(
    ("title", "organizer", "organizer_name", "description", "company", "role"),
    [
        ("Reunião TIE – Casey Candidate", "fabio@arrecifes.example", "Fábio Leão",
         "Segue o convite para a reunião com a Termo Ipojuca Energia, na usina. A posição é a "
         "de Gerente de Inteligência Operacional (referência interna AES-2611).\n\nAbraço,\n"
         "Fábio Leão\nSócio – Arrecifes Executive Search", "Termo Ipojuca Energia",
         "Gerente de Inteligência Operacional"),
        ("Entrevista Ventos do Agreste | Especialista em Dados de Geração",
         "mariana@ponterh.example", "Mariana Florêncio",
         "Agendei sua entrevista com a Ventos do Agreste Energia, nossa cliente, para a posição "
         "de Especialista em Dados de Geração Eólica.\n\nMariana Florêncio\nPonte RH "
         "Consultoria", "Ventos do Agreste Energia", "Especialista em Dados de Geração"),
        ("Entrevista técnica <> Casey Candidate – Maré Alta", "bruna@marealta.example",
         "Bruna Tenório",
         "Te deixei agendada a entrevista técnica para a vaga Engenheira(o) de Dados Pleno. "
         "Entrevistadores:\n- Thiago Arruda (Staff Data Engineer)\n", "Maré Alta",
         "Engenheira(o) de Dados Pleno"),
        ("Présentation employeur – Findel Air Logistics (offre O-2026-118734)",
         "nadine.wirtz@adem.etat.lu", "Nadine Wirtz",
         "je vous confirme le rendez-vous de présentation que j'ai convenu avec l'employeur "
         "Findel Air Logistics S.A. pour le poste de Contrôleur financier (m/f).\nVous serez "
         "reçue par M. Olivier Klein, Directeur financier. Je ne serai pas présente.\n\nNadine "
         "Wirtz\nADEM – Agence pour le développement de l'emploi", "Findel Air Logistics",
         "Contrôleur financier"),
        ("Interview: Casey Candidate <> Harborline Analytics – Senior Data Analyst",
         "no-reply@hire.lever.co", "Harborline Analytics",
         "You're confirmed for your interview with Harborline Analytics.\nInterviewer: Megan "
         "Doyle (Analytics Manager)\n\nSent via Lever", "Harborline Analytics",
         "Senior Data Analyst"),
        # an agency's client in Greek and Finnish
        ("Συνάντηση SBC – Casey Candidate", "ilektra@kallisto-recruitment.example",
         "Ηλέκτρα Βασιλείου",
         "Όπως συζητήσαμε τηλεφωνικά, ο πελάτης μας, Saronic Bulk Carriers S.A., θα ήθελε να σας "
         "γνωρίσει για τη θέση Chartering Analyst (Dry Bulk).\n\nΗλέκτρα Βασιλείου\nKallisto "
         "Recruitment", "Saronic Bulk Carriers", "Chartering Analyst (Dry Bulk)"),
        ("Haastattelu: Logistiikka-analyytikko – Casey Candidate", "paivi@tahtivoima.example",
         "Päivi Halme",
         "Kuten sovittiin, tässä kutsu haastatteluun asiakkaamme Merisatama Logistiikka Oy:n "
         "logistiikka-analyytikon tehtävään.\n\nPäivi Halme\nTähtivoima Henkilöstöpalvelut Oy",
         "Merisatama Logistiikka", "Logistiikka-analyytikko"),
        ("Reunión MSL – Casey Candidate", "jamilivia@amilivia.example", "Jorge Amilivia",
         "Te confirmo la reunión con mi cliente, Molinos Santa Lucía S.A., por la Jefatura de "
         "Inteligencia de Negocios que te comenté. Te van a recibir el Sr. Héctor Cabrera.\n\n"
         "Jorge Amilivia\nSocio · Amilivia & Asociados Executive Search", "Molinos Santa Lucía",
         "Jefatura de Inteligencia de Negocios"),
        ("Termin Hardwald – Casey Candidate", "urs.plattner@wettstein.example", "Urs Plattner",
         "Wie besprochen möchte Sie mein Mandant, die Hardwald Chemie AG, für die Position "
         "Leiter/in Digital Operations persönlich kennenlernen.\nUnsere Referenz: WSP-2419\n\n"
         "Urs Plattner\nPartner\nWettstein Search Partners AG", "Hardwald Chemie",
         "Leiter/in Digital Operations"),
        ("Vorstellungsgespräch Stellenausschreibung Nr. 2026-0873 – Casey Candidate",
         "karin.stoecklin@bs.ch", "Karin Stöcklin",
         "Wir beziehen uns auf Ihre Bewerbung auf die Stellenausschreibung «Fachspezialist/in "
         "Datengovernance (80–100 %)» im Finanzdepartement des Kantons Basel-Stadt.",
         "Finanzdepartement des Kantons Basel-Stadt", "Fachspezialist/in Datengovernance"),
    ],
)  # fmt: skip
def test_the_employer_and_the_job(
    title: str, organizer: str, organizer_name: str, description: str, company: str, role: str
) -> None:
    people = [Attendee(organizer, organizer_name)]
    if "Megan" in description:
        people = [Attendee("megan.doyle@harborline.example", "Megan Doyle")]
    event = invite_to_casey(
        title, *people, start=START, organizer=organizer, organizer_name=organizer_name,
        description=description,
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.INTERVIEW
    found = read(event)
    assert (found.company, found.role) == (company, role)


def test_a_brazilian_posts_own_em() -> None:
    event = invite_to_casey(
        "PSS nº 03/2026 – Entrevista – Casey Candidate", start=START,
        organizer="tatiana.galvao@sedgi.pe.gov.br", organizer_name="Tatiana Galvão",
        description="convocamos V. Sa. para a etapa de Entrevista, para a função de Analista em "
        "Gestão Pública – Ciência de Dados (Perfil 04).",
    )  # fmt: skip
    assert read(event).role == "Analista em Gestão Pública – Ciência de Dados"


def test_a_schools_kind_before_its_name() -> None:
    event = invite_to_casey(
        "Entrevista + aula-teste – Docente de Ciência de Dados (Casey Candidate)",
        Attendee("katia.simoes@altose.edu.br", "Kátia Simões"), start=START,
        organizer="wellington.brayner@altose.edu.br", organizer_name="Wellington Brayner",
        description="A banca será composta por mim e pela Profa. Kátia Simões.\n\nProf. "
        "Wellington Brayner\nCentro Universitário Alto da Sé – UniAltoSé",
    )  # fmt: skip
    assert read(event).company == "Centro Universitário Alto da Sé"


def test_a_job_said_in_passing_keeps_the_name_another_round_gave() -> None:
    rounds = [("Banque Tourny", "Analyste Risques de Crédit Senior"), ("Banque Tourny", "analyste")]
    assert shared_names(rounds) == ("Banque Tourny", "Analyste Risques de Crédit Senior")


BOOKED = (
    "\nCancel: https://calendly.com/cancellations/3e9a6c1f"
    "\nReschedule: https://calendly.com/reschedulings/3e9a6c1f\n\nPowered by Calendly.com"
)


@pytest.mark.parametrize(
    ("title", "organizer", "description", "role"),
    [
        ("Bate-papo Sururu Labs (30 min) entre Paula Guerra e Casey Candidate",
         "paula@sururulabs.example",
         "Nome do evento: Bate-papo Sururu Labs (30 min)\n\nPerguntas:\nPara qual vaga você "
         "está se candidatando?\nAnalista de Dados (Produto)\n" + BOOKED,
         "Analista de Dados (Produto)"),
        ("Julie Dufau et Casey Candidate", "julie@caneledata.example",
         "Nom de l'événement : Café visio Canelé Data (30 min)\n\nQuestions :\nPour quel poste "
         "candidatez-vous ?\nAnalyste Supply Chain & Ops\n" + BOOKED,
         "Analyste Supply Chain & Ops"),
        ("Hearthstane interview (45 min) between Mhairi Lennox and Casey Candidate",
         "mhairi@hearthstane.example",
         "Event Name: Hearthstane interview (45 min)\n\nQuestions:\nWhich vacancy are you "
         "applying for?\nImpact and Data Officer\n" + BOOKED, "Impact and Data Officer"),
        ("Meltemi intro call (30 min) between Iris Karagianni and Casey Candidate",
         "iris@meltemi.example",
         "Event Name: Meltemi intro call (30 min)\n\nQuestions:\nΠοια θέση σας ενδιαφέρει; / "
         "Which role are you interested in?\nProduct Analyst\n" + BOOKED, "Product Analyst"),
    ],
)  # fmt: skip
def test_booking_questions_answered_on_the_next_line(
    title: str, organizer: str, description: str, role: str
) -> None:
    event = invite_from(title, organizer, description, start=START)
    assert judge(event, ME, RULES).outcome is Outcome.INTERVIEW
    assert read(event).role == role


@pytest.mark.parametrize(
    ("title", "organizer", "description", "outcome"),
    [
        ("Jury d'admission M2 Logistique – entretiens candidats", "admissions@univ.example",
         "Merci de siéger au jury d'admission du Master 2. Chaque membre du jury entretient 6 "
         "candidats ; Casey, vous êtes en binôme avec le Pr Lasserre. Les grilles d'évaluation "
         "sont dans le dossier partagé.", Outcome.NOT),
        ("Entrevistas a postulantes – Beca Ayllu 2027 (panel 3)", "voluntariado@ayllu.example",
         "Gracias por sumarse como entrevistadores voluntarios de la Beca Ayllu 2027. Ustedes "
         "forman el panel 3 y llenan la rúbrica al terminar cada entrevista.", Outcome.NOT),
        ("Feirão de Empregos Suape 2026", "",
         "Mais de 40 empresas recebem currículos e conversam com candidatos nos estandes.",
         Outcome.MAYBE),
        ("Forum de l'Emploi Aéronautique & Défense – Mérignac 2026", "",
         "Plus de 50 entreprises de la filière vous accueillent sur leurs stands.", Outcome.MAYBE),
        ("Feria Laboral Callao: Puerto y Logística 2026", "",
         "Conversa con los equipos de RR.HH. en sus stands y deja tu CV.", Outcome.MAYBE),
        ("Rozmowa Krokus Finance (30 min) między Szymon Pietrala a Casey Candidate",
         "szymon@krokus.example",
         "Nazwa wydarzenia: Rozmowa Krokus Finance (30 min)\n\nPytania:\nNa jakie stanowisko "
         "aplikujesz?\nAnalityk Finansowy (FP&A)\n", Outcome.INTERVIEW),
        ("Telefon – Lumea BPO (HR)", "",
         "Dzwoni p. Justyna Pławecka z HR Lumea BPO (biuro na Ruczaju). Stanowisko: Team Leader "
         "Accounts Payable (PL/EN).", Outcome.INTERVIEW),
        ("Rozmowa rekrutacyjna w SSC/BPO – jak się przygotować?", "no-reply@zoom.us",
         "Dziękujemy za rejestrację na webinar. Identyfikator webinaru: 891 4662 0573",
         Outcome.NOT),
        ("Targi Pracy Finanse & Księgowość – Kraków 2026", "",
         "Rozmowy z rekruterami przy stoiskach bez wcześniejszych zapisów.", Outcome.MAYBE),
        ("Kawa z Kubą ☕", "kuba.f@gmail.com",
         "U nas w studiu może otworzą stanowisko analityka finansowego w lutym, ale budżet nie "
         "jest zatwierdzony, więc nic pewnego.", Outcome.MAYBE),
        ("Suosittelijapuhelu: Ville Ahonen / Routa Robotics", "nina@routarobotics.example",
         "Hei Casey, kiitos, että lupauduit Ville Ahosen suosittelijaksi Routa Roboticsin Senior "
         "Backend Developer -tehtävään.\n\nNina Virtanen\nTalent Acquisition Lead", Outcome.NOT),
        # Romanian: a referee call and a coach's mock interview are no interviews; a Calendly
        # coffee that asks which role
        ("Discuție referințe – Ionuț Baciu (Cobalt Pay)", "paula@cobaltpay.example",
         "Ionuț Baciu v-a indicat ca persoană de referință pentru poziția de Data Engineer din "
         "echipa noastră.\n\nPaula Dinu\nTalent Acquisition, Cobalt Pay", Outcome.NOT),
        ("Simulare interviu (competențe + tehnic) – Casey", "anca@coaching.example",
         "Sâmbătă facem simularea de interviu pentru banca la care ai etapa finală.", Outcome.NOT),
        ("Cafea virtuală Lăcusta (30 min) between Mara Enache and Casey Candidate",
         "mara@lacusta.example",
         "Event Name: Cafea virtuală Lăcusta (30 min)\n\nQuestions:\nPentru ce rol aplici?\n"
         "Product Data Analyst\n", Outcome.INTERVIEW),
        # a search firm's meeting with its client, for a job it names
        ("Meeting – RC / Casey Candidate", "neil@drumochtersearch.example",
         "Confirming your meeting with Ravelston Capital on Wednesday 23rd December. You'll meet "
         "Kate Drummond, Managing Partner, and Stuart Laing, Chief Operating Officer, regarding "
         "the Head of Data & Analytics appointment. I won't be joining you.", Outcome.INTERVIEW),
        ("Tapaaminen LTE – Casey Candidate", "jarmo@valtavayla.example",
         "vahvistan tapaamisen asiakkaamme Lounatuuli Energia Oy:n kanssa Head of Analytics "
         "-tehtävään. Minä en osallistu tapaamiseen.", Outcome.INTERVIEW),
        # a start-up's first chat, by the Finnish word for it
        ("Juttutuokio: Product Analyst @ Vireä Health – Casey", "emmi@virea.example",
         "Moikka Casey! Kiva että ehdit! Mukana minä ja meidän datatiimin vetäjä.",
         Outcome.INTERVIEW),
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
        ("Tenho o prazer de convidá-la para a etapa final do processo: uma conversa de uma hora "
         "com a Ana Cláudia.", ReplyKind.NEXT_ROUND),
        ("Notícia boa: o Thiago e a Pri curtiram demais a conversa e você passou pra etapa "
         "final!", ReplyKind.NEXT_ROUND),
        ("Vi sua candidatura pra Analytics Engineer e curti demais teu perfil!! Bora bater um "
         "papo?", ReplyKind.NEXT_ROUND),
        ("Após avaliarmos cuidadosamente todos os perfis, optamos por seguir com candidatos "
         "cuja experiência está mais aderente às necessidades da posição.", ReplyKind.REJECTION),
        ("O processo segue em aberto: a Dra. Helena ainda vai entrevistar mais dois candidatos. "
         "Infelizmente não consigo te passar uma data exata.", ReplyKind.STILL_DECIDING),
        ("solicitamos o preenchimento da Declaração de Conflito de Interesses até o dia "
         "15/12/2026. Esta solicitação é padrão e não constitui decisão sobre sua candidatura.",
         ReplyKind.OTHER),
        ("Ils ont beaucoup apprécié l'échange mais ont décidé de poursuivre avec une candidate "
         "interne. Pour ce poste, nous n'irons donc pas plus loin.", ReplyKind.REJECTION),
        ("Après examen attentif de votre profil, nous avons décidé de ne pas poursuivre avec "
         "votre candidature pour ce poste.", ReplyKind.REJECTION),
        ("Excellente nouvelle : Alzette Fund Services souhaite vous faire une offre pour le "
         "poste de Senior Fund Accountant !", ReplyKind.OFFER),
        ("Bertrand souhaite vous présenter à son père : nous aimerions donc vous proposer un "
         "second rendez-vous, au chai, le jeudi 10 décembre.", ReplyKind.NEXT_ROUND),
        ("Buenas noticias: pasaste a la última etapa 🎉 La final es con Gonzalo.",
         ReplyKind.NEXT_ROUND),
        ("usted ha obtenido la condición de APTO(A), por lo que queda convocado(a) a la etapa "
         "de ENTREVISTA PERSONAL.", ReplyKind.NEXT_ROUND),
        ("Vi tu postulación por LinkedIn. ¿Te animas a una llamada de 30 min el lunes 14?",
         ReplyKind.NEXT_ROUND),
        ("nuestro cliente, Compañía Minera Huaytapallana, revisó su perfil y desea conocerla.",
         ReplyKind.NEXT_ROUND),
        ("Queremos que te sumes a Mishky como Data Analyst. Te mando la propuesta. La oferta "
         "está sujeta a la validación de tus referencias laborales.", ReplyKind.OFFER),
        ("el jurado acordó proponerla como docente a tiempo parcial. Le ofrecemos dictar el "
         "curso Analítica de Negocios I.", ReplyKind.OFFER),
        ("¡Hola Casey! Tu hoja de vida fue enviada correctamente. Te avisaremos cuando la "
         "empresa lea tu hoja de vida.", ReplyKind.RECEIPT),
        ("Met plezier laat ik u weten dat u geselecteerd bent voor het eindgesprek in de "
         "selectieprocedure.", ReplyKind.NEXT_ROUND),
        ("U wordt uitgenodigd voor het volgende onderdeel: een selectiegesprek met "
         "assessmentoefening voor een jury.", ReplyKind.NEXT_ROUND),
        ("Ik las net je sollicitatie en ik had meteen zin om je te leren kennen. Zin in een "
         "babbel bij een koffie?", ReplyKind.NEXT_ROUND),
        ("Met genoegen bieden wij u de functie van Projectingenieur Data & BIM aan, met een "
         "contract van onbepaalde duur.", ReplyKind.OFFER),
        ("we willen je graag aan boord als Analytics Engineer!\nOns aanbod:\n- bruto "
         "maandloon: 4.350 euro", ReplyKind.OFFER),
        ("Ik wil eerlijk zijn: we zijn uiteindelijk met iemand anders in zee gegaan.",
         ReplyKind.REJECTION),
        ("We zijn nog volop kandidaten aan het vergelijken. Helaas kan ik je nog geen concrete "
         "datum geven.", ReplyKind.STILL_DECIDING),
        # (a round already held is no invitation, nor one they may hold)
        ("Na het eindgesprek van gisteren willen we nog even nadenken.", ReplyKind.OTHER),
        ("Uiterlijk donderdag 10-12 laat ik je weten of je wordt uitgenodigd voor het tweede "
         "gesprek.", ReplyKind.STILL_DECIDING),
        ("ha superado la etapa de Evaluación de Méritos y queda convocada a la instancia de "
         "Entrevista con el Tribunal, que se realizará el miércoles 23/12/2026.",
         ReplyKind.NEXT_ROUND),
        ("El equipo quedó muy conforme con la entrevista técnica y queremos avanzar a la última "
         "etapa: una charla con Fede.", ReplyKind.NEXT_ROUND),
        ("quedamos re contentos con la charla del viernes y queremos que pases a la última "
         "etapa.", ReplyKind.NEXT_ROUND),
        ("Vi tu postulación y me encantaría charlar 30 min para contarte del proyecto y "
         "conocerte un poco.", ReplyKind.NEXT_ROUND),
        ("al final nos decidimos por alguien con más experiencia en telemetría de videojuegos.",
         ReplyKind.REJECTION),
        ("El proceso sigue en curso y aún no hemos tomado una decisión: resta la instancia final "
         "de otra persona candidata.", ReplyKind.STILL_DECIDING),
        ("La comisión asesora todavía no elevó su informe. Lamentablemente no puedo darle una "
         "fecha.", ReplyKind.STILL_DECIDING),
        ("Merci pour votre message, bien reçu. Je transmets vos disponibilités à M. Wälti pour "
         "la visite de l'atelier.", ReplyKind.ACKNOWLEDGEMENT),
        ("super Neuigkeiten: du bist eine Runde weiter! Die finale Runde machen Simon und Mia.",
         ReplyKind.NEXT_ROUND),
        ("Wir freuen uns, Ihnen mitzuteilen, dass Sie in die engere Auswahl gekommen sind, und "
         "laden Sie gerne zu einem Vorstellungsgespräch mit dem Auswahlgremium ein.",
         ReplyKind.NEXT_ROUND),
        ("Danke für deine Bewerbung via LinkedIn. Hast du Lust auf einen ersten Call nach den "
         "Feiertagen?", ReplyKind.NEXT_ROUND),
        ("Wir möchten dir sehr gerne ein Angebot machen als Product Analyst bei Fähri Mobility!",
         ReplyKind.OFFER),
        ("Leider müssen wir Ihnen mitteilen, dass wir uns entschieden haben, den Prozess mit "
         "anderen Kandidatinnen und Kandidaten fortzusetzen.", ReplyKind.REJECTION),
        ("Saw your application come through on LinkedIn – lekker CV. Keen for a first chat? Mon "
         "7 or Tue 8 Dec works for me.", ReplyKind.NEXT_ROUND),
        ('Muizenberg Outfitters has sent you a message: "We have carefully considered your '
         'application; unfortunately it was not successful on this occasion. We will keep your '
         'CV on our database for six months."', ReplyKind.REJECTION),
        # Polish
        ("Mam dobre wieści – przechodzisz do finału :) Ostatnia rozmowa będzie w środę 9.12.",
         ReplyKind.NEXT_ROUND),
        ("Wskoczysz na 30 min calla, żebyśmy się poznali? Pasuje mi czwartek (10.12) po 16.",
         ReplyKind.NEXT_ROUND),
        ("mamy dla Ciebie ofertę! Chcemy, żebyś dołączyła do Krokusa jako Analityk Finansowy.",
         ReplyKind.OFFER),
        ("Z przykrością informujemy, że tym razem nie zdecydowaliśmy się na kontynuowanie "
         "procesu z Pani kandydaturą.", ReplyKind.REJECTION),
        ("potwierdzamy wpływ Pani dokumentów aplikacyjnych w naborze nr 147/2026. Kandydaci "
         "zakwalifikowani do kolejnego etapu zostaną powiadomieni indywidualnie.",
         ReplyKind.RECEIPT),
        ("Dzięki, że aplikowałaś na stanowisko Analityk Danych. Przejrzymy Twoje CV i odezwiemy "
         "się niezależnie od wyniku.", ReplyKind.RECEIPT),
    ],
)  # fmt: skip
def test_mail(body: str, expected: ReplyKind) -> None:
    assert reply_reading(body, on=date(2026, 12, 10))[0] is expected


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        # the round's own days, someone's travels and return: not the decision's
        ("Nous n'avons pas encore pris de décision : les derniers entretiens se terminent le "
         "10/12. Nous reviendrons vers vous à la mi-décembre.", date(2026, 12, 7),
         date(2026, 12, 15)),
        ("Eine Entscheidung ist noch nicht gefallen: Herr Kowalski ist bis 14.12. auf "
         "Dienstreise. Wir melden uns bis zum 18.12. bei Ihnen.", date(2026, 12, 11),
         date(2026, 12, 18)),
        ("le comité n'a pas encore finalisé ses travaux, d'autres entretiens étant prévus "
         "jusqu'au 18 décembre. Les résultats vous seront communiqués à la mi-janvier 2027.",
         date(2026, 12, 15), date(2027, 1, 15)),
        ("Ainda não tomamos uma decisão: falta entrevistar um candidato que está de férias e "
         "volta no dia 09/12. Nossa expectativa é ter uma definição em meados de dezembro.",
         date(2026, 12, 4), date(2026, 12, 15)),
        ("Ainda não temos uma decisão. A gente te dá uma resposta em até 5 dias úteis.",
         date(2026, 12, 10), date(2026, 12, 17)),
        ("Le Château n'a pas encore pris sa décision : ils voient un dernier profil la semaine "
         "prochaine. Ils prendraient leur décision début janvier.", date(2026, 12, 11),
         date(2027, 1, 10)),
        ("Todavía no tomamos una decisión: esta semana conversamos con otra persona. La idea es "
         "darte una respuesta a fines de la próxima semana.", date(2026, 12, 10),
         date(2026, 12, 18)),
        ("por el inventario de fin de año, la decisión sobre el puesto se tomará a inicios de "
         "enero.", date(2026, 12, 15), date(2027, 1, 10)),
        ("Le cuento que la definición de la búsqueda quedó para principios de enero, porque en "
         "diciembre estamos con la zafra de fin de año.", date(2026, 12, 16), date(2027, 1, 10)),
        ("todavía no definieron: Marcos viaja a la planta el lunes 14 y quiere ver a otra persona "
         "allá. La idea es cerrar la búsqueda antes de fin de mes.", date(2026, 12, 11),
         date(2026, 12, 31)),
        ("Wir sind noch in der Entscheidungsphase, da Herr Nussbaumer diese Woche am Hafen "
         "absorbiert war. Wir melden uns bis am 22.12. bei Ihnen.", date(2026, 12, 11),
         date(2026, 12, 22)),
    ],
)  # fmt: skip
def test_decision_dates(text: str, on: date, expected: date) -> None:
    found = find_date(text, after=on, month_first=False)
    assert found is not None and found.value == expected


def test_a_local_holiday_the_mail_names_is_not_a_business_day() -> None:
    text = ("Devemos dar um retorno em até 5 dias úteis – lembrando que na terça (08/12) é "
            "feriado de Nossa Senhora da Conceição aqui no Recife.")  # fmt: skip
    found = find_date(text, after=date(2026, 12, 3), month_first=False)
    assert found is not None and found.value == date(2026, 12, 11)  # 4, 7, 9, 10, 11


def test_the_writers_own_order_of_month_and_day() -> None:
    # a US recruiter writing to someone in Lima (day first there): "12/21" shows her order
    text = ("We haven't made a decision yet; much of the team is out over the holidays (I'm "
            "out 12/21-1/4 myself). We're aiming to wrap up by 1/8.")  # fmt: skip
    found = find_date(text, after=date(2026, 12, 7), month_first=False)
    assert found is not None and found.value == date(2027, 1, 8)
    # ("24/7" is no date of hers)
    found = find_date("Our desk runs 24/7. We'll decide by 1/8.", after=date(2026, 12, 7),
                      month_first=True)  # fmt: skip
    assert found is not None and found.value == date(2027, 1, 8)


def test_a_display_name_folded_between_encoded_words() -> None:
    raw = (
        b"From: =?utf-8?q?EPSO_=E2=80=93_Office_europ?=\r\n =?utf-8?q?=C3=A9en_de_s=C3=A9lection"
        b"_du_?=\r\n =?utf-8?q?personnel?= <EPSO-no-reply@ec.europa.eu>\r\nSubject: Info\r\n"
        b"Date: Tue, 8 Dec 2026 12:30:00 +0100\r\n\r\nMadame,\r\n"
    )
    msg = mime.parse(raw, id="x")
    assert msg.sender.name == "EPSO – Office européen de sélection du personnel"


def test_a_domain_of_the_first_word_and_the_initials_of_the_rest() -> None:
    raw = (
        b"From: Sarah Hoffmann <hr@alzette-fs.lu>\r\nTo: casey@example.com\r\nSubject: "
        b"Documents pour votre contrat\r\nDate: Tue, 15 Dec 2026 10:52:36 +0100\r\n\r\n"
        b"Bonjour,\r\n\r\nSarah Hoffmann\r\nHR Officer - Alzette Fund Services S.A.\r\n"
    )
    msg = mime.parse(raw, id="y")
    agency = Contacts(
        "grund", frozenset({"a.grethen@grund.example"}), frozenset({"grund.example"}),
        frozenset({"Alzette Fund Services"}),
    )  # fmt: skip
    other = Contacts("acme", frozenset(), frozenset({"acme.example"}), frozenset({"Acme"}))
    assert match_application(msg, [other, agency], {}, ME) == "grund"


def test_mail_from_an_interviewer_named_without_an_address() -> None:
    # a Zoom copy named "Sr. Rivaldo Santana e a Sra. Aline Cabral" and no address: her own
    # mail, under that name and from the employer's domain, answers for that application
    raw = (
        b"From: Aline Cabral <aline.cabral@frevocargas.com.br>\r\nTo: casey@example.com\r\n"
        b"Subject: Re: Entrevista\r\nDate: Tue, 1 Dec 2026 18:00:00 -0300\r\n\r\nOla Casey\r\n"
    )
    msg = mime.parse(raw, id="z")
    zoom = Contacts("zoom", frozenset(), frozenset(), unaddressed=frozenset({"Aline Cabral"}))
    other = Contacts("acme", frozenset(), frozenset({"acme.example"}), frozenset({"Acme"}))
    assert match_application(msg, [other, zoom], {}, ME) == "zoom"
    # (not when two applications name her, nor when she writes from free mail)
    twice = Contacts("again", frozenset(), frozenset(), unaddressed=frozenset({"Aline Cabral"}))
    assert match_application(msg, [zoom, twice], {}, ME) is None
    free = mime.parse(raw.replace(b"frevocargas.com.br", b"gmail.com"), id="f")
    assert match_application(free, [other, zoom], {}, ME) is None
    # (nor a namesake at the person's own work)
    work = mime.parse(raw.replace(b"frevocargas.com.br", b"initrode.com"), id="w")
    assert match_application(work, [other, zoom], {}, ME, {"initrode.com"}) is None
    # ... and under her name without its middle name: "Aline Cabral" for "Aline Souza Cabral"
    full = Contacts("full", frozenset(), frozenset(), unaddressed=frozenset({"Aline Souza Cabral"}))
    assert match_application(msg, [other, full], {}, ME) == "full"


def test_a_citys_own_domain() -> None:
    assert company_from_domain("stad.gent") == "Stad Gent"
    assert company_from_domain("frevocargas.com.br") == "Frevo Cargas"


# --------------------------------------------------------------------------- Ghent


def test_a_dutch_zoom_copy_and_a_headhunters_client() -> None:
    zoom = invite(
        "Gesprek – Projectingenieur Data & BIM", start=START,
        description="Gesprek vacature Projectingenieur Data & BIM – met dhr. Bart Lemmens "
        "(zaakvoerder) en mevr. Nele Moerman (HR). Portfolio klaar hebben.\n\nNele Moerman "
        "nodigt u uit voor een geplande Zoom-vergadering.\n",
    )  # fmt: skip
    assert judge(zoom, ME, RULES).outcome is Outcome.INTERVIEW
    assert interviewer_names(zoom) == ["Bart Lemmens", "Nele Moerman"]
    headhunter = invite_from(
        "Gesprek KDC – Casey Candidate", "filip.vanmol@graslei-es.example",
        "Zoals beloofd: onze klant, Kanaaldok Chemie NV, ontvangt je voor een gesprek over de "
        "functie Manager Supply Chain Planning. Je spreekt met de heer Geert Van Renterghem, "
        "CFO, en met mevrouw Marijke Bossuyt, HR-directeur.\nIk ben zelf niet aanwezig bij het "
        "gesprek.\n\nFilip Van Mol\nPartner\n"
        "Graslei Executive Search", start=START,
    )  # fmt: skip
    assert judge(headhunter, ME, RULES).outcome is Outcome.INTERVIEW
    found = read(headhunter)
    assert (found.company, found.role) == ("Kanaaldok Chemie", "Manager Supply Chain Planning")
    assert sorted(i.name for i in found.interviewers) == ["Geert Van Renterghem", "Marijke Bossuyt"]


def test_a_dutch_booking_and_a_podcast() -> None:
    booked = invite_from(
        "Kennismaking Stropke (30 min) tussen Jonas Van Landeghem en Casey Candidate",
        "jonas@stropke.example",
        "Naam evenement: Kennismaking Stropke (30 min)\n\nVragen:\nVoor welke functie "
        "solliciteer je?\nAnalytics Engineer\n" + BOOKED, start=START,
    )  # fmt: skip
    assert judge(booked, ME, RULES).outcome is Outcome.INTERVIEW
    assert (read(booked).company, read(booked).role) == ("Stropke", "Analytics Engineer")
    podcast = invite_from(
        "Opname Havenpraat #48 – Casey Candidate", "pieter@havenpraat.example",
        "Super dat je te gast bent in Havenpraat! Geen job, geen sollicitatie, gewoon een babbel "
        "voor de microfoon.", start=START,
    )  # fmt: skip
    assert judge(podcast, ME, RULES).outcome is Outcome.NOT


def test_dutch_decision_dates() -> None:
    text = ("Ze hebben nog geen beslissing genomen: hun tweede kandidaat komt pas op maandag "
            "21/12 op gesprek. Ze laten binnen de 10 werkdagen iets weten.")  # fmt: skip
    holidays = {date(2026, 12, 25): "Kerstmis", date(2027, 1, 1): "Nieuwjaar"}
    found = find_date(text, after=date(2026, 12, 17), month_first=False, holidays=holidays)
    assert found is not None and found.value == date(2027, 1, 4)


# --------------------------------------------------------------------------- Montevideo, Basel


def test_the_writer_who_leads_the_interview_is_on_it() -> None:
    event = invite_to_casey(
        "Entretien – Ingénieur(e) Data Procédés (H/F)",
        Attendee("laurent@rhenane.example", "Laurent Ehrhart"), start=START,
        organizer="claire@rhenane.example", organizer_name="Claire Heitz",
        description="L'entretien sera mené par moi-même et par M. Laurent Ehrhart, responsable "
        "du service Procédés & Amélioration continue.",
    )  # fmt: skip
    assert interviewer_names(event) == ["Claire Heitz", "Laurent Ehrhart"]


def test_a_shadow_interviewer_does_not_make_it_someone_elses_interview() -> None:
    event = invite_from(
        "Entrevista técnica – Data Engineer Sr. (Casey Candidate)", "sofia@araza.example",
        "Te van a entrevistar Martín Caorsi (Tech Lead) y Romina Píriz (Senior Data Engineer).\n"
        "Nicolás Bentancor se suma como oyente porque se está formando como entrevistador: no "
        "va a hacer preguntas ni evalúa.", start=START,
    )  # fmt: skip
    assert judge(event, ME, RULES).outcome is Outcome.INTERVIEW


def test_an_acronym_domain_in_its_town() -> None:
    assert company_from_domain("usp-basel.ch", ["Petersgraben 9, 4031 Basel"]) == "USP"


def test_a_us_managers_date_to_someone_in_montevideo() -> None:
    raw = (
        b"From: Ellen Birchall <ellen@araza.example>\r\nTo: casey@example.com\r\nSubject: "
        b"Following up\r\nDate: Thu, 17 Dec 2026 10:14:33 -0600\r\n\r\nHi Casey,\r\n\r\nThanks "
        b"again for Tuesday. We haven't made a final decision yet. We're finishing conversations "
        b"with one more candidate and we need to align with our client on the start date. We "
        b"expect to make a final call by 1/8, and Sofia will reach out either way.\r\n"
    )
    msg = mime.parse(raw, id="u")
    kind, when = classify(msg, after=date(2026, 12, 17), month_first=False)
    assert kind is ReplyKind.STILL_DECIDING and when is not None
    assert when.value == date(2027, 1, 8)
    # (the same words from Montevideo's own offset are read by the person's locale)
    local = mime.parse(raw.replace(b"-0600", b"-0300"), id="l")
    assert classify(local, after=date(2026, 12, 17), month_first=False)[1].value is None


# --------------------------------------------------------------------------- Cape Town


def test_cape_towns_invites() -> None:
    booked = invite_from(
        "Signal Hill CX – intro chat (30 min) between Natasha Petersen and Casey Candidate",
        "natasha@signalhill.example",
        "Event Name: Signal Hill CX – intro chat (30 min)\n\nQuestions:\nWhich role are you "
        "applying for?\nWorkforce Management Analyst\n" + BOOKED, start=START,
    )  # fmt: skip
    assert judge(booked, ME, RULES).outcome is Outcome.INTERVIEW
    note = invite(
        "Call Ikhaya (HR)", start=START, location="Cell",
        description="Busisiwe Mahlaba from HR at Ikhaya Contact Centres phones me on my cell. "
        "Role: MI Analyst (reporting), Bellville site.\nAsk: CTC or basic + benefits?",
    )  # fmt: skip
    assert judge(note, ME, RULES).outcome is Outcome.INTERVIEW
    assert (read(note).role, interviewer_names(note)) == ("MI Analyst (reporting)",
                                                          ["Busisiwe Mahlaba"])  # fmt: skip
    second = invite_from(
        "Second interview TCT – Casey Candidate", "riaan@tct.example",
        "I'll run the interview together with Chantal Daniels, our Yard Planning "
        "Superintendent. If Chantal gets pulled onto the quay she'll join on Teams.", start=START,
    )  # fmt: skip
    assert "If Chantal" not in interviewer_names(second)
    expo = invite_from(
        "Cape Town Jobs & Careers Expo 2027", "",
        "More than 60 employers meet job seekers at their stands. Bring your CV.", start=START,
    )  # fmt: skip
    assert judge(expo, ME, RULES).outcome is Outcome.MAYBE


def test_a_closure_is_no_decision_date() -> None:
    text = ("The selection panel has not yet made a recommendation. As the University closes from "
            "18 December until 4 January, the outcome will only be communicated in early "
            "January.")  # fmt: skip
    found = find_date(text, after=date(2026, 12, 15), month_first=False)
    assert found is not None and found.value == date(2027, 1, 10)


# --------------------------------------------------------------------------- Kraków


def test_krakows_panels_in_prose() -> None:
    led = invite_to_casey(
        "Rozmowa techniczna HP – Casey Candidate",
        Attendee("dorota@huta.example", "Dorota Kubisztal"), start=START,
        organizer="grzegorz@huta.example", organizer_name="Grzegorz Stępniewski",
        description="Rozmowę poprowadzę ja wraz z Dorotą Kubisztal, Kierownik Działu "
        "Controllingu Produkcji.",
    )  # fmt: skip
    # the writer leads, and the colleague named in the instrumental is greeted as invited
    assert interviewer_names(led) == ["Dorota Kubisztal", "Grzegorz Stępniewski"]
    deputy = invite_from(
        "II etap – MSU – Casey Candidate", "marek@szpital.example",
        "W spotkaniu, poza mną, udział weźmie Zastępca Dyrektora ds. Ekonomiczno-Finansowych – "
        "dr Ewa Rogalska.", start=START,
    )  # fmt: skip
    assert "Ewa Rogalska" in interviewer_names(deputy)


def test_krakows_employers_and_posts() -> None:
    agency = invite_from(
        "Rozmowa – Kontroler Finansowy – CL Puszcza / Casey Candidate", "ewelina@lajkonik.example",
        "potwierdzam spotkanie z naszym Klientem – Centrum Logistyczne Puszcza sp. z o.o. – w "
        "sprawie stanowiska Kontroler Finansowy / Kontrolerka Finansowa.", start=START,
    )  # fmt: skip
    assert read(agency).role == "Kontroler Finansowy"
    city = invite_from(
        "Rozmowa kwalifikacyjna – nabór nr 147/2026 – inspektor w Wydziale Budżetu Miasta",
        "halina.gwozdz@um.krakow.pl",
        "na wolne stanowisko urzędnicze w Wydziale Budżetu Miasta Urzędu Miasta Krakowa.\n\n"
        "Z poważaniem\nHalina Gwóźdź\nReferat ds. Rekrutacji\nUrząd Miasta Krakowa\n",
        start=START,
    )  # fmt: skip
    # (the office as it signs, the city's initial after the label's: um.krakow.pl is UMK)
    assert read(city).company == "Urząd Miasta Krakowa"


def test_a_south_african_post_keeps_its_field_after_the_colon() -> None:
    event = invite_from(
        "Interview: Assistant Director: Data Analytics (DDEI 114/2026) – C. Candidate",
        "shireen@westerncape.example", "You have been shortlisted for the above post.",
        start=START,
    )  # fmt: skip
    assert read(event).role == "Assistant Director: Data Analytics"
