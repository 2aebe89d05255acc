"""Text into agenda items (paragraphs, agenda rows) with their diarienummer."""
