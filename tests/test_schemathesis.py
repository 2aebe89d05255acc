"""The OpenAPI document matches what the app does: schemathesis generates requests from /openapi.json and
checks every answer (status declared, content type declared, body valid against its schema, no 5xx).

In-process against the app over the hash archive of corpus/, with a bounded budget per operation so CI
stays within minutes; a failure prints the request that reproduces it.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from api.main import create_app
from arkiv.settings import Settings

pytestmark = pytest.mark.slow

#: Generated requests per operation (each is a real search or look-up on the archive).
EXAMPLES = 25


def test_api_answers_as_its_openapi_document_says(hash_archive: Settings) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(hash_archive))
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10, [op.label for op in operations]
    for op in operations:

        @given(case=op.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case: Any) -> None:
            case.call_and_validate()

        try:
            run()
        except (Exception, BaseExceptionGroup) as e:  # every operation's failures, not only the first one's
            failures.append(f"{op.label}: {type(e).__name__}: {str(e)[:2000]}")
    assert not failures, "\n\n".join(failures)
