"""Rasa server plug-ins for storing conversations."""
