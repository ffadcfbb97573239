"""Facts about a regulation rendered into the text: the ``{regulation}`` role."""

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.locale import _
from sphinx.util.docutils import SphinxRole

from mdrules.metadata import FACTS, render_fact
from mdrules.regulations import REGULATIONS
from mdrules.sphinxext.content.dependencies import note_rendering
from mdrules.sphinxext.content.lines import role_location
from mdrules.sphinxext.warning_types import MdrulesWarning, warn


class RegulationFactRole(SphinxRole):
    """``{regulation}`haarlem:version` `` renders a fact from the regulation registry."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        """Look up the fact and render it for the build's language."""
        key, _sep, field = self.text.partition(":")
        note_rendering(self.env, [key])
        regulation = REGULATIONS.get(key)
        if regulation is None or field not in FACTS:
            warn(
                MdrulesWarning.FACT,
                "expected REGULATION:FIELD with REGULATION one of %s and FIELD one of %s; got %r",
                ", ".join(REGULATIONS),
                ", ".join(FACTS),
                self.text,
                location=role_location(self),
            )
            return [], []
        text = render_fact(regulation, field, self.config.language or "nl")
        if text is None:
            text = _("not stated in the source")
        return [nodes.inline(self.rawtext, text, classes=["md-fact"])], []


def setup_facts(app: Sphinx) -> None:
    """Register the ``{regulation}`` role."""
    app.add_role("regulation", RegulationFactRole())
