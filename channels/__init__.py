"""Input channels with the assistant's message guard, loaded from credentials.yml."""
