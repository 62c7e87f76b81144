"""The `timeline` command: a thin click layer over the library API."""

from __future__ import annotations

import os
import sys

import click

from .commands.build import build
from .commands.diff import diff
from .commands.explain import explain
from .commands.sources import sources
from .commands.tag import tag


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline")
def cli() -> None:
    """Turn a folder of news articles into one merged, dated, sourced chronology."""


cli.add_command(build)
cli.add_command(tag)
cli.add_command(explain)
cli.add_command(sources)
cli.add_command(diff)


def main() -> None:
    """Entry point: no traceback reaches a user, and a closed pipe ends quietly."""
    try:
        result = cli.main(standalone_mode=False)
    except click.exceptions.Abort:  # Ctrl-C: the shell's convention for SIGINT
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as error:
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        click.echo(
            f"Error: {type(error).__name__}: {error} (set TIMELINE_DEBUG=1 for details)", err=True
        )
        sys.exit(1)
    if isinstance(result, int) and result:
        sys.exit(result)
