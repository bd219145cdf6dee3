"""Domain models built from rows storage already holds validated, without validating again.

Every row was validated by the domain before it was written (and the schema's checks hold
the same rules), so reading it back needs no second validation. pydantic's own
`model_construct` is slower than validation (it is written in Python); this sets the
instance's state directly, the way `model_construct` does, for models without private
attributes or extras. `tests/unit/storage/test_rows.py` checks the result equals a
validated model, so a pydantic upgrade that changes the layout fails a test, not a read.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

Model = TypeVar("Model", bound=BaseModel)
_set = object.__setattr__


def trusted(model: type[Model], values: dict[str, Any]) -> Model:
    """`model` holding `values` (each already of its field's type), not validated; fields
    missing from `values` get their defaults."""
    fields = model.model_fields
    if len(values) != len(fields):
        for name, field in fields.items():
            if name not in values:
                values[name] = field.get_default(call_default_factory=True)
    instance = model.__new__(model)
    _set(instance, "__dict__", values)
    _set(instance, "__pydantic_fields_set__", set(values))
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    return instance
