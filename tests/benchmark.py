"""Archive benchmark: generate and build sites of N briefs, and print what it costs.

Run ``python -m tests.benchmark`` (or ``make bench``); ``--sizes 10,100`` for a quick run. For each
N it writes N varied articles into a temporary project, then measures:

- extraction throughput: seeds decoded and turned into briefs per second, on one core;
- generate: ``generate()`` from scratch, in process;
- build: ``mkdocs build --strict`` in a subprocess, so that its peak memory is its own
  (``os.wait4`` returns the rusage of that one child);
- wall-clock and CPU seconds of both, and the generate/build ratio of each: generate shares
  a large archive among the cores, the build runs on one, so the two ratios differ; on a busy
  machine wall-clock time also measures the neighbours, so the per-brief build cost is CPU time.
  CPU time is shown as user and system time apart: generate creates five files per brief, and
  what the kernel charges for creating a file varies widely between file systems (on a
  journaling disk of a virtual machine it can be most of generate's CPU time, on tmpfs nearly
  none), while the user time is the Python work of extraction and rendering;
- the site's size per brief, and the time to regenerate after editing one seed.

Articles come from templates filled with varied names, places, numbers, quotes and titles,
drawn from a seeded random generator: the same ``--seed`` gives the same archive, and no two
briefs are alike. This is a measurement script, not a test: it asserts nothing about timings.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
SIZES = (10, 100, 1000)

LEADERS = [
    ("Amara Okafor", "President of Nigeria", "Nigeria", "Abuja", "she"),
    ("Lukas Brenner", "Chancellor of Austria", "Austria", "Vienna", "he"),
    ("Kassym Tokayev", "President of Kazakhstan", "Kazakhstan", "Astana", "he"),
    ("Maria Duarte", "Prime Minister of Portugal", "Portugal", "Lisbon", "she"),
    ("Hiroshi Tanaka", "Prime Minister of Japan", "Japan", "Tokyo", "he"),
    ("Elena Petrova", "President of Bulgaria", "Bulgaria", "Sofia", "she"),
    ("Carlos Mendes", "President of Brazil", "Brazil", "Brasília", "he"),
    ("Ingrid Larsen", "Prime Minister of Norway", "Norway", "Oslo", "she"),
    ("Omar Haddad", "King of Jordan", "Jordan", "Amman", "he"),
    ("Sofia Ramírez", "President of Chile", "Chile", "Santiago", "she"),
]
OFFICIALS = [
    ("Jen Walsh", "the White House spokeswoman"),
    ("Pierre Laurent", "the French foreign minister"),
    ("Anna Kowalski", "the head of the Red Cross delegation"),
    ("David Cohen", "a spokesman for the United Nations"),
    ("Li Wei", "the Chinese ambassador"),
    ("Fatima Noor", "the interior minister"),
]
BODIES = ["the Interior Ministry", "the Health Ministry", "the police", "the electoral commission", "the central bank"]
CAUSES = ["the rise in fuel prices", "a disputed election", "cuts to pensions", "a new water tax", "the price of bread"]
MEASURES = ["a curfew", "a state of emergency", "a ban on public gatherings", "emergency price controls"]
AGENCIES = ["EFE", "AFP", "Reuters", "Europa Press", "AP", "DPA"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
HEDGES = ["more than", "at least", "nearly", "some", "about", "over"]
QUOTES = [
    "We will not allow a handful of criminals to take the country hostage",
    "The government has heard the people and will act",
    "There can be no negotiation with those who burn our cities",
    "Every life lost is a tragedy for the whole nation",
    "Order will be restored, whatever it takes",
    "We ask everyone to stay at home and keep calm",
    "The demands of the protesters are legitimate, the violence is not",
    "This is a dark day for democracy",
]
TAGS = ["politics", "protests", "economy", "security", "diplomacy", "energy", "human rights"]


class Cpu(NamedTuple):
    """CPU seconds spent in the program (user) and in the kernel on its behalf (system)."""

    user: float
    system: float

    @property
    def total(self) -> float:
        return self.user + self.system

    def __sub__(self, other: Cpu) -> Cpu:
        return Cpu(self.user - other.user, self.system - other.system)


@dataclass(frozen=True)
class Row:
    """The measurements of one archive size."""

    size: int
    extract_rate: float
    generate_s: float
    generate_cpu: Cpu
    build_s: float
    build_cpu: Cpu
    site_kb_per_brief: float
    build_peak_mb: float
    regenerate_s: float
    regenerate_cpu: Cpu


def article(rng: random.Random, number: int) -> str:
    """One plausible news article (about 2 KB, 13 paragraphs) with front matter, varied by ``rng``."""
    name, role, country, capital, pronoun = rng.choice(LEADERS)
    surname = name.split()[-1]
    official, official_role = rng.choice(OFFICIALS)
    body, cause, measure = rng.choice(BODIES), rng.choice(CAUSES), rng.choice(MEASURES)
    day, month = rng.choice(DAYS), rng.choice(MONTHS)
    arrested, injured, police = rng.randint(40, 9000), rng.randint(3, 400), rng.randint(2, 60)
    cost = rng.randint(2, 95) / 10
    quote_a, quote_b, quote_c = rng.sample(QUOTES, 3)
    year = rng.randint(2015, 2024)
    date = f"{year}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
    tags = ", ".join(rng.sample(TAGS, rng.randint(1, 3)))
    title = rng.choice(
        [
            f"{role} orders {measure} after protests over {cause} ({number})",
            f"{arrested:,} arrested as unrest spreads in {capital} ({number})",
            f"{surname} vows to restore order in {country} ({number})",
        ]
    )
    paragraphs = [
        f"The {role} {name} announced this {day} that {pronoun} had ordered {measure} in {capital} "
        f"after {rng.choice(['three', 'four', 'five', 'six'])} days of protests over {cause}, "
        f"whose organisers {pronoun} described as “agitators”.",
        f"“{quote_a}” {surname} said in a speech broadcast on television, adding that "
        f"“the state will protect every citizen.” In {pronoun.replace('she', 'her').replace('he', 'his')} "
        f"opinion, the capital was attacked by some {rng.randint(2, 30) * 1000:,} people “both local and foreign”.",
        f"According to {body}, {rng.choice(HEDGES)} {arrested:,} people have been arrested and "
        f"{injured} have been injured since the protests began on {month} {rng.randint(1, 28)}.",
        f"The authorities previously recognised the death of at least {police} police officers, "
        f"and said the damage to public buildings would cost ${cost} billion to repair.",
        f"“{quote_b}. We are asking for calm,” said {official}, {official_role}, who added that "
        f"talks with the opposition could begin as early as {rng.choice(DAYS)}.",
        f"Prices have risen by {rng.randint(5, 80)}% since {year - 1}, and unemployment stands at "
        f"{rng.randint(4, 25)}.{rng.randint(0, 9)}% according to the national statistics office.",
        f"{surname}, who has governed since {year - rng.randint(2, 20)}, thanked the leaders of "
        f"{', '.join(c for _, _, c, _, _ in rng.sample(LEADERS, 3) if c != country)} for their support.",
        f"“{quote_c},” {official} told reporters in {rng.choice([c for _, _, _, c, _ in LEADERS])}.",
        f"Internet access was restored early on {day} in {capital}, although mobile lines remain cut "
        f"in {rng.randint(2, 9)} of the country's regions.",
        f"The opposition, which won {rng.randint(10, 45)}% of the vote in the last election, said that "
        f"{rng.randint(2, 40)} of its members were among those detained and called for their release.",
        f"Human rights groups estimate that {rng.choice(HEDGES)} {rng.randint(2, 90) * 100:,} people have "
        f"fled to neighbouring countries since {month}, most of them women and children.",
        f"The unrest began when {body} announced on {rng.choice(DAYS)} that it would {rng.choice(['double', 'triple', 'raise'])} "
        f"the price of fuel, a decision {surname} later suspended for {rng.randint(2, 12)} months.",
        f"With information from {' and '.join(rng.sample(AGENCIES, 2))}",
    ]
    return f"---\ndate: {date}\ntags: [{tags}]\n---\n{title}\n\n" + "\n\n".join(paragraphs) + "\n"


def articles(count: int, *, seed: int = 1) -> Iterator[str]:
    """``count`` different articles, the same ones for the same ``seed``."""
    rng = random.Random(seed)
    for number in range(1, count + 1):
        yield article(rng, number)


def make_project(folder: Path, count: int, *, seed: int = 1) -> Path:
    """A project with the site configuration of this one and ``count`` generated seeds."""
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "generator" / "theme", folder / "generator" / "theme")  # custom_dir
    (folder / "docs").mkdir()
    shutil.copy(ROOT / "docs" / "about.md", folder / "docs" / "about.md")
    shutil.copytree(ROOT / "docs" / "assets", folder / "docs" / "assets")
    (folder / "seeds").mkdir()
    for number, text in enumerate(articles(count, seed=seed), 1):
        (folder / "seeds" / f"article-{number:05}.txt").write_text(text, "utf-8")
    return folder


def extraction_rate(project: Path) -> float:
    """Seeds decoded and extracted per CPU second, in this process (one core)."""
    from generator.brief import build_brief
    from generator.seed import decode_seed

    seeds = sorted((project / "seeds").iterdir())
    raws = [(f"seeds/{path.name}", path.read_bytes()) for path in seeds]
    start = time.process_time()
    for shown, raw in raws:
        build_brief(shown, decode_seed(shown, raw))
    return len(raws) / (time.process_time() - start)


def timed_generate(project: Path) -> tuple[float, Cpu]:
    """Seconds and CPU seconds (workers included) for ``generate()``; a refused seed stops the benchmark."""
    from generator.site import generate

    start, cpu = time.perf_counter(), _cpu()
    result = generate(project)
    elapsed, cpu = time.perf_counter() - start, _cpu() - cpu
    if result.errors:
        raise SystemExit(f"benchmark: {result.errors[0]}")
    return elapsed, cpu


def _cpu() -> Cpu:
    """CPU seconds of this process and its finished children (generate's worker processes)."""
    times = os.times()
    return Cpu(times.user + times.children_user, times.system + times.children_system)


def timed_build(project: Path) -> tuple[float, Cpu, float]:
    """Seconds, CPU seconds and peak memory (MB) of ``mkdocs build --strict`` in a child process."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(project / "mkdocs.yml")]
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=project, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "CI": "true"})
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"benchmark: mkdocs build failed with status {child.returncode}")
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return elapsed, Cpu(usage.ru_utime, usage.ru_stime), usage.ru_maxrss * scale / 1e6


def site_size(project: Path) -> int:
    """Bytes of the built site."""
    return sum(path.stat().st_size for path in (project / "site").rglob("*") if path.is_file())


def edit_one_seed(project: Path) -> None:
    """Add a sentence to the middle seed, as a user fixing an article would."""
    seeds = sorted((project / "seeds").iterdir())
    path = seeds[len(seeds) // 2]
    path.write_text(path.read_text("utf-8") + "\nThe government said on Sunday that 12 more people were released.\n", "utf-8")


def measure(size: int, *, seed: int = 1) -> Row:
    """Every measurement for an archive of ``size`` briefs, in a temporary project."""
    with tempfile.TemporaryDirectory(prefix="newsbrief-bench-") as folder:
        project = make_project(Path(folder), size, seed=seed)
        rate = extraction_rate(project)
        generate_s, generate_cpu = timed_generate(project)
        build_s, build_cpu, peak_mb = timed_build(project)
        size_bytes = site_size(project)
        edit_one_seed(project)
        regenerate_s, regenerate_cpu = timed_generate(project)
    return Row(
        size, rate, generate_s, generate_cpu, build_s, build_cpu, size_bytes / size / 1000, peak_mb, regenerate_s, regenerate_cpu
    )


def table(rows: Sequence[Row]) -> str:
    """The measurements as a Markdown table."""
    lines = [
        "| briefs | extraction (articles/s) | generate (s) | build (s) | generate/build | build per brief (ms CPU) "
        "| site per brief (KB) | build peak memory (MB) | regenerate one edited seed (s) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| {row.size:,} | {row.extract_rate:,.0f} | {row.generate_s:.2f} ({_split(row.generate_cpu, 2)}) "
            f"| {row.build_s:.1f} ({_split(row.build_cpu, 1)}) "
            f"| {row.generate_s / row.build_s:.0%} ({row.generate_cpu.total / row.build_cpu.total:.0%} CPU, "
            f"{row.generate_cpu.user / row.build_cpu.user:.0%} user) "
            f"| {row.build_cpu.total / row.size * 1000:.0f} | {row.site_kb_per_brief:.1f} | {row.build_peak_mb:.0f} "
            f"| {row.regenerate_s:.2f} ({row.regenerate_cpu.total:.2f} CPU) |"
        )
    return "\n".join(lines)


def _split(cpu: Cpu, digits: int) -> str:
    """CPU seconds as "2.73 user + 3.24 sys"."""
    return f"{cpu.user:.{digits}f} user + {cpu.system:.{digits}f} sys"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmark", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated archive sizes (default: 10,100,1000)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the article generator (default: 1)")
    args = parser.parse_args(argv)
    try:
        sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    except ValueError:
        parser.error(f"--sizes: expected numbers like 10,100, got {args.sizes!r}")
    rows = []
    for size in sizes:
        print(f"benchmark: {size:,} briefs...", file=sys.stderr, flush=True)
        rows.append(measure(size, seed=args.seed))
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
