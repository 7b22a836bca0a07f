"""Role groups, the default rating scale, and the database-level append-only guard on the audit trail."""

from django.db import migrations

GROUPS = ["fact-checkers", "editors"]

DEFAULT_SCALE = [
    ("true", "True", "The statement is accurate and nothing significant is missing.", 5),
    ("mostly-true", "Mostly true", "The statement is accurate but needs clarification or additional detail.", 4),
    ("mixed", "Mixed", "The statement is partly accurate and partly inaccurate.", 3),
    ("mostly-false", "Mostly false", "The statement contains an element of truth but ignores critical facts.", 2),
    ("false", "False", "The statement is not accurate.", 1),
    ("misleading", "Misleading", "The figures may be right, but the statement gives a false impression.", 2),
    ("unverifiable", "Unverifiable", "The available evidence can neither prove nor disprove the statement.", 3),
]

# Row triggers do not fire on TRUNCATE: test-database flushes still work, while any UPDATE or DELETE,
# from the ORM, raw SQL or psql, is refused. EXECUTE FUNCTION needs PostgreSQL 11+ (we run 15/16).
APPEND_ONLY_SQL = """
CREATE OR REPLACE FUNCTION factcheck_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on %.% is refused: the table is append-only', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER claims_auditevent_append_only BEFORE UPDATE OR DELETE ON claims_auditevent
    FOR EACH ROW EXECUTE FUNCTION factcheck_refuse_change();
CREATE TRIGGER claims_verdictversion_append_only BEFORE UPDATE OR DELETE ON claims_verdictversion
    FOR EACH ROW EXECUTE FUNCTION factcheck_refuse_change();
"""

DROP_SQL = """
DROP TRIGGER IF EXISTS claims_auditevent_append_only ON claims_auditevent;
DROP TRIGGER IF EXISTS claims_verdictversion_append_only ON claims_verdictversion;
DROP FUNCTION IF EXISTS factcheck_refuse_change();
"""


def create_groups_and_scale(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in GROUPS:
        Group.objects.get_or_create(name=name)
    RatingScale = apps.get_model("claims", "RatingScale")
    Rating = apps.get_model("claims", "Rating")
    scale, created = RatingScale.objects.get_or_create(
        slug="default", version=1,
        defaults={"name": "Default", "best_rating": 5, "worst_rating": 1, "is_default": True},
    )
    if created:
        Rating.objects.bulk_create(
            Rating(scale=scale, slug=slug, label=label, definition=definition, value=value, position=position)
            for position, (slug, label, definition, value) in enumerate(DEFAULT_SCALE)
        )


def noop(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0003_verification_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_groups_and_scale, noop),
        migrations.RunSQL(APPEND_ONLY_SQL, DROP_SQL),
    ]
