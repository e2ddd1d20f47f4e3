"""oasgen: OpenAPI 3.0/3.1 to typed Python clients, Pydantic models and FastAPI stubs."""

__version__ = "0.1.0"
