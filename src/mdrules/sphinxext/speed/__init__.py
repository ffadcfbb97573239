"""The build-speed measures, behind one seam: each is checked against the tools it was made for.

A measure makes the build faster without changing a page: it rests on other projects' internals
(autodoc2's analysis, astroid's brain, Furo's navigation, docutils' parser, Sphinx's toctree),
or on settings of the interpreter. Each declares the distributions and versions it was written
for, and the private attributes it touches. When the build's config is read
(``config-inited``), a measure whose versions differ, or whose attributes are missing, switches
itself off with one warning (``mdrules.speed``), and the plain path runs: the pages are the same,
the build is slower.

>>> [measure.name for measure in MEASURES]
['api-analysis', 'docstrings', 'navigation', 'collector']
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import import_module, metadata

from packaging.specifiers import SpecifierSet
from sphinx.application import Sphinx
from sphinx.config import Config

from mdrules.sphinxext.speed import api_analysis, collector, docstrings, navigation
from mdrules.sphinxext.warning_types import MdrulesWarning, warn

#: Sphinx as the handbook builds with it: 9.0 on Python 3.11, 9.2 on newer ones.
SPHINX = ">=9.0,<9.3"


def installed(distribution: str) -> str | None:
    """Return the installed version of a distribution, or None when it is not installed.

    >>> installed("sphinx") is not None, installed("no-such-distribution-here")
    (True, None)
    """
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def has_attribute(path: str) -> bool:
    """Say whether ``module:attribute.attribute`` names something that exists.

    A ``()`` among the attributes makes an instance (with no arguments), for the attributes that
    only instances have.

    >>> has_attribute("docutils.parsers.rst.roles:_roles"), has_attribute("docutils:nothing")
    (True, False)
    >>> has_attribute("autodoc2.db:InMemoryDb.()._items")
    True
    """
    module, _colon, attributes = path.partition(":")
    try:
        found: object = import_module(module)
    except ImportError:
        return False
    for name in filter(None, attributes.split(".")):
        if name == "()" and callable(found):
            found = found()
        elif hasattr(found, name):
            found = getattr(found, name)
        else:
            return False
    return True


@dataclass(frozen=True)
class Measure:
    """A build-speed measure: what it was written for, and how it connects to a build."""

    name: str
    connect: Callable[[Sphinx], None]
    #: The distributions it was written for, with the versions (a specifier such as ``==0.5.0``).
    versions: Mapping[str, str] = field(default_factory=dict)
    #: The private attributes it uses, as ``module:attribute.attribute`` (see has_attribute).
    attributes: tuple[str, ...] = ()

    def mismatch(self) -> str | None:
        """Say how the installed tools differ from those the measure was written for, if they do.

        >>> Measure("m", print, {"sphinx": "<1"}).mismatch()  # doctest: +ELLIPSIS
        'sphinx ... is installed; it was written for sphinx <1'
        >>> Measure("m", print, attributes=("docutils:nothing",)).mismatch()
        'docutils:nothing is missing'
        """
        for distribution, wanted in self.versions.items():
            found = installed(distribution)
            if found is None or found not in SpecifierSet(wanted):
                shown = f"{distribution} {found}" if found else f"no {distribution}"
                return f"{shown} is installed; it was written for {distribution} {wanted}"
        for path in self.attributes:
            if not has_attribute(path):
                return f"{path} is missing"
        return None


MEASURES = (
    Measure(
        "api-analysis",
        api_analysis.connect,
        {"sphinx-autodoc2": "==0.5.0", "astroid": ">=3.3,<3.4", "sphinx": SPHINX},
        (
            "autodoc2.analysis:walk_node",
            "autodoc2.db:InMemoryDb.()._items",
            "astroid.manager:AstroidManager.brain",
            "astroid.manager:AstroidManager.()._transform",
        ),
    ),
    Measure(
        "docstrings",
        docstrings.connect,
        {"docutils": ">=0.22,<0.23", "sphinx-autodoc2": "==0.5.0"},
        ("docutils.parsers.rst.roles:_roles", "docutils.parsers.rst.states:state_classes"),
    ),
    Measure(
        "navigation",
        navigation.connect,
        {"furo": "==2025.12.19", "sphinx": SPHINX},
        (
            "sphinx.builders.html:StandaloneHTMLBuilder._get_local_toctree",
            "furo.navigation:get_navigation_tree",
        ),
    ),
    Measure("collector", collector.connect),
)


def switch_on(app: Sphinx, config: Config) -> None:
    """Connect each measure the installed tools allow; warn once for each that is switched off."""
    for measure in MEASURES:
        problem = measure.mismatch()
        if problem is None:
            measure.connect(app)
        else:
            warn(
                MdrulesWarning.SPEED,
                "the build-speed measure %r is switched off (the build is slower, the pages "
                "the same): %s",
                measure.name,
                problem,
            )


def setup_speed(app: Sphinx) -> None:
    """Register the measures' settings; connect the measures once the configuration is read."""
    app.add_config_value("mdrules_check_navigation", False, "", bool)
    app.connect("config-inited", switch_on)
