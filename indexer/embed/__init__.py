"""Items into vectors: the embedding models and passage splitting."""
