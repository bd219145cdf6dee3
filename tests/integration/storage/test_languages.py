"""The workspace's language and each user's own choice, stored per workspace."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from domain.errors import ValidationFailed
from domain.messages import Translator
from domain.workspace import Workspace, check_language
from storage.uow import SqlUnitOfWorkFactory
from tests.integration.storage.conftest import OTHER_WORKSPACE, WORKSPACE


def _start(uow_factory: SqlUnitOfWorkFactory, workspace_id: str) -> None:
    with uow_factory(workspace_id) as uow:
        uow.workspaces.ensure(Workspace(id=workspace_id))
        uow.commit()


def test_a_new_workspace_speaks_english_until_set_to_hungarian(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    _start(uow_factory, WORKSPACE)
    with uow_factory(WORKSPACE) as uow:
        workspace = uow.workspaces.get()
        assert workspace is not None
        assert workspace.language == "en"
        uow.workspaces.save(workspace.model_copy(update={"language": "hu"}))
        uow.commit()
    with uow_factory(WORKSPACE, write=False) as uow:
        stored = uow.workspaces.get()
        assert stored is not None
        assert stored.language == "hu"


def test_a_users_choice_is_kept_per_workspace_changed_and_forgotten(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    _start(uow_factory, WORKSPACE)
    _start(uow_factory, OTHER_WORKSPACE)
    with uow_factory(WORKSPACE) as uow:
        assert uow.user_languages.get("U1") is None
        uow.user_languages.set("U1", "hu")
        uow.commit()
    with uow_factory(WORKSPACE) as uow:
        assert uow.user_languages.get("U1") == "hu"
        uow.user_languages.set("U1", "en")
        uow.commit()
    with uow_factory(OTHER_WORKSPACE, write=False) as uow:
        assert uow.user_languages.get("U1") is None
    with uow_factory(WORKSPACE) as uow:
        assert uow.user_languages.get("U1") == "en"
        uow.user_languages.set("U1", None)
        uow.commit()
    with uow_factory(WORKSPACE, write=False) as uow:
        assert uow.user_languages.get("U1") is None


def test_the_schema_refuses_a_language_mmbot_does_not_speak(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    _start(uow_factory, WORKSPACE)
    with uow_factory(WORKSPACE) as uow, pytest.raises(IntegrityError):
        uow.user_languages.set("U1", "de")


def test_a_language_setting_other_than_en_or_hu_is_refused_naming_both() -> None:
    assert check_language("language", " HU ") == "hu"
    with pytest.raises(ValidationFailed) as refused:
        check_language("language", "de")
    assert Translator("en").text(refused.value.text) == (
        "'de' is not a language mmbot speaks. Allowed: en or hu."
    )
