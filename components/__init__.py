"""Custom Rasa NLU components, loaded by the Rasa server from config.yml.

Every process that loads the model imports this package, so the action-reply check is
installed wherever custom actions run (components/action_reply_check.py)."""
from components import action_reply_check

action_reply_check.install()
