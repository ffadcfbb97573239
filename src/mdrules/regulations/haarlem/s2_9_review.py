"""Haarlem 2.9.1: review of this policy."""

import datetime as dt

from mdrules.decision import AnswerKind, Decision, Message, Outcome
from mdrules.i18n import N_
from mdrules.metadata import cite
from mdrules.regulations.haarlem.metadata import HAARLEM, PARAMETERS
from mdrules.regulations.haarlem.s2_1_definitions import _not_before
from mdrules.ruleset import rule
from mdrules.vocabulary import (
    add_months,
    deadline_status,
    period_name,
)

# 2.9.1 Review of this policy ---------------------------------------------------------------------

REVIEW_INTERVAL_MONTHS = PARAMETERS.parameter("review_interval_months", int)


@rule(
    HAARLEM,
    "review",
    "2.9.1",
    title=N_(
        "De uiterste datum van de volgende beoordeling van dit beleidsdocument, en of die te laat "
        "is."
    ),
    answer=AnswerKind.DEADLINE,
)
def review(last_review: dt.date, on: dt.date) -> Decision:
    """Return the latest date of the next review of this policy, and whether it is late.

    The next review is due half a year after the last one; that day itself is still in time.

    >>> print(review(dt.date(2019, 10, 30), dt.date(2020, 1, 6)))
    Termijn: Dit beleidsdocument wordt minimaal één keer per half jaar beoordeeld: na de
    beoordeling van 30 oktober 2019 uiterlijk op 30 april 2020.
    Grondslag: Haarlem 2.9.1
    """
    _not_before(on, last_review, N_("de laatste beoordeling"))
    due = add_months(last_review, REVIEW_INTERVAL_MONTHS.value)
    if on > due:
        text = (
            "Dit beleidsdocument wordt minimaal één keer per {period} beoordeeld: na de "
            "beoordeling van {last} uiterlijk op {due}. Die termijn is verstreken."
        )
    else:
        text = (
            "Dit beleidsdocument wordt minimaal één keer per {period} beoordeeld: na de "
            "beoordeling van {last} uiterlijk op {due}."
        )
    return Decision(
        outcome=Outcome.DEADLINE,
        citations=cite(HAARLEM, "2.9.1"),
        explanation=Message(
            text=text,
            values={
                "last": last_review,
                "due": due,
                "period": period_name(REVIEW_INTERVAL_MONTHS.value),
            },
        ),
        date=due,
        facts={"status": deadline_status(on, due)},
    )
