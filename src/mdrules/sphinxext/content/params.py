"""Parameter values in the text: the ``{param}`` role."""

from babel.lists import format_list
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxRole

from mdrules.errors import FormError
from mdrules.parameters import PhoneNumber, render
from mdrules.regulations import RULESETS
from mdrules.sphinxext.content.dependencies import note_rendering
from mdrules.sphinxext.content.lines import role_location
from mdrules.sphinxext.warning_types import MdrulesWarning, warn
from mdrules.vocabulary import EU_MEMBERS, EU_TERRITORIES, EUROPE, country_name


class ParameterRole(SphinxRole):
    """``{param}`haarlem.depreciation_smartphone_months` `` renders a parameter's value.

    A form follows a colon: ``{param}`haarlem.forbidden_codes:or` `` joins a list with "of" / "or".
    An e-mail address becomes a ``mailto:`` link, a phone number (``dashed``, ``plain``) a
    ``tel:`` link that a phone dials on a tap; an internal extension stays text.
    """

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        """Render the value for the build's language."""
        key, _sep, form = self.text.partition(":")
        note_rendering(self.env, [key.partition(".")[0]])
        parameter = RULESETS.parameters.get(key)
        if parameter is None:
            return self._error(
                "expected a parameter key such as "
                f"{next(iter(sorted(RULESETS.parameters)), 'regulation.name')}"
                f"; got {key!r} (the keys are listed in the reference)"
            )
        try:
            text = render(parameter, self.config.language or "nl", form)
        except FormError as error:
            return self._error(str(error))
        classes = ["md-param"]
        if isinstance(parameter.value, str) and "@" in parameter.value:
            link = nodes.reference(self.rawtext, text, refuri=f"mailto:{text}", classes=classes)
            return [link], []
        if isinstance(parameter.value, PhoneNumber) and form != "extension":
            uri = parameter.value.uri
            return [nodes.reference(self.rawtext, text, refuri=uri, classes=classes)], []
        return [nodes.inline(self.rawtext, text, classes=classes)], []

    def _error(self, message: str) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        warn(MdrulesWarning.PARAMETER, "%s", message, location=role_location(self))
        return [nodes.problematic(self.rawtext, self.rawtext)], []


COUNTRY_LISTS = {"eu": EU_MEMBERS, "eu-territories": EU_TERRITORIES, "europe": EUROPE}


class CountriesRole(SphinxRole):
    """``{countries}`eu` `` lists the countries of a list of the vocabulary, by name, sorted."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        """Render the names in the build's language."""
        note_rendering(self.env, [])
        codes = COUNTRY_LISTS.get(self.text)
        if codes is None:
            warn(
                MdrulesWarning.PARAMETER,
                "expected a country list, one of %s; got %r",
                ", ".join(COUNTRY_LISTS),
                self.text,
                location=role_location(self),
            )
            return [nodes.problematic(self.rawtext, self.rawtext)], []
        language = self.config.language or "nl"
        names = sorted(country_name(code, language) for code in codes)
        text = format_list(names, locale=language)
        return [nodes.inline(self.rawtext, text, classes=["md-param"])], []


def setup_params(app: Sphinx) -> None:
    """Register the ``{param}`` and ``{countries}`` roles."""
    app.add_role("param", ParameterRole())
    app.add_role("countries", CountriesRole())
