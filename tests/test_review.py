"""The revision registers and the review status (Haarlem 2.9.1), in code and on the command line."""

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from mdrules.cli import main
from mdrules.regulations import REGULATIONS, RULESETS
from mdrules.review import Status, review_status, version_line
from mdrules.revisions import Register, Revision


def test_the_register_is_the_source_of_version_and_date() -> None:
    """The registry's version and date are the register's last line."""
    for key, regulation in REGULATIONS.items():
        assert regulation.version == REGULATIONS[key].register.current.version
        assert regulation.version_date == REGULATIONS[key].register.current.date
    assert [r.version for r in REGULATIONS["haarlem"].register.revisions] == [
        "1.0",
        "1.0",
        "1.01",
        "1.02",
        "1.03",
        "1.04",
    ]
    assert [r.version for r in REGULATIONS["leeuwarden"].register.revisions] == ["2021", "2024"]


def test_a_register_must_be_in_order() -> None:
    """Lines out of date order, or no lines at all, are refused with what was expected."""
    with pytest.raises(ValidationError, match="oldest first"):
        Register(
            revisions=(
                Revision(version="2", date=dt.date(2020, 1, 2), description="b"),
                Revision(version="1", date=dt.date(2020, 1, 1), description="a"),
            )
        )
    with pytest.raises(ValidationError, match="at least one revision"):
        Register(revisions=())


@pytest.mark.parametrize(
    ("on", "status"),
    [
        (dt.date(2019, 10, 30), Status.ON_TIME),
        (dt.date(2020, 3, 30), Status.ON_TIME),
        (dt.date(2020, 3, 31), Status.DUE),
        (dt.date(2020, 4, 30), Status.DUE),
        (dt.date(2020, 5, 1), Status.OVERDUE),
        (dt.date(2026, 11, 23), Status.OVERDUE),
    ],
)
def test_haarlem_is_reviewed_within_half_a_year(on: dt.date, status: Status) -> None:
    """Due on 30 April 2020, six months after the review of 30 October 2019; due 30 days before."""
    result = review_status(RULESETS["haarlem"], on)
    assert result.status is status
    assert result.due == dt.date(2020, 4, 30)
    assert result.last_review == dt.date(2019, 10, 30)
    assert result.reviewed_by == "JZ"
    assert [c.article for c in result.citations] == ["2.9.1"]


def test_leeuwarden_sets_no_review_term() -> None:
    """Leeuwarden's regulation prescribes no periodic review: no due date, never overdue."""
    result = review_status(RULESETS["leeuwarden"], dt.date(2030, 1, 1))
    assert result.status is Status.NO_TERM
    assert result.due is None
    assert "geen periodieke beoordeling" in result.explain()


def test_the_version_line_does_not_depend_on_the_day() -> None:
    """Pages show the due date, not a status that changes with the day of the build."""
    line, citations = version_line(RULESETS["haarlem"])
    assert line.render() == (
        "Versie 1.04 van 30 oktober 2019; volgende beoordeling uiterlijk op 30 april 2020"
    )
    assert line.render("en") == (
        "Version 1.04 of 30 October 2019; next review due by 30 April 2020"
    )
    assert [c.article for c in citations] == ["2.9.1"]


def test_the_command_exits_1_when_a_review_is_overdue(capsys: pytest.CaptureFixture[str]) -> None:
    """A scheduled job can warn: overdue exits 1, on time or due exits 0, bad input 2."""
    assert main(["review", "--on", "2026-11-23"]) == 1
    out = capsys.readouterr().out
    assert "haarlem 1.04: te laat" in out
    assert "30 april 2020" in out
    assert main(["review", "haarlem", "--on", "2020-04-01", "--lang", "en"]) == 0
    assert "due by 30 April 2020" in capsys.readouterr().out
    assert main(["review", "haarlem", "--on", "2019-11-01", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["status"] == "on-time"
    assert data[0]["due"] == "2020-04-30"
    assert main(["review", "utrecht"]) == 2
    assert "verwacht een regeling: haarlem of leeuwarden; opgegeven: 'utrecht'" in (
        capsys.readouterr().err
    )
    with pytest.raises(SystemExit) as stop:
        main(["review", "--on", "30-04-20"])
    assert stop.value.code == 2
    assert (
        "verwacht een datum zoals 2026-11-28, 28-11-2026 of 28 november 2026; opgegeven: '30-04-20'"
        in capsys.readouterr().err
    )
