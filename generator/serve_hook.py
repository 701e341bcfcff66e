"""MkDocs hook used by ``newsbrief serve`` only: regenerate pages before every rebuild.

``serve`` watches ``seeds/``; when a seed changes MkDocs rebuilds, and this hook first brings
``docs/`` up to date. Generation is incremental: only the edited seed is read and extracted
again (the others are remembered by the archive cache), and unchanged pages keep their bytes,
so the rebuild it triggers settles. The feed links to the address being served.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.plugins.newsbrief")


def on_pre_build(config: Any) -> None:
    from generator.site import generate

    result = generate(Path(config.config_file_path).parent, site_url=config.site_url)
    for line in result.errors:
        log.error(line)
    if result.report.written or result.report.removed:
        log.info(
            "newsbrief: %d seeds extracted, %d pages written, %d removed",
            len(result.extracted),
            len(result.report.written),
            len(result.report.removed),
        )
