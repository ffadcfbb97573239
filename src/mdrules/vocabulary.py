"""The shared vocabulary of both regulations: devices, people, countries and times.

Assumptions the texts leave open, stated once here and in the handbook:

- Times are local times in Europe/Amsterdam. A time without a zone is taken as Amsterdam time.
- Workdays (``werkdagen``) are Monday to Friday. Neither regulation names public holidays; a rule
  that depends on workdays takes the holidays as an explicit input and assumes none when given none.
- Opening hours written "van 7:45 t/m 17:00" include both ends: 17:00 exactly is still within them.
- Haarlem speaks of the European Union (EU): its 27 member states since 1 February 2020, with
  the parts of them that have an ISO code of their own and belong to the EU (TFEU articles 349
  and 355): the outermost regions and the Aland Islands. Overseas countries and territories
  (Greenland, Aruba, Curacao ...) are outside it.
- Leeuwarden speaks of "landen in Europa": the handbook takes the countries of the United Nations
  geoscheme for Europe (M49 region 150) together with everything in the EU (which adds Cyprus and
  the outermost regions). Turkey, Georgia, Armenia and Azerbaijan are outside it.
"""

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Generic, TypeVar
from zoneinfo import ZoneInfo

from babel import Locale
from pydantic import AfterValidator, BaseModel, ConfigDict

from mdrules.choices import Choice
from mdrules.errors import DateRangeError, DefinitionError, InputError
from mdrules.i18n import N_, Phrase, Text

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


T = TypeVar("T")


@dataclass(frozen=True)
class Word(Generic[T]):
    """A kind of thing, with the words a regulation's text names it by.

    A parameter that is a list of words renders as the text writes it (the words, translated where
    they are shown), while a rule works with the kinds.

    >>> from mdrules.i18n import format_value
    >>> word = Word(DeviceKind.SMARTPHONE, N_("mobiele telefoon"))
    >>> word.kind.value, format_value(word, "nl")
    ('smartphone', 'mobiele telefoon')
    """

    kind: T
    """What the words name."""
    name: Phrase
    """The words, as the text writes them: a message."""


class DeviceKind(Choice):
    """Kinds of device the regulations name."""

    SMARTPHONE = "smartphone", "smartphone", "mobiele-telefoon"
    TABLET = "tablet", "tablet"
    LAPTOP = "laptop", "laptop"
    DESKTOP = "desktop", "desktop-pc", "desktop"
    MONITOR = "monitor", "monitor", "beeldscherm"
    THIN_CLIENT = "thin-client", "thin-client"


DEVICE_NAMES: dict[DeviceKind, Phrase] = {
    DeviceKind.SMARTPHONE: N_("smartphone"),
    DeviceKind.TABLET: N_("tablet"),
    DeviceKind.LAPTOP: N_("laptop"),
    DeviceKind.DESKTOP: N_("desktop pc"),
    DeviceKind.MONITOR: N_("monitor"),
    DeviceKind.THIN_CLIENT: N_("thin client"),
}
"""The Dutch name of each device kind, as the texts write it; translated where it is shown."""


class Role(Choice):
    """Who someone is to the municipality: an office holder or someone who works for it.

    Haarlem's regulation is for office holders (ambtsdragers, 2.1); Leeuwarden's for everyone who
    works for the municipality (Artikel 1 lid 1).
    """

    MAYOR = "mayor", "burgemeester"
    ALDERMAN = "alderman", "wethouder"
    COUNCIL_MEMBER = "council-member", "raadslid", "gemeenteraadslid"
    COMMITTEE_MEMBER = "committee-member", "commissielid"
    EMPLOYEE = "employee", "werknemer", "medewerker"
    INTERN = "intern", "stagiair"
    TEMPORARY_WORKER = "temporary-worker", "uitzendkracht"
    VOLUNTEER = "volunteer", "vrijwilliger"
    OTHER_WORKER = "other-worker", "andere-werkende"
    """Someone else who does paid or unpaid work for or on behalf of the municipality."""
    EXTERNAL = "third-party", "derde"
    """Someone who does no work for the municipality (a third party)."""


ROLE_NAMES: dict[Role, Phrase] = {
    Role.MAYOR: N_("burgemeester"),
    Role.ALDERMAN: N_("wethouder"),
    Role.COUNCIL_MEMBER: N_("gemeenteraadslid"),
    Role.COMMITTEE_MEMBER: N_("commissielid"),
    Role.EMPLOYEE: N_("werknemer"),
    Role.INTERN: N_("stagiair"),
    Role.TEMPORARY_WORKER: N_("uitzendkracht"),
    Role.VOLUNTEER: N_("vrijwilliger"),
    Role.OTHER_WORKER: N_("andere werkende"),
    Role.EXTERNAL: N_("derde"),
}
"""The Dutch name of each role, a noun without an article ("de rol wethouder"); translated where
it is shown. A regulation whose sentences name a role in its own words keeps those words itself."""

OFFICE_HOLDERS = frozenset({Role.MAYOR, Role.ALDERMAN, Role.COUNCIL_MEMBER, Role.COMMITTEE_MEMBER})
"""The roles Haarlem 2.1 names as ambtsdrager."""


# ISO 3166-1 alpha-2: babel's (CLDR) two-letter territories, less the codes that are not countries.
_NOT_ISO_3166 = frozenset("AC CP CQ DG EA EU EZ IC QO TA UN XA XB XK ZZ".split())
COUNTRIES: frozenset[str] = frozenset(
    str(code)
    for code in Locale("en").territories
    if re.fullmatch(r"[A-Z]{2}", str(code)) and code not in _NOT_ISO_3166
)
"""Every officially assigned ISO 3166-1 alpha-2 country code (249)."""

EU_MEMBERS: frozenset[str] = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)
"""The member states of the European Union since 1 February 2020."""

EU_TERRITORIES: frozenset[str] = frozenset("AX GF GP MQ MF RE YT".split())
"""The parts of member states with an ISO code of their own that belong to the EU: the Aland
Islands (TFEU 355(4)) and the outermost regions French Guiana, Guadeloupe, Martinique,
Saint-Martin, Reunion and Mayotte (TFEU 349). The Azores, Madeira and the Canary Islands are in
the EU under the code of their country."""

IN_EU: frozenset[str] = EU_MEMBERS | EU_TERRITORIES
"""What the handbook counts as "in de EU" (Haarlem 2.5.3, 2.5.4)."""

UN_M49_EUROPE: frozenset[str] = frozenset(
    # Eastern, Northern, Southern and Western Europe in the UN geoscheme (M49 region 150).
    "BG BY CZ HU MD PL RO RU SK UA "
    "AX DK EE FI FO GB GG IE IM IS JE LT LV NO SE SJ "
    "AD AL BA ES GI GR HR IT ME MK MT PT RS SI SM VA "
    "AT BE CH DE FR LI LU MC NL".split()
)
EUROPE: frozenset[str] = UN_M49_EUROPE | IN_EU
"""The countries the handbook counts as "in Europa" (Leeuwarden 4.2.c)."""


def country_code(value: str) -> str:
    """Check and normalise an ISO 3166-1 alpha-2 country code.

    >>> country_code("tr")
    'TR'
    >>> country_code("XX")
    Traceback (most recent call last):
    ...
    mdrules.errors.InputError: verwacht een landcode volgens ISO 3166-1 alpha-2, zoals NL, TR of
    US; opgegeven: 'XX'
    """
    code = value.strip().upper()
    if code not in COUNTRIES:
        msg = N_(
            "verwacht een landcode volgens ISO 3166-1 alpha-2, zoals NL, TR of US; opgegeven: {got}"
        )
        raise InputError(msg, got=repr(value))
    return code


Country = Annotated[str, AfterValidator(country_code)]
"""A country, by its ISO 3166-1 alpha-2 code."""


def country_name(code: str, language: str) -> str:
    """Return a country's name in a language.

    >>> country_name("TR", "nl")
    'Turkije'
    """
    return str(Locale.parse(language).territories[code])


def in_eu(code: str) -> bool:
    """Whether a country is in the EU: a member state or a part of one that belongs to the EU.

    >>> in_eu("NL"), in_eu("NO"), in_eu("RE"), in_eu("AW")
    (True, False, True, False)
    """
    return country_code(code) in IN_EU


def in_europe(code: str) -> bool:
    """Whether a country counts as "in Europa".

    >>> in_europe("NO"), in_europe("TR"), in_europe("CY")
    (True, False, True)
    """
    return country_code(code) in EUROPE


WEEKDAYS = frozenset(range(5))
"""Monday to Friday, as :meth:`datetime.date.weekday` numbers them."""
EVERY_DAY = frozenset(range(7))


def local(moment: dt.datetime) -> dt.datetime:
    """Return a moment in Amsterdam time; a naive moment is taken to be Amsterdam time already.

    >>> local(dt.datetime(2026, 1, 5, 16, 0, tzinfo=dt.UTC)).hour
    17
    """
    if moment.tzinfo is None:
        return moment.replace(tzinfo=AMSTERDAM)
    return moment.astimezone(AMSTERDAM)


DAY_NAMES = (
    N_("op maandag"),
    N_("op dinsdag"),
    N_("op woensdag"),
    N_("op donderdag"),
    N_("op vrijdag"),
    N_("op zaterdag"),
    N_("op zondag"),
)
"""The phrase for one day of the week, as opening hours name it."""


def period_name(months: int) -> Phrase:
    """Return a period of months as the texts write it ("per half jaar").

    >>> period_name(6)
    'half jaar'
    >>> period_name(5)
    Traceback (most recent call last):
    ...
    mdrules.errors.DefinitionError: expected a period the texts name (6 or 12 months); got 5 months
    """
    names = {6: N_("half jaar"), 12: N_("jaar")}
    if months not in names:
        msg = f"expected a period the texts name (6 or 12 months); got {months} months"
        raise DefinitionError(msg)
    return names[months]


class TimeWindow(BaseModel):
    """Opening hours: on some days of the week, from a time through a time (both included).

    >>> window = TimeWindow(days=WEEKDAYS, start=dt.time(7, 45), end=dt.time(17, 0))
    >>> window.contains(dt.datetime(2026, 11, 23, 17, 0))
    True
    >>> window.contains(dt.datetime(2026, 11, 21, 10, 0))  # a Saturday
    False
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    days: frozenset[int]
    """Days of the week, 0 = Monday."""
    start: dt.time
    """First minute of opening."""
    end: dt.time
    """Last minute of opening (included: 't/m')."""

    @property
    def days_name(self) -> Phrase:
        """The days as the texts write them: "op werkdagen", "dagelijks", "op dinsdag"."""
        if self.days == WEEKDAYS:
            return N_("op werkdagen")
        if self.days == EVERY_DAY:
            return N_("dagelijks")
        if len(self.days) == 1:
            return DAY_NAMES[next(iter(self.days))]
        msg = f"expected workdays, every day or one day; got days {sorted(self.days)}"
        raise DefinitionError(msg)

    def contains(self, moment: dt.datetime, holidays: frozenset[dt.date] = frozenset()) -> bool:
        """Whether a moment falls within the window, holidays excluded."""
        moment = local(moment)
        if moment.weekday() not in self.days or moment.date() in holidays:
            return False
        return self.start <= moment.time().replace(second=0, microsecond=0) <= self.end


def add_months(day: dt.date, months: int) -> dt.date:
    """Return the same day a number of months later; the end of a shorter month if need be.

    >>> add_months(dt.date(2023, 11, 23), 36)
    datetime.date(2026, 11, 23)
    >>> add_months(dt.date(2024, 1, 31), 1)
    datetime.date(2024, 2, 29)
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    try:
        next_month = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
        last_day = (next_month - dt.timedelta(days=1)).day
        return dt.date(year, month + 1, min(day.day, last_day))
    except (ValueError, OverflowError):
        raise _out_of_range(day, months, N_("{count} maanden")) from None


def add_days(day: dt.date, days: int) -> dt.date:
    """Return the day a number of days later (earlier when negative).

    >>> add_days(dt.date(2026, 11, 23), 7)
    datetime.date(2026, 11, 30)
    >>> add_days(dt.date(9999, 12, 31), 1)
    Traceback (most recent call last):
    ...
    mdrules.errors.DateRangeError: verwacht datums die de berekening aankan (de jaren 1 tot en met
    9999); opgegeven: 9999-12-31 + 1 dagen
    >>> try:
    ...     add_days(dt.date(1, 1, 1), -1)
    ... except DateRangeError as error:
    ...     print(error.render("en"))
    expected dates the calculation can handle (years 1 to 9999); got 0001-01-01 - 1 days
    """
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        raise _out_of_range(day, days, N_("{count} dagen")) from None


NOTICE_DAYS = 30
"""How many days before a deadline its status turns from on time to due.

A setting of the handbook (``mdrules review --notice``), not a term of either regulation."""


def deadline_status(on: dt.date, due: dt.date, notice_days: int = NOTICE_DAYS) -> str:
    """Return where a day stands against a deadline: ``on-time``, ``due`` or ``overdue``.

    The deadline itself is still in time; from ``notice_days`` before it, it is due.

    >>> [deadline_status(dt.date(2026, 11, day), dt.date(2026, 11, 30)) for day in (1, 30)]
    ['due', 'due']
    >>> deadline_status(dt.date(2026, 10, 30), dt.date(2026, 11, 30))
    'on-time'
    >>> deadline_status(dt.date(2026, 12, 1), dt.date(2026, 11, 30))
    'overdue'
    """
    if on > due:
        return "overdue"
    if on >= add_days(due, -notice_days):
        return "due"
    return "on-time"


def _out_of_range(day: dt.date, count: int, unit: Phrase) -> DateRangeError:
    """Return the refusal of a day and a count of months or days that leave the calendar."""
    msg = N_(
        "verwacht datums die de berekening aankan (de jaren 1 tot en met 9999); opgegeven: {day} "
        "{sign} {added}"
    )
    added = Text(unit, {"count": abs(count)})
    return DateRangeError(msg, day=day.isoformat(), sign="-" if count < 0 else "+", added=added)
