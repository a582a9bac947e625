"""Roles, permissions and the principal's permission check (pure; the guarded services are in tests/db)."""

from __future__ import annotations

import uuid

import pytest

from counter_app import roles
from counter_app.errors import PermissionDenied, UserError
from counter_app.roles import COMMAND_LINE, ROLE_PERMISSIONS, Permission, Principal, Role


def principal(role: Role) -> Principal:
    return Principal(user_id=uuid.uuid4(), username=f"u_{role.value}", full_name="Uji", role=role)


def test_every_role_has_a_label_and_a_permission_set() -> None:
    assert set(roles.ROLE_LABELS) == set(Role)
    assert set(ROLE_PERMISSIONS) == set(Role)
    assert all(label.strip() for label in roles.ROLE_LABELS.values())


def test_every_permission_has_an_indonesian_label() -> None:
    assert set(roles.PERMISSION_LABELS) == set(Permission)
    assert all(label.strip() for label in roles.PERMISSION_LABELS.values())


def test_admin_may_do_everything() -> None:
    assert ROLE_PERMISSIONS[Role.ADMIN] == frozenset(Permission)


COUNTER_STAFF = (
    Permission.VIEW_CATALOGUE,
    Permission.SERVE_QUEUE,
    Permission.VIEW_QUEUE,
    Permission.INTAKE,
    Permission.VIEW_APPLICATIONS,
    Permission.VIEW_JOBSEEKERS,
    Permission.VIEW_DOCUMENTS,
    Permission.RECORD_COMPLAINTS,
)
PROCESSING = (Permission.VIEW_APPLICATIONS, Permission.PROCESS_APPLICATIONS)
DOCUMENTS = (Permission.VIEW_DOCUMENTS, Permission.ISSUE_DOCUMENTS)
OVERSIGHT = (
    Permission.VIEW_JOBSEEKERS,
    Permission.VIEW_REPORTS,
    Permission.RECORD_COMPLAINTS,
    Permission.MANAGE_COMPLAINTS,
)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (
            Role.SUPERVISOR,
            {
                Permission.VIEW_CATALOGUE,
                Permission.VIEW_AUDIT,
                Permission.VIEW_QUEUE,
                *PROCESSING,
                *DOCUMENTS,
                *OVERSIGHT,
            },
        ),
        (Role.PETUGAS_LOKET, {*COUNTER_STAFF}),
        # Only the AK/1 officer registers job seekers (DOMAIN.md §1: the Pengantar kerja interviews and signs).
        (Role.PENGANTAR_KERJA, {*COUNTER_STAFF, Permission.REGISTER_JOBSEEKERS}),
        (Role.VERIFIKATOR, {Permission.VIEW_CATALOGUE, *PROCESSING, *DOCUMENTS}),
    ],
)
def test_staff_roles_get_only_their_permissions(role: Role, expected: set[Permission]) -> None:
    assert ROLE_PERMISSIONS[role] == expected


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_can_and_require_agree_with_the_role_table(role: Role, permission: Permission) -> None:
    who = principal(role)
    granted = permission in ROLE_PERMISSIONS[role]
    assert who.can(permission) is granted
    if granted:
        who.require(permission)
    else:
        with pytest.raises(PermissionDenied) as info:
            who.require(permission)
        # Plain Indonesian, naming the role and what was refused, and the next step.
        message = str(info.value)
        assert roles.ROLE_LABELS[role] in message
        assert roles.PERMISSION_LABELS[permission] in message
        assert "Minta Admin" in message


def test_permission_denied_is_a_user_error() -> None:
    # The UI shows UserErrors in the message bar instead of the crash dialog.
    assert issubclass(PermissionDenied, UserError)


def test_command_line_acts_as_admin_without_a_user_row() -> None:
    assert COMMAND_LINE.role is Role.ADMIN
    assert COMMAND_LINE.user_id is None
    assert all(COMMAND_LINE.can(p) for p in Permission)


def test_role_label_of_principal() -> None:
    assert principal(Role.PETUGAS_LOKET).role_label == "Petugas loket"
