"""The audit trail and verdict versions are append-only in the database itself, whatever the client."""

import pytest
from django.db import DatabaseError, connection, transaction

from claims.audit_models import AuditEvent
from tests.world import claim_in_review


@pytest.mark.parametrize("table", ["claims_auditevent", "claims_verdictversion"])
def test_raw_sql_update_on_an_append_only_table_fails(world, table):
    claim_in_review(world)
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(f"UPDATE {table} SET created_at = now()")  # noqa: S608


@pytest.mark.parametrize("table", ["claims_auditevent", "claims_verdictversion"])
def test_raw_sql_delete_on_an_append_only_table_fails(world, table):
    claim_in_review(world)
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(f"DELETE FROM {table}")  # noqa: S608


def test_the_orm_cannot_rewrite_history_either(world):
    claim_in_review(world)
    count = AuditEvent.objects.count()
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.update(note="nothing happened")
    assert (
        AuditEvent.objects.count() == count
        and not AuditEvent.objects.filter(note="nothing happened").exists()
    )
