"""Facts about a regulation rendered into the text: the ``{regulation}`` role."""

import datetime as dt

from babel.dates import format_date
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.locale import _
from sphinx.util.docutils import SphinxRole

from mdrules.i18n import babel_locale, translate
from mdrules.metadata import Regulation
from mdrules.regulations import REGULATIONS
from mdrules.sphinxext.warning_types import MdrulesWarning, warn

FIELDS = ("title", "authority", "version", "version_date")
#: Facts that are Dutch text, translated through the rules' catalog.
TRANSLATED_FIELDS = ("title", "authority")


def render_fact(regulation: Regulation, field: str, language: str) -> str:
    """Return one fact of a regulation as the page shows it in a language.

    >>> render_fact(REGULATIONS["haarlem"], "version_date", "nl")
    '30 oktober 2019'
    >>> render_fact(REGULATIONS["haarlem"], "version_date", "en")
    '30 October 2019'
    """
    value = getattr(regulation, field)
    if value is None:
        return _("not stated in the source")
    if isinstance(value, dt.date):
        return format_date(value, format="long", locale=babel_locale(language))
    if field in TRANSLATED_FIELDS:
        return translate(str(value), language)
    return str(value)


class RegulationFactRole(SphinxRole):
    """``{regulation}`haarlem:version` `` renders a fact from the regulation registry."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        """Look up the fact and render it for the build's language."""
        key, _sep, field = self.text.partition(":")
        regulation = REGULATIONS.get(key)
        if regulation is None or field not in FIELDS:
            warn(
                MdrulesWarning.FACT,
                "expected REGULATION:FIELD with REGULATION one of %s and FIELD one of %s; got %r",
                ", ".join(REGULATIONS),
                ", ".join(FIELDS),
                self.text,
                location=self.get_location(),
            )
            return [], []
        text = render_fact(regulation, field, self.config.language or "nl")
        return [nodes.inline(self.rawtext, text, classes=["md-fact"])], []


def setup_facts(app: Sphinx) -> None:
    """Register the ``{regulation}`` role."""
    app.add_role("regulation", RegulationFactRole())
