"""Parameters: every number, time, contact and list a rule uses, once, with its article.

A regulation writes them in its ``parameters.toml`` (:mod:`mdrules.parameter_file` reads it). The
handbook's text renders a parameter with the ``{param}`` role, so the figure a reader sees is
the figure the rule computes with.
"""

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Any, Generic, TypeVar

from babel.dates import format_time
from babel.lists import format_list
from pydantic import BaseModel, ConfigDict, Field

from mdrules.decision import Citation
from mdrules.errors import FormError
from mdrules.i18n import babel_locale, format_value, number_words
from mdrules.vocabulary import TimeWindow, period_name

T = TypeVar("T")


class PhoneNumber(BaseModel):
    """A Dutch telephone number, with the internal extension if there is one.

    >>> number = PhoneNumber(area="023", subscriber="5115252", extension="5252")
    >>> number.dashed, number.plain, number.uri
    ('023-5115252', '0235115252', 'tel:+31235115252')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    area: Annotated[str, Field(pattern=r"^0[0-9]{1,3}$")]
    """Area code with its leading 0."""
    subscriber: Annotated[str, Field(pattern=r"^[0-9]{6,8}$")]
    """Subscriber number."""
    extension: str | None = None
    """Internal short number."""

    @property
    def dashed(self) -> str:
        """The number as ``023-5115252``."""
        return f"{self.area}-{self.subscriber}"

    @property
    def plain(self) -> str:
        """The number as ``0235115252``."""
        return f"{self.area}{self.subscriber}"

    @property
    def uri(self) -> str:
        """The ``tel:`` address of the number, in its international (E.164) form.

        A phone dials it from abroad too (RFC 3966). The internal extension has no such address:
        it can be dialled only inside the municipality's own telephone network.
        """
        return f"tel:+31{self.area[1:]}{self.subscriber}"

    def __str__(self) -> str:
        return self.dashed


class Parameter(BaseModel, Generic[T]):
    """A value a rule uses, with the article it comes from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: Annotated[str, Field(pattern=r"^[a-z]+\.[a-z0-9_]+$")]
    """regulation.name"""
    value: T
    """The value, typed."""
    citation: Citation
    """The article that sets the value."""
    description: str
    """What the value is, in English."""


FORMS = {
    "": "the value as a sentence writes it",
    "words": "a count in words (twee)",
    "or": "a list joined with 'of' / 'or'",
    "and": "a list joined with 'en' / 'and'",
    "dashed": "a phone number as 023-5115252",
    "plain": "a phone number as 0235115252",
    "extension": "a phone number's internal extension",
    "hh:mm": "a time with two-digit hours (09:00)",
    "days": "the days of opening hours (op werkdagen, dagelijks, op dinsdag)",
    "Days": "the same, with a capital at the start of a sentence (Dagelijks)",
    "period": "a number of months as the texts write it (half jaar)",
}


def render(parameter: Parameter[Any], language: str, form: str = "") -> str:
    """Render a parameter's value for the text of a page in a language.

    >>> from mdrules.decision import Citation, CitationStyle
    >>> style = CitationStyle(name="Demo", forms=("{regulation} {number}",))
    >>> codes = Parameter[tuple[str, ...]](key="demo.x", value=("0000", "1234"),
    ...     citation=Citation(regulation="demo", article="2", style=style),
    ...     description="forbidden codes")
    >>> render(codes, "nl", "or"), render(codes, "en", "or")
    ('0000 of 1234', '0000 or 1234')
    """
    value = parameter.value
    if form == "" and not isinstance(value, PhoneNumber):
        return format_value(value, language)
    if form == "words" and isinstance(value, int):
        return number_words(value, language)
    if form in {"or", "and"} and isinstance(value, Sequence) and not isinstance(value, str):
        items = [format_value(item, language) for item in value]
        if form == "or":
            return format_list(items, style="or", locale=babel_locale(language))
        return format_list(items, locale=babel_locale(language))
    if form in {"days", "Days"} and isinstance(value, TimeWindow):
        days = format_value(value.days_name, language)
        return days[:1].upper() + days[1:] if form == "Days" else days
    if form == "period" and isinstance(value, int):
        return format_value(period_name(value), language)
    if form == "hh:mm" and isinstance(value, dt.time):
        return format_time(value, "HH:mm", locale=babel_locale(language))
    if isinstance(value, PhoneNumber) and form in {"", "dashed", "plain", "extension"}:
        text = {"": value.dashed, "dashed": value.dashed, "plain": value.plain}.get(form)
        if form == "extension" and value.extension:
            text = value.extension
        if text is not None:
            return text
    choices = ", ".join(f"{name or '(none)'}: {meaning}" for name, meaning in FORMS.items())
    msg = (
        f"parameter {parameter.key} ({type(value).__name__}) cannot be shown in form "
        f"{form!r}; the forms are {choices}"
    )
    raise FormError(msg)
