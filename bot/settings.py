"""Runtime settings for factbot, read from the environment and an optional `.env` file.

Nothing is read at import time: call `load_settings()` when the program starts. Every problem
comes back as one `SettingsError` line naming the environment variable, never echoing the token.

| Setting                  | Environment variable     | Default                        |
|--------------------------|--------------------------|--------------------------------|
| telegram_bot_token       | TELEGRAM_BOT_TOKEN       | (none: required to run the bot)|
| factbot_db               | FACTBOT_DB               | (none: the CLI picks one)      |
| telegram_api_base_url    | TELEGRAM_API_BASE_URL    | https://api.telegram.org/bot   |
| telegram_api_base_file_url | TELEGRAM_API_BASE_FILE_URL | derived from the base URL  |
| admin_ids                | FACTBOT_ADMIN_IDS        | [] ("1,2,3" or "[1, 2, 3]")    |
| log_level                | FACTBOT_LOG_LEVEL        | INFO                           |
| flood_rate               | FACTBOT_FLOOD_RATE       | 20 messages ...                |
| flood_window             | FACTBOT_FLOOD_WINDOW     | ... per 60 seconds, per chat   |
| webhook_url              | FACTBOT_WEBHOOK_URL      | (none: long polling)           |
| webhook_secret           | FACTBOT_WEBHOOK_SECRET   | (none: derived from the token) |
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"

# What BotFather hands out: "<bot id>:<35 or so url-safe characters>". Tests use "123:ABC".
_TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]+$")
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


class SettingsError(Exception):
    """A missing or malformed setting; `str(error)` is one line fit to show the user."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,  # `FACTBOT_DB=` (as in .env.example) means "not set"
        extra="ignore",
        populate_by_name=True,
        validate_default=True,
        frozen=True,
    )

    telegram_bot_token: SecretStr | None = Field(default=None, validation_alias="TELEGRAM_BOT_TOKEN")
    factbot_db: Path | None = Field(default=None, validation_alias="FACTBOT_DB")
    telegram_api_base_url: str = Field(
        default=DEFAULT_API_BASE_URL, validation_alias="TELEGRAM_API_BASE_URL"
    )
    # "" means: derive it from telegram_api_base_url (see the validator below).
    telegram_api_base_file_url: str = Field(default="", validation_alias="TELEGRAM_API_BASE_FILE_URL")
    admin_ids: Annotated[list[int], NoDecode] = Field(
        default_factory=list, validation_alias="FACTBOT_ADMIN_IDS"
    )
    log_level: str = Field(default="INFO", validation_alias="FACTBOT_LOG_LEVEL")
    flood_rate: int = Field(default=20, ge=1, le=10_000, validation_alias="FACTBOT_FLOOD_RATE")
    flood_window: float = Field(
        default=60.0, gt=0, le=86_400, validation_alias="FACTBOT_FLOOD_WINDOW"
    )
    webhook_url: str | None = Field(default=None, validation_alias="FACTBOT_WEBHOOK_URL")
    webhook_secret: SecretStr | None = Field(default=None, validation_alias="FACTBOT_WEBHOOK_SECRET")

    # --- validators -------------------------------------------------------------------------

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _check_token(cls, value: Any) -> Any:
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        if value is None:
            return None
        if not isinstance(value, str):
            raise ValueError("must be a string like 123456:ABC-DEF from @BotFather")
        value = value.strip()
        if not value:
            return None
        if not _TOKEN_RE.fullmatch(value):
            # Never echo the value: it may be a real token with a typo.
            raise ValueError("does not look like a bot token (expected 123456:ABC-DEF from @BotFather)")
        return value

    @field_validator("telegram_api_base_url", "telegram_api_base_file_url", mode="before")
    @classmethod
    def _check_url(cls, value: Any) -> Any:
        if value is None:
            return ""
        if not isinstance(value, str):
            raise ValueError("must be a URL")
        value = value.strip()
        if value and not re.match(r"^https?://[^/\s]+", value):
            raise ValueError(f"must be an http(s) URL such as {DEFAULT_API_BASE_URL}")
        return value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, int):
            return [value]
        if isinstance(value, str):
            text = value.strip().removeprefix("[").removesuffix("]")
            parts = [p.strip().strip("'\"") for p in re.split(r"[,\s;]+", text)]
            ids = []
            for part in parts:
                if not part:
                    continue
                if not re.fullmatch(r"-?\d+", part):
                    raise ValueError(f"must be comma-separated Telegram user ids, got {part!r}")
                ids.append(int(part))
            return ids
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _check_level(cls, value: Any) -> Any:
        text = str(value).strip().upper() if value is not None else "INFO"
        if text == "WARN":
            text = "WARNING"
        if text not in _LOG_LEVELS:
            raise ValueError(f"must be one of {', '.join(_LOG_LEVELS)}, got {str(value)!r}")
        return text

    @field_validator("webhook_url", mode="before")
    @classmethod
    def _check_webhook(cls, value: Any) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str) or not re.match(r"^https://[^/\s]+", value.strip()):
            raise ValueError("must be an https:// URL that Telegram can reach")
        return value.strip()

    @field_validator("webhook_secret", mode="before")
    @classmethod
    def _check_secret(cls, value: Any) -> Any:
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str) or not _SECRET_RE.fullmatch(value.strip()):
            raise ValueError("must be 1-256 characters from A-Z, a-z, 0-9, _ and -")
        return value.strip()

    @model_validator(mode="after")
    def _derive_file_url(self) -> Settings:
        if not self.telegram_api_base_file_url:
            object.__setattr__(
                self, "telegram_api_base_file_url", derive_file_url(self.telegram_api_base_url)
            )
        return self

    # --- helpers ----------------------------------------------------------------------------

    @property
    def log_level_number(self) -> int:
        return logging.getLevelName(self.log_level)

    def require_token(self) -> str:
        """The bot token as a plain string, or a SettingsError saying how to set it."""
        if self.telegram_bot_token is None:
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and "
                "export TELEGRAM_BOT_TOKEN=<token> (or put it in .env)"
            )
        return self.telegram_bot_token.get_secret_value()


def derive_file_url(base_url: str) -> str:
    """PTB's base_file_url for a base_url: https://host/bot -> https://host/file/bot."""
    url = base_url.rstrip("/")
    if url.endswith("/bot"):
        return url[: -len("/bot")] + "/file/bot"
    match = re.match(r"^https?://[^/]+", url)
    return (match.group(0) if match else url) + "/file/bot"


# Field name -> the environment variable a user would set, for error messages.
_ENV_NAMES = {
    name: (field.validation_alias if isinstance(field.validation_alias, str) else name.upper())
    for name, field in Settings.model_fields.items()
}
_SECRET_FIELDS = {"telegram_bot_token", "webhook_secret"}


def _describe(error: dict[str, Any]) -> str:
    loc = error.get("loc") or ("settings",)
    key = str(loc[0])
    field = next((n for n, env in _ENV_NAMES.items() if key in (n, env)), key)
    env = _ENV_NAMES.get(field, key.upper())
    message = str(error.get("msg", "is invalid"))
    message = message.removeprefix("Value error, ")
    if error.get("type") == "missing":
        return f"{env} is not set"
    if field in _SECRET_FIELDS:
        return f"{env} {message}"
    raw = error.get("input")
    shown = "" if raw is None or isinstance(raw, dict) or "got" in message else f" (got {str(raw)[:60]!r})"
    return f"{env}: {message[:1].lower() + message[1:]}{shown}"


def load_settings(**overrides: Any) -> Settings:
    """Read settings from the environment and `.env`, with keyword overrides taking precedence.

    Overrides use the field names (`factbot_db=...`, `telegram_bot_token=...`); overrides whose
    value is None are ignored, so a CLI can pass its optional flags straight through.
    `_env_file=None` skips the `.env` file (tests).
    """
    # Leading-underscore keys are pydantic-settings' own init options, e.g. _env_file=None.
    unknown = sorted(k for k in overrides if k not in Settings.model_fields and not k.startswith("_"))
    if unknown:
        raise SettingsError(f"unknown setting {unknown[0]!r}")
    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**given)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        line = _describe(errors[0]) if errors else "invalid settings"
        if len(errors) > 1:
            line += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
        raise SettingsError(line) from None
    except (OSError, UnicodeDecodeError) as exc:  # an unreadable .env
        raise SettingsError(f"cannot read settings file .env: {exc.__class__.__name__}") from None
