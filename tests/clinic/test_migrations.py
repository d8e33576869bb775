from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from clinic.models import Base


def test_migrations_build_exactly_the_tables_the_models_describe(database):
    with database.get_engine().connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
