"""Meeting metadata of a document: organization, organ, date, document type."""
