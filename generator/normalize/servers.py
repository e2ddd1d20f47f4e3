"""Where each operation is sent: the base URL, or a host of its own, and the servers' variables.

The first server of the spec (or, when it names none at its top, the first a path or an
operation names) is the base URL. An operation whose own `servers` (or its path's) do not
list that URL is sent to the first of them instead: a `Host`, named for the client's
`base_urls` by the first label of its host name (`upload.box.com` is "upload"). Variables of
every server used (`https://{region}.example.com`) become the client's constructor arguments.
"""

from __future__ import annotations

import re
import urllib.parse
from typing import Any

from generator import naming
from generator.errors import Problem
from generator.ir import Api, Host, Operation, ServerVariable
from generator.load.loader import Node, Spec

#: The generated clients' constructor arguments besides the variables (templates/client/_client.py.jinja).
CONSTRUCTOR_ARGUMENTS = frozenset(
    {
        "self", "api_key", "base_url", "base_urls", "timeout", "max_retries", "default_headers",
        "default_query", "http_client", "webhook_secret", "client_id", "client_secret",
    }
)  # fmt: skip
_VARIABLE = re.compile(r"\{([^{}]+)\}")


class ServerBuilder:
    """Hosts and server variables, from the servers the operations name."""

    def __init__(self, spec: Spec, problems: list[Problem]) -> None:
        self.spec = spec
        self.problems = problems
        self.hosts: dict[str, Host] = {}  # by URL as written
        self.variables: dict[str, ServerVariable] = {}  # by name as written
        self._host_names = naming.NameRegistry()
        self._arg_names = naming.NameRegistry(taken=set(CONSTRUCTOR_ARGUMENTS))
        self._main_host = ""
        self.base_path = ""  # the base URL's path, which relative hosts' paths continue

    def build(
        self, base_url: str | None, operations: list[Operation], server_nodes: dict[str, Node]
    ) -> None:
        """Set each operation's `host`; the base URL's own variables come first."""
        root = self.spec.get(self.spec.root_node, "servers")
        first = next((s for _, s in root.items()), None)
        if first is None:
            first = next(
                (
                    s
                    for op in operations
                    if op.id in server_nodes
                    for _, s in server_nodes[op.id].items()
                ),
                None,
            )
        if base_url is not None:
            self._main_host = _host_label(base_url)
            self.base_path = url_path(base_url)
            if first is not None:
                self._variables(self.spec.get(first))
        for op in operations:
            servers = server_nodes.get(op.id)
            if servers is None or base_url is None:
                continue
            entries = [self.spec.get(s) for _, s in servers.items()]
            entries = [
                e
                for e in entries
                if isinstance(e.value, dict) and isinstance(e.value.get("url"), str)
            ]
            if not entries or any(e.value["url"] == base_url for e in entries):
                continue
            parsed = urllib.parse.urlsplit(entries[0].value["url"])
            if parsed.scheme and not parsed.netloc:
                self.problems.append(
                    Problem(
                        f"server URL {entries[0].value['url']!r} names no host: the operation is "
                        f"sent to the base URL ({base_url})",
                        self.spec.locate(entries[0].doc, entries[0].pointer),
                    )
                )
                continue
            op.host = self._host(entries[0]).name

    def _host(self, server: Node) -> Host:
        url: str = server.value["url"]
        if url not in self.hosts:
            parsed = urllib.parse.urlsplit(url)
            label = _host_label(url)
            path = naming.snake(parsed.path) if naming.words(parsed.path) else ""
            if not parsed.netloc:  # relative: named by its path (`/v2` is "v2")
                base = path or "root"
            elif label == self._main_host:  # the base URL's host on another path
                base = f"{label}_{path or 'root'}"
            else:
                base = naming.snake(label) if naming.words(label) else "host"
            own = url_path(url)
            self.hosts[url] = Host(
                name=self._host_names.claim(naming.safe_identifier(base)),
                url=url,
                relative=not parsed.netloc,
                path=(self.base_path + own) if not parsed.netloc else own,
                description=server.value.get("description")
                if isinstance(server.value.get("description"), str)
                else None,
            )
            self._variables(server)
        return self.hosts[url]

    def _variables(self, server: Node) -> None:
        """The server's variables, checked: each must be defined once, with a default."""
        url = server.value.get("url") if isinstance(server.value, dict) else None
        if not isinstance(url, str):
            return
        declared = self.spec.get(server, "variables")
        for name in dict.fromkeys(_VARIABLE.findall(url)):
            vnode = self.spec.get(declared, name)
            v: Any = vnode.value
            where = self.spec.locate(server.doc, server.pointer)
            if not isinstance(v, dict) or not isinstance(v.get("default"), (str, int, float)):
                self.problems.append(
                    Problem(
                        f"server variable {{{name}}} of {url} has no `default`: the client "
                        f"requires its argument",
                        where,
                    )
                )
                default = ""
            else:
                default = str(v["default"])
            enum = (
                [str(e) for e in v.get("enum", [])]
                if isinstance(v, dict) and isinstance(v.get("enum"), list)
                else []
            )
            if enum and default and default not in enum:
                self.problems.append(
                    Problem(
                        f"server variable {{{name}}}: its default {default!r} is not among its "
                        f"`enum`; the client accepts it too",
                        self.spec.locate(vnode.doc, vnode.pointer),
                    )
                )
                enum.append(default)
            known = self.variables.get(name)
            if known is not None:
                if (known.default, known.enum) != (default, enum):
                    self.problems.append(
                        Problem(
                            f"server variable {{{name}}} of {url} differs from the one of the same "
                            f"name used before (default {known.default!r}); the client has one "
                            f"`{known.py_name}` argument for both, with the first one's default",
                            self.spec.locate(vnode.doc, vnode.pointer),
                        )
                    )
                continue
            desc = v.get("description") if isinstance(v, dict) else None
            self.variables[name] = ServerVariable(
                name=name,
                py_name=self._arg_names.claim(naming.argument_name(naming.snake(name))),
                default=default,
                enum=enum,
                description=desc if isinstance(desc, str) else None,
            )


def keep_apart_from_credentials(api: Api) -> None:
    """A server variable named like a credential argument (`token`) takes another name: both
    are keyword arguments of the same constructor."""
    credentials = {c.name for c in api.credentials}
    names = naming.NameRegistry(taken=set(CONSTRUCTOR_ARGUMENTS) | credentials)
    for v in api.server_variables:
        if v.py_name in credentials:
            v.py_name = names.claim(v.py_name + "_server")


def url_path(url: str) -> str:
    """The path a server URL serves under, as the generated server's route prefix: without a
    trailing slash, "" for the root; "" too when the path holds a variable (`/{version}`),
    which no fixed prefix matches."""
    path = urllib.parse.urlsplit(url).path
    return "" if "{" in path else path.rstrip("/")


def _host_label(url: str) -> str:
    """The first label of a URL's host name (`upload` of `https://upload.box.com/api`)."""
    host = urllib.parse.urlsplit(url).netloc.rpartition("@")[2]
    label = host.split(".", 1)[0].split(":", 1)[0]
    match = _VARIABLE.fullmatch(label)
    return match.group(1) if match else label
