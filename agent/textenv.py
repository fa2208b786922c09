"""The jinja2 environment the drafts and reminders are written with.

The packaged templates ship as the package `agent.templates` (the repository's
top-level `templates/` folder). They are read through importlib.resources, so
they load the same from a wheel, a zip or a source tree. A folder of the
person's own templates, when given, is searched first: a file there with the
same name replaces the packaged one.

Text from events and mail is only ever passed to these templates as variable
values; nothing here compiles such text, so `{{ 7*7 }}` in a title stays text.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import CodeType

import jinja2
from jinja2.loaders import split_template_path

log = logging.getLogger(__name__)

PACKAGED_TEMPLATES = "agent.templates"
# Only for a source checkout that is run without installing: the package
# mapping `agent.templates` -> `templates/` exists only once installed.
_SOURCE_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def packaged_templates(package: str = PACKAGED_TEMPLATES) -> Traversable:
    """Where the packaged templates are: the installed package, else the source tree."""
    try:
        return resources.files(package)
    except ModuleNotFoundError:
        if package == PACKAGED_TEMPLATES and _SOURCE_TEMPLATES.is_dir():
            log.debug("%s is not installed; using %s", package, _SOURCE_TEMPLATES)
            return _SOURCE_TEMPLATES
        raise


class ResourceLoader(jinja2.BaseLoader):
    """Loads templates from a package's resources (works inside zips and wheels).

    jinja2's own PackageLoader wants a package with a file system location or a
    zipimporter; importlib.resources covers every importer.
    """

    def __init__(self, package: str = PACKAGED_TEMPLATES) -> None:
        self.package = package

    def _root(self) -> Traversable:
        return packaged_templates(self.package)

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        node = self._root()
        for piece in split_template_path(template):  # refuses "..": no escaping the package
            node = node.joinpath(piece)
        if not node.is_file():
            raise jinja2.TemplateNotFound(template)
        source = node.read_text(encoding="utf-8")
        # Packaged files do not change while the process runs.
        return source, f"{self.package}/{template}", lambda: True

    def list_templates(self) -> list[str]:
        return sorted(node.name for node in self._root().iterdir() if node.name.endswith(".j2"))


# Compiled templates by (template key, source checksum), shared by the process's caches:
# every environment here is made with the same options, so the same source compiles to
# the same code whichever state folder's cache asks for it.
_COMPILED: dict[tuple[str, str], CodeType] = {}


class CompiledCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept on disk between runs, keyed by each template's source.

    Compiling the templates is a good part of a short command's start-up. A
    cache that cannot be read or written only costs that time back. Within one
    process a template is compiled once, also for a second state folder.
    """

    def __init__(self, directory: Path) -> None:
        super().__init__(str(directory))
        self._folder = directory

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        compiled = _COMPILED.get((bucket.key, bucket.checksum))
        if compiled is not None:
            bucket.code = compiled
            if not Path(self._get_cache_filename(bucket)).exists():
                self.dump_bytecode(bucket)  # for this folder's next process too
            return
        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError, TypeError) as error:
            log.debug("compiled template cache not read: %s", error)
            bucket.reset()
        if bucket.code is not None:
            _COMPILED[(bucket.key, bucket.checksum)] = bucket.code

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.code is not None:
            _COMPILED[(bucket.key, bucket.checksum)] = bucket.code
        try:
            self._folder.mkdir(exist_ok=True)  # inside the state folder, never creating it
            super().dump_bytecode(bucket)
        except OSError as error:
            log.debug("compiled template cache not written: %s", error)


def make_environment(
    override_dir: Path | None = None, *, cache_dir: Path | None = None
) -> jinja2.Environment:
    """The environment compose renders with: the person's folder first, then the packaged one.

    A folder that does not exist is ignored (the default override folder usually
    does not), so only the packaged templates are used. With `cache_dir`,
    compiled templates are kept there for the next process.

    One environment per folder per process: jinja2 keeps compiled templates in
    its environment, so the daemon compiles each template once, not every
    cycle. The person's own files are still reloaded when they change (the
    file loader checks their mtimes).
    """
    folder: Path | None = None
    if override_dir is not None:
        folder = Path(override_dir).expanduser()
        if not folder.is_dir():
            log.debug("template folder %s does not exist; using the packaged templates", folder)
            folder = None
    # Keyed by where the packaged templates are too, should that ever change.
    return _environment(
        str(folder) if folder is not None else None,
        str(packaged_templates()),
        str(cache_dir) if cache_dir is not None else None,
    )


@functools.lru_cache(maxsize=8)
def _environment(folder: str | None, packaged: str, cache_dir: str | None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if folder is not None:
        loaders.append(jinja2.FileSystemLoader(folder, encoding="utf-8"))
    loaders.append(ResourceLoader())
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain text; the HTML part is escaped as a whole by compose
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=CompiledCache(Path(cache_dir)) if cache_dir is not None else None,
    )
