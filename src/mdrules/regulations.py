"""The registry of published regulations: the single source of their titles, versions and pages."""

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Regulation(BaseModel):
    """One published regulation.

    Attributes:
        id: Short identifier; the first part of every label and the folder of its pages.
        title: Title of the regulation as the handbook shows it.
        authority: The municipality or municipalities that set it.
        version: Version identifier as the source states it.
        version_date: Date of that version, or ``None`` when the source leaves it open.
        page: Sphinx document name of the full text.
        source: Path of the original text as received, relative to the repository root.
        marker_style: ``full`` shows a provision's full number (``2.3.16``); ``last`` shows its last
            part followed by a dot (``c.``).
        title_in_source: Whether the page title is a line of the original text.

    >>> from mdrules.regulations import REGULATIONS
    >>> REGULATIONS["haarlem"].version
    '1.04'

    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z]+$")
    title: str
    authority: str
    version: str
    version_date: dt.date | None
    page: str
    source: str
    marker_style: Literal["full", "last"]
    title_in_source: bool


REGULATIONS: dict[str, Regulation] = {
    regulation.id: regulation
    for regulation in (
        Regulation(
            id="haarlem",
            title="Beleid en regels gebruik en ondersteuning mobile devices",
            authority="gemeenten Haarlem & Zandvoort",
            version="1.04",
            version_date=dt.date(2019, 10, 30),
            page="haarlem/beleid",
            source="sources/haarlem/original.txt",
            marker_style="full",
            title_in_source=False,
        ),
        Regulation(
            id="leeuwarden",
            title="Regeling gebruik (communicatie)middelen",
            authority="gemeente Leeuwarden",
            version="2024",
            version_date=None,
            page="leeuwarden/regeling",
            source="sources/leeuwarden/original.txt",
            marker_style="last",
            title_in_source=True,
        ),
    )
}
