"""Text that meeting and scheduling tools write into an event description.

An invitation's description is mostly not the person's: Zoom, Teams, Meet and
Webex paste their joining instructions, Calendly, GoodTime and applicant-tracking
systems paste booking details and change links. Some of those lines look like
the person's own `key: value` notes (Zoom's "Topic: Acme - Panel Interview" is
not a `topic:` note; Calendly's "Invitee: Casey" is not an interviewer), so
they are recognised here and left out before anything reads the description.

Formats modelled on what the tools write:
- Zoom "Copy invitation" text: "<Host> is inviting you to a scheduled Zoom
  meeting." / "Topic:" / "Time:" / "Join Zoom Meeting" / "Meeting ID:" /
  "Passcode:" / "One tap mobile" / "Dial by your location" (Zoom support
  article "Sending meeting invitations"; quoted in many public projects' tests).
- Outlook/Teams DESCRIPTION: a line of underscores, "Microsoft Teams meeting",
  "Join on your computer, mobile app or room device", "Click here to join the
  meeting", "Meeting ID:", "Passcode:", "Download Teams | Join on the web",
  "Learn More | Meeting options".
- Google Calendar: "Join with Google Meet", "meet.google.com/...", "Join by
  phone", "More phone numbers", "Join using SIP".
- Webex: "Join from the meeting link", "Join by meeting number", "Meeting
  number (access code):", "Meeting password:", "Tap to join from a mobile device",
  "-- Do not delete or change any of the following text. --", "Can't join the
  meeting?".
- Calendly event description: "Event Name:", "Location:", "Invitee:", "Invitee
  Email:", "Invitee Time Zone:", "Questions:", "Need to make changes to this
  event?", "Cancel:", "Reschedule:", "Powered by Calendly.com".
"""

from __future__ import annotations

import re

# Headings tools write. Only the line itself is skipped, not what follows it:
# a person who types a note straight under the joining details keeps it.
_HEADINGS = re.compile(
    r"""^\s*(?:
        .{0,120}\bis\ inviting\ you\ to\ a\ (?:scheduled\ )?zoom\ meeting\b.*
      | join\ zoom\ meeting\b.*
      | microsoft\ teams\ (?:meeting|need\ help\?).*
      | join\ (?:with\ google\ meet|by\ phone|using\ sip)\b.*
      | google\ meet\ joining\ info\b.*
      | join\ (?:from\ the\ meeting\ link|by\ meeting\ number|from\ a\ video\ system).*
      | (?:one\ tap\ mobile|dial\ by\ your\ location|or\ call\ in\ \(audio\ only\)).*
      | need\ to\ make\ changes\ to\ this\ event\?.*
      | (?:event\ name|invitee(?:\ email|\ time\ zone)?|questions)\s*:.*
      | this\ (?:event|interview)\ (?:was|has\ been)\ scheduled\ (?:with|by|using)\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Lines that are tool text wherever they stand.
_LINES = re.compile(
    r"""^\s*(?:
        [-_=~*.:\u2500]{6,}                                 # Outlook's and Google's rules
      | -::~[:~]+-?                                       # Google's "-::~:~::~..." rule
      | please\ do\ not\ edit\ this\ section\.?
      | -*\ ?do\ not\ delete\ or\ change\ any\ of\ the\ following\ text\.?\ ?-*  # Webex
      | (?:can't|can’t|cannot)\ join\ the\ meeting\?.*
      | join\ webex\ meeting.*
      | learn\ more\ about\ meet\ at\b.*
      | (?:this\ (?:invitation|invite|event)\ was\ )?(?:scheduled|sent)\ (?:with|via|by|using)
        \ (?:greenhouse|lever|goodtime|calendly|ashby|workday|gem|modernloop|prelude).*
      | (?:meeting\ (?:id|number|password|link)|passcode|password|access\ code
         |phone\ conference\ id|conference\ id|pin|host\ key|webinar\ id
         |invitee(?:\ email|\ time\ zone|\ phone)?|event\ name|event\ type|location
         |cancel|reschedule|time\ zone|event\ date|time|sip|h\.323|video\ call\ link
         |join\ (?:url|link)|zoom\ link|dial[-\ ]in|or\ dial|view\ event\ in\ \w+)
        \s*(?:\([^)]*\))?\s*:.*
      | (?:join\ zoom\ meeting.*|join\ the\ meeting.*|click\ here\ to\ join.*
         |join\ on\ your\ computer.*|download\ teams.*|learn\ more.*|meeting\ options.*
         |find\ (?:a|your)\ local\ number.*|more\ phone\ numbers.*|reset\ pin.*
         |powered\ by\ .*|tap\ to\ join.*|join\ by\ video\ system.*)
      | \+?(?=(?:[\s().,#*-]*\d){6})[\d\s().,#*-]{8,}(?:\s+\S.*)?  # dial-in numbers
      | (?:https?://)?\S*(?:zoom\.us|zoomgov\.com|teams\.microsoft\.com|teams\.live\.com
         |meet\.google\.com|webex\.com|calendly\.com|goodtime\.io|greenhouse\.io
         |lever\.co|ashbyhq\.com|aka\.ms|gotomeeting\.com|bluejeans\.com)\S*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# Zoom's "Topic:" is boilerplate only inside Zoom's block; a person's own
# "topic:" line elsewhere is a note. Inside that block it sits beside "Time:".
_ZOOM_TOPIC = re.compile(r"^\s*topic\s*:", re.IGNORECASE)
_TIME_LINE = re.compile(r"^\s*time\s*:", re.IGNORECASE)


def is_tool_line(line: str) -> bool:
    """A single line that a meeting or scheduling tool wrote, wherever it stands."""
    return bool(_LINES.match(line) or _HEADINGS.match(line))


def own_lines(text: str) -> list[str]:
    """The description's lines minus every line a tool wrote.

    A "Topic:" line counts as Zoom's when a "Time:" line is next to it (the two
    always come together in Zoom's invitation and never in a person's notes).
    """
    lines = text.splitlines()
    kept: list[str] = []
    for index, line in enumerate(lines):
        if _HEADINGS.match(line):
            continue
        if _ZOOM_TOPIC.match(line) and _next_to_time(lines, index):
            continue
        if _TIME_LINE.match(line) and _next_to_topic(lines, index):
            continue
        if is_tool_line(line):
            continue
        kept.append(line)
    return kept


def _next_to_time(lines: list[str], index: int) -> bool:
    neighbours = lines[max(index - 1, 0) : index] + lines[index + 1 : index + 2]
    return any(_TIME_LINE.match(n) for n in neighbours)


def _next_to_topic(lines: list[str], index: int) -> bool:
    neighbours = lines[max(index - 1, 0) : index] + lines[index + 1 : index + 2]
    return any(_ZOOM_TOPIC.match(n) for n in neighbours)
