"""The API reference's renderer: sphinx-autodoc2's MyST output, without empty field values.

autodoc2 shows an annotated attribute without a value (a required pydantic field) as
``None``, which reads as a default. This renderer leaves the value out instead.
"""

from collections.abc import Iterable

from autodoc2.render.myst_ import MystRenderer
from autodoc2.utils import ItemData


class FieldRenderer(MystRenderer):
    """Render attributes that have no value without a ``:value:`` line."""

    def render_data(self, item: ItemData) -> Iterable[str]:
        """Render a data item or attribute; drop ``:value: None`` when there is no value."""
        lines = list(super().render_data(item))
        if item.get("value") is None and ":value: >" in lines:
            at = lines.index(":value: >")
            del lines[at : at + 2]
        yield from lines
