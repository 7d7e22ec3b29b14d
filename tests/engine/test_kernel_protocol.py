"""The kernel's messages: one definition for both sides, and the document that describes them."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from engine.kernel import protocol as p

DOC = Path(__file__).resolve().parents[2] / "docs" / "kernel-protocol.md"


@pytest.mark.parametrize("cls", sorted(p.REPLIES.values(), key=lambda c: c.TYPE),
                         ids=lambda c: c.TYPE)
def test_every_reply_survives_the_wire(cls):
    message = cls()
    wire = message.to_wire()
    assert wire["type"] == cls.TYPE
    assert p.Reply.from_wire(wire) == message
    assert type(p.Reply.from_wire(wire)) is cls


@pytest.mark.parametrize("cls", sorted(p.REQUESTS.values(), key=lambda c: c.OP),
                         ids=lambda c: c.OP)
def test_every_request_survives_the_wire(cls):
    message = cls(id=7)
    wire = message.to_wire()
    assert wire["op"] == cls.OP and wire["id"] == 7
    assert p.Request.from_wire(wire) == message


def test_wire_is_plain_dicts_with_the_fields():
    wire = p.Error(id=3, ename="IndexError", lineno=2, traceback_lines=["a"]).to_wire()
    assert type(wire) is dict
    assert wire["type"] == "error" and wire["id"] == 3 and wire["lineno"] == 2
    assert p.Execute(id=1, code="1+1").to_wire() == {
        "op": "execute", "id": 1, "code": "1+1", "silent": False, "store_history": True}


def test_unknown_messages():
    with pytest.raises(p.ProtocolError):
        p.Reply.from_wire({"type": "no-such-type"})
    unknown = p.Request.from_wire({"op": "fly", "id": 4})
    assert isinstance(unknown, p.Unknown) and unknown.op == "fly" and unknown.id == 4
    with pytest.raises(p.ProtocolError):
        p.request("fly", 1)


def test_extra_wire_fields_are_ignored():
    """A newer peer may add fields; this side reads the ones it knows."""
    message = p.Reply.from_wire({"type": "stream", "id": 1, "name": "stderr", "text": "x",
                                 "colour": "red"})
    assert message == p.Stream(id=1, name="stderr", text="x")


def _documented(section: str) -> dict[str, set[str]]:
    """``type``/``op`` → the field names the tables of ``section`` list for it."""
    text = DOC.read_text(encoding="utf-8").split("\n## ")
    body = next(part for part in text if part.startswith(section))
    rows: dict[str, set[str]] = {}
    for line in body.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("| `") or len(cells) < 2:
            continue
        names = re.findall(r"`([a-z_]+)`", cells[0])
        documented = set(re.findall(r"`([a-z_]+)`", cells[1]))
        for name in names:
            rows[name] = documented
    return rows


def test_the_document_lists_every_message_and_field():
    documented = _documented("Kernel → client")
    for cls in p.REPLIES.values():
        assert cls.TYPE in documented, f"{cls.TYPE} is not in {DOC.name}"
        missing = {f.name for f in fields(cls)} - {"id"} - documented[cls.TYPE]
        assert not missing, f"{cls.TYPE}: {missing} not documented"
    documented = _documented("Client → kernel")
    for cls in p.REQUESTS.values():
        assert cls.OP in documented, f"{cls.OP} is not in {DOC.name}"
        missing = {f.name for f in fields(cls)} - {"id"} - documented[cls.OP]
        assert not missing, f"{cls.OP}: {missing} not documented"
