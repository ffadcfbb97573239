"""The registry of published regulations: the single source of their titles and pages.

Their versions and dates come from the revision registers (:mod:`mdrules.revisions`).
"""

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from mdrules.i18n import N_
from mdrules.revisions import REGISTERS, Register


class Regulation(BaseModel):
    """One published regulation.

    >>> from mdrules.regulations import REGULATIONS
    >>> REGULATIONS["haarlem"].version
    '1.04'

    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Annotated[str, Field(pattern=r"^[a-z]+$")]
    """Short identifier; the first part of every label and the folder of its pages."""
    title: str
    """Title of the regulation as the handbook shows it (in Dutch; translated on other pages)."""
    authority: str
    """The municipality or municipalities that set it."""
    page: str
    """Sphinx document name of the full text."""
    source: str
    """Path of the original text as received, relative to the repository root."""
    marker_style: Literal["full", "last"]
    """``full`` shows a provision's full number (``2.3.16``); ``last`` its last part and a dot."""
    title_in_source: bool
    """Whether the page title is a line of the original text."""

    @property
    def register(self) -> Register:
        """The revision register: the source of the version and its date."""
        return REGISTERS[self.id]

    @property
    def version(self) -> str:
        """The version the handbook publishes, from the register."""
        return self.register.current.version

    @property
    def version_date(self) -> dt.date | None:
        """Date of that version, or ``None`` when the source leaves it open."""
        return self.register.current.date


REGULATIONS: dict[str, Regulation] = {
    regulation.id: regulation
    for regulation in (
        Regulation(
            id="haarlem",
            title=N_("Beleid en regels gebruik en ondersteuning mobile devices"),
            authority=N_("gemeenten Haarlem & Zandvoort"),
            page="haarlem/beleid",
            source="sources/haarlem/original.txt",
            marker_style="full",
            title_in_source=False,
        ),
        Regulation(
            id="leeuwarden",
            title=N_("Regeling gebruik (communicatie)middelen"),
            authority=N_("gemeente Leeuwarden"),
            page="leeuwarden/regeling",
            source="sources/leeuwarden/original.txt",
            marker_style="last",
            title_in_source=True,
        ),
    )
}
