"""The staff portal: a small web app where clinic staff work through urgent cases,
bookings and callback requests. `python -m clinic portal` serves it; `create_app()`
in clinic/portal/app.py builds it."""
