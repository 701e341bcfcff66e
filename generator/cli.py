"""The ``newsbrief`` command line.

Exit status: 0 on success, 1 when a seed (or the site build) was refused, with one line per
problem naming the file, 2 on bad usage (argparse's convention).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from generator import __version__
from generator.brief import build_brief
from generator.contract import brief_to_json
from generator.errors import NewsbriefError
from generator.files import WriteReport, read_seed

SITE_URL_VARIABLE = "NEWSBRIEF_SITE_URL"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit status."""
    args = _parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except NewsbriefError as error:
        print(f"newsbrief: {error}", file=sys.stderr)
        return 1
    except OSError as error:  # docs/ not writable, disk full...: one line, not a traceback
        where = f"{error.filename}: " if error.filename else ""
        print(f"newsbrief: {where}{error.strerror or error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsbrief: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsbrief",
        description="Turn plain-text news articles in seeds/ into a news-brief website.",
    )
    parser.add_argument("--version", action="version", version=f"newsbrief {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="print the brief of one seed as JSON")
    extract.add_argument("seed", type=Path, help="a plain-text article")
    extract.set_defaults(handler=_extract)

    for name, handler, summary in (
        ("generate", _generate, "write the Markdown pages of every seed into docs/"),
        ("build", _build, "generate, then build site/ with mkdocs build --strict"),
        ("serve", _serve, "generate and serve with live reload; editing a seed regenerates it"),
        ("deploy", _deploy, "generate, build and publish the gh-pages branch"),
    ):
        command = commands.add_parser(name, help=summary, description=summary)
        _add_common(command, site=name != "generate")
        command.set_defaults(handler=handler)
        if name == "serve":
            command.add_argument("-a", "--dev-addr", metavar="IP:PORT", help="address to serve on (default: 127.0.0.1:8000)")
        if name == "deploy":
            command.add_argument("--remote-name", metavar="NAME", help="git remote to push gh-pages to (default: origin)")
            command.add_argument("-m", "--message", help="commit message for the gh-pages branch")
    return parser


def _add_common(command: argparse.ArgumentParser, *, site: bool) -> None:
    command.add_argument("--project", type=Path, default=Path("."), help="project folder (default: the current one)")
    command.add_argument("--force", action="store_true", help="overwrite generated pages edited by hand (a .bak copy is kept)")
    loudness = command.add_mutually_exclusive_group()
    loudness.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    loudness.add_argument("-v", "--verbose", action="store_true", help="print every file written")
    if site:
        command.add_argument(
            "--site-url",
            default=os.environ.get(SITE_URL_VARIABLE),
            help=f"the site's public address, for canonical links and the sitemap (default: ${SITE_URL_VARIABLE})",
        )


def _extract(args: argparse.Namespace) -> int:
    shown = args.seed.as_posix()
    if not shown.startswith("seeds/"):
        shown = f"seeds/{args.seed.name}"
    text = read_seed(args.seed, args.seed.as_posix())
    try:
        brief = build_brief(shown, text)
    except NewsbriefError as error:  # name the file as the user gave it
        raise NewsbriefError(args.seed.as_posix(), error.reason) from None
    except Exception as error:  # a bug: one line naming the seed, as generate reports it
        raise NewsbriefError.from_bug(args.seed.as_posix(), error) from error
    sys.stdout.write(brief_to_json(brief))
    return 0


def _generate(args: argparse.Namespace) -> int:
    from generator.progress import Progress, wanted
    from generator.site import generate

    meter = Progress("generating", enabled=wanted(sys.stderr, quiet=args.quiet, verbose=args.verbose))
    result = generate(args.project, force=args.force, progress=meter, site_url=getattr(args, "site_url", None))
    for line in result.errors:
        print(f"newsbrief: {line}", file=sys.stderr)
    if not args.quiet:
        for note in result.notes:
            print(f"newsbrief: {note}", file=sys.stderr)
        for line in _disk_notes(result.report):
            print(f"newsbrief: {line}", file=sys.stderr)
        if args.verbose:
            for name in result.report.written:
                print(f"newsbrief: wrote docs/{name}", file=sys.stderr)
        report = result.report
        print(
            f"newsbrief: {len(result.briefs)} briefs, {len(result.errors)} seeds refused; "
            f"{len(report.written)} pages written, {len(report.unchanged)} unchanged, {len(report.removed)} removed",
            file=sys.stderr,
        )
    return 1 if result.errors else 0


#: Why a generated page was not overwritten, as the closing notes say it.
KEPT_BECAUSE = {
    "hand-written": "kept, Newsbrief did not write this file (use --force to overwrite it; a .bak copy is kept)",
    "edited": "kept, it was edited by hand since Newsbrief wrote it (use --force to overwrite it; a .bak copy is kept)",
    "orphan": "kept, it was edited by hand and its seed is gone (delete it to let it go)",
}


def _disk_notes(report: WriteReport) -> list[str]:
    """One line per page kept, overwritten with a backup, or completed from an interrupted run."""
    lines = [f"docs/{name}: {KEPT_BECAUSE[report.reasons.get(name, 'edited')]}" for name in report.kept]
    lines += [f"docs/{name}: overwritten, the previous version is in docs/{bak}" for name, bak in report.backups.items()]
    lines += [f"docs/{name}: completed, an earlier run was interrupted" for name in report.recovered]
    return lines


def _build(args: argparse.Namespace) -> int:
    from generator.mkdocs_run import build_site

    status = _generate(args)
    build_site(args.project, site_url=args.site_url, quiet=args.quiet, verbose=args.verbose)
    return status


def _serve(args: argparse.Namespace) -> int:
    from generator.mkdocs_run import serve_site

    _generate(args)
    serve_site(args.project, site_url=args.site_url, dev_addr=args.dev_addr, quiet=args.quiet, verbose=args.verbose)
    return 0


def _deploy(args: argparse.Namespace) -> int:
    from generator.mkdocs_run import deploy_site

    status = _generate(args)
    if status:
        return status
    deploy_site(
        args.project,
        site_url=args.site_url,
        remote_name=args.remote_name,
        message=args.message,
        quiet=args.quiet,
        verbose=args.verbose,
    )
    return 0
