"""What both fake APIs share: Google's error shape, query parameters, opaque tokens."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any

Params = dict[str, list[str]]
Json = dict[str, Any]


class ApiError(Exception):
    """A Google-shaped API error; shared by both APIs of the fake."""

    _STATUS = {
        400: "INVALID_ARGUMENT",
        401: "UNAUTHENTICATED",
        403: "PERMISSION_DENIED",
        404: "NOT_FOUND",
        409: "ALREADY_EXISTS",
        410: "FAILED_PRECONDITION",
        429: "RESOURCE_EXHAUSTED",
        500: "INTERNAL",
        503: "UNAVAILABLE",
    }

    def __init__(self, code: int, message: str, reason: str) -> None:
        super().__init__(f"{code} {reason}: {message}")
        self.code = code
        self.message = message
        self.reason = reason

    def body(self) -> Json:
        return {
            "error": {
                "code": self.code,
                "message": self.message,
                "errors": [{"message": self.message, "domain": "global", "reason": self.reason}],
                "status": self._STATUS.get(self.code, "UNKNOWN"),
            }
        }


def one(params: Params, name: str, default: str | None = None) -> str | None:
    values = params.get(name)
    return values[0] if values else default


def flag(params: Params, name: str) -> bool:
    return (one(params, name) or "false").lower() == "true"


def page_size(params: Params, default: int, maximum: int) -> int:
    raw = one(params, "maxResults")
    if raw is None:
        return default
    try:
        size = int(raw)
    except ValueError:
        message = f"Invalid value '{raw}'. Values must match the format: integer"
        raise ApiError(400, message, "invalid") from None
    if size < 1:
        raise ApiError(400, "Invalid value for maxResults", "invalid")
    return min(size, maximum)


def encode_token(payload: Json) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


def decode_token(token: str) -> Json | None:
    try:
        decoded = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except ValueError:
        return None
    return decoded if isinstance(decoded, dict) else None


def rfc3339_utc(moment: datetime) -> str:
    return (
        moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    )


def parse_rfc3339(value: str, name: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise ApiError(
            400, f"Bad Request: {name} must be an RFC3339 timestamp with offset", "badRequest"
        )
    return moment
