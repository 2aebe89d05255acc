"""The app's routers: JSON API (`api_*`), web pages (`web`, `web_pages`) and Atom feeds (`feeds`)."""
