"""Load a trained model for offline evaluation without Rasa's per-message debug log."""
from __future__ import annotations

import logging
import warnings


async def load_quiet_agent(model: str):
    from rasa.core.agent import load_agent
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    # Rasa's debug log would print every message parsed; keep test messages out of the output.
    warnings.filterwarnings("ignore")
    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)
    return await load_agent(model_path=model)
