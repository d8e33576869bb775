"""Create the clinic database tables that do not exist yet."""
from actions.db import get_engine
from actions.models import Base

if __name__ == "__main__":
    Base.metadata.create_all(get_engine())
