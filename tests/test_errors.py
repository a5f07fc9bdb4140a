"""Error codes: unique, prefixed, and foreign exceptions mapped at the edges."""

from __future__ import annotations

import re

import pytest

from bilat import errors
from bilat.errors import BilatError, ConfigError, Errors, InputError, NotFound, StoreError


def codes() -> list[str]:
    return [name for name in vars(Errors) if re.fullmatch(r"E\d{3}", name)]


def test_errors_messages_carry_their_code() -> None:
    for code in codes():
        assert getattr(Errors, code).startswith(f"[{code}] ")


def test_errors_codes_are_numbered_by_stage() -> None:
    assert codes() and all(c[1] in "123456789" for c in codes())


@pytest.mark.parametrize(
    ("cls", "exit_code", "status"),
    [
        (BilatError, 1, 500),
        (InputError, 1, 422),
        (NotFound, 1, 404),
        (StoreError, 1, 503),
        (ConfigError, 2, 500),
    ],
)
def test_errors_know_their_exit_code_and_http_status(
    cls: type[BilatError], exit_code: int, status: int
) -> None:
    assert (cls.exit_code, cls.http_status) == (exit_code, status)


def test_errors_code_property_reads_the_prefix() -> None:
    err = InputError(Errors.E101.format(doc="x"))
    assert err.code == "E101" and err.message == "[E101] Document 'x' is empty."
    assert BilatError("plain").code == "E000"


def test_errors_missing_model_is_a_config_error() -> None:
    from bilat import parse

    with pytest.raises(ConfigError) as info:
        parse.load("no_such_spacy_pipeline_xx")
    assert info.value.code == "E201"


def test_errors_module_lists_every_public_class() -> None:
    public = {n for n, v in vars(errors).items() if isinstance(v, type) and issubclass(v, BilatError)}
    assert public <= set(errors.__all__)
