"""Stage 2: the loaded spec to the IR (`generator.ir.Api`). Every name, type, body, response and page is decided here."""
