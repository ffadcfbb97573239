"""Demo Artikel 1 and 2: whom to call, and how long a device may go abroad."""

from demo.metadata import DEMO, PARAMETERS
from mdrules.decision import AnswerKind, Decision, Message, Outcome
from mdrules.i18n import N_
from mdrules.ruleset import rule

SERVICEDESK = PARAMETERS.parameter("servicedesk", str)
MAX_DAYS_ABROAD = PARAMETERS.parameter("max_days_abroad", int)


@rule(
    DEMO,
    "who-to-call",
    "1.1",
    title=N_("Wie te bellen met een vraag over een apparaat."),
    answer=AnswerKind.STEPS,
)
def who_to_call() -> Decision:
    """Whom to call with a question about a device."""
    return Decision(
        outcome=Outcome.INFORMATION,
        citations=DEMO.cite("1.1"),
        explanation=Message(
            text="Bel de servicedesk op {number}.", values={"number": SERVICEDESK.value}
        ),
    )


@rule(
    DEMO,
    "trip-abroad",
    "2.1",
    title=N_("Of een apparaat een aantal dagen mee naar het buitenland mag."),
)
def trip_abroad(days: int) -> Decision:
    """Whether a device may go abroad for a number of days."""
    allowed = days <= MAX_DAYS_ABROAD.value
    return Decision(
        outcome=Outcome.ALLOWED if allowed else Outcome.NOT_ALLOWED,
        citations=DEMO.cite("2.1"),
        explanation=Message(
            text="Een apparaat mag ten hoogste {days} dagen mee naar het buitenland.",
            values={"days": MAX_DAYS_ABROAD.value},
        ),
    )
