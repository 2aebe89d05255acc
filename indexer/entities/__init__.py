"""Items into entities: people with party and role, parties, places, organs, who did what."""
