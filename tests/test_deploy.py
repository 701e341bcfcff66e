"""Publishing: ``newsbrief deploy`` to a gh-pages branch, and the GitHub Pages workflow."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.built_site import ROOT, SAMPLE_SLUG, copy_project

#: Run from outside the copy, whose generator/ folder (theme only) would shadow the package.
NEWSBRIEF = (sys.executable, "-m", "generator")
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Newsbrief tests",
    "GIT_AUTHOR_EMAIL": "tests@newsbrief.invalid",
    "GIT_COMMITTER_NAME": "Newsbrief tests",
    "GIT_COMMITTER_EMAIL": "tests@newsbrief.invalid",
}


def git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return result.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_deploy_publishes_the_site_to_the_gh_pages_branch_of_the_named_remote(tmp_path: Path) -> None:
    env = {**os.environ, **GIT_IDENTITY, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(tmp_path)}
    env.pop("NEWSBRIEF_SITE_URL", None)
    project = copy_project(tmp_path / "project", test_seeds=False)
    remote = tmp_path / "published.git"
    git("init", "--quiet", "--bare", str(remote), cwd=tmp_path, env=env)
    git("init", "--quiet", cwd=project, env=env)
    git("add", ".", cwd=project, env=env)
    git("commit", "--quiet", "-m", "Briefs", cwd=project, env=env)
    git("remote", "add", "pages", str(remote), cwd=project, env=env)
    deploy = subprocess.run(
        [*NEWSBRIEF, "deploy", "--project", str(project), "--quiet", "--remote-name", "pages", "-m", "Publish"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False,
    )
    assert deploy.returncode == 0, deploy.stderr
    files = set(git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote, env=env).split())
    brief = f"briefs/{SAMPLE_SLUG}"
    expected = {"index.html", "404.html", ".nojekyll", "sitemap.xml", "search/search_index.json"}
    expected |= {f"{brief}/index.html", f"{brief}/figures/index.html", f"{brief}/quotes/index.html", f"{brief}/sources/index.html"}
    assert expected <= files
    assert git("log", "-1", "--format=%s", "gh-pages", cwd=remote, env=env).strip() == "Publish"


def test_deploy_to_an_unknown_remote_fails_with_one_line(tmp_path: Path) -> None:
    env = {**os.environ, **GIT_IDENTITY, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(tmp_path)}
    project = copy_project(tmp_path / "project", test_seeds=False)
    git("init", "--quiet", cwd=project, env=env)
    deploy = subprocess.run(
        [*NEWSBRIEF, "deploy", "--project", str(project), "--quiet", "--remote-name", "nowhere"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False,
    )
    assert deploy.returncode == 1
    assert "newsbrief:" in deploy.stderr and "deploy failed" in deploy.stderr


@pytest.fixture(scope="module")
def workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(workflow: dict, job: str) -> dict[str, dict]:
    return {step.get("uses", step.get("run", "")).split("@")[0]: step for step in workflow["jobs"][job]["steps"]}


def test_pages_workflow_builds_with_make_site_and_deploys(workflow: dict) -> None:
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["permissions"]["pages"] == "write" and workflow["permissions"]["id-token"] == "write"
    assert workflow["concurrency"]["group"]
    build = steps(workflow, "build")
    assert list(build) == [
        "actions/checkout", "actions/setup-python", "actions/configure-pages", "make site", "actions/upload-pages-artifact"
    ]
    assert build["make site"]["env"]["NEWSBRIEF_SITE_URL"] == "${{ steps.pages.outputs.base_url }}"
    assert build["actions/configure-pages"]["id"] == "pages"
    assert build["actions/upload-pages-artifact"]["with"]["path"] == "site"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert list(steps(workflow, "deploy")) == ["actions/deploy-pages"]


def test_pages_workflow_pins_every_action_to_a_major_version(workflow: dict) -> None:
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if "uses" in step:
                name, _, version = step["uses"].partition("@")
                assert version.startswith("v") and version[1:].isdigit(), step["uses"]


def test_make_site_is_the_build_command(workflow: dict) -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert "\nsite:" in makefile and "newsbrief build" in makefile


def test_tests_workflow_runs_the_ci_script_on_the_oldest_python_supported() -> None:
    """A regex feature new in Python 3.11 once slipped in: CI must run the floor version too."""
    data = yaml.safe_load((ROOT / ".github" / "workflows" / "tests.yml").read_text("utf-8"))
    job = data["jobs"]["test"]
    floor = lowest_python()
    assert floor in job["strategy"]["matrix"]["python"]
    assert job["container"] == "python:${{ matrix.python }}-bookworm"  # Debian: the script installs chromium
    assert job["env"]["CI"] == "true"
    assert [step.get("run") for step in job["steps"] if "run" in step] == ["bash .ci/run"]


def lowest_python() -> str:
    """The lowest Python version ``pyproject.toml`` accepts (">=3.10" -> "3.10")."""
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    line = next(line for line in text.splitlines() if line.startswith("requires-python"))
    return line.split(">=")[1].strip().strip('"')
