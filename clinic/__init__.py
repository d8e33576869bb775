"""The clinic side: settings, database, bookings, handoff, notifications and the staff portal."""
