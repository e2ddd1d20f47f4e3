# Your implementation of the OpenAI API server.
#
# oasgen wrote this file once, because it was missing, and never changes or removes it:
# it is yours. Each class implements one Protocol of `seed000_client.server.handlers`;
# after a regeneration, a type checker run over this file (`mypy server_impl.py`)
# points at every method that no longer matches the spec. Serve it with
#
#     uvicorn seed000_client.server_impl:app
"""Handlers of the OpenAI API server."""

from __future__ import annotations

from seed000_client.server import Handlers, create_app
from seed000_client.types.create_thread_and_run_request import CreateThreadAndRunRequest
from seed000_client.types.run_object import RunObject


class BetaThreads:
    """The operations of `beta.threads` (`BetaThreadsHandler`)."""

    async def create_and_run(
        self, *, body: CreateThreadAndRunRequest, credentials: str
    ) -> RunObject:
        """Create thread and run

        Create a thread and run it in one request.

        `POST /threads/runs` (createThreadAndRun)

        Args:
            body: The `CreateThreadAndRunRequest` request body (application/json).

            credentials: The bearer token the request was authorised with.
        """
        raise NotImplementedError


handlers: Handlers = Handlers(beta_threads=BetaThreads())
app = create_app(handlers)
