"""Slugs: readable, ASCII, distinct for every seed whatever order the files came in."""

from __future__ import annotations

import itertools

import pytest

from generator.slugs import seed_slugs, slugify


@pytest.mark.parametrize(
    "text, expected",
    [
        ("kazakhstan-shoot-to-kill", "kazakhstan-shoot-to-kill"),
        ("Nursultán 2022", "nursultan-2022"),
        ("My Article (final) v2", "my-article-final-v2"),
        ("  --  ", "brief"),
        ("Новости", "brief"),
        ("a" * 30 + " " + "b" * 60, "a" * 30),
    ],
)
def test_slugify(text, expected):
    assert slugify(text) == expected


@pytest.mark.parametrize(
    "names, expected",
    [
        (["a b.txt", "Café story.txt"], {"a b.txt": "a-b", "Café story.txt": "cafe-story"}),
        (["cafe.txt", "Café.txt"], {"cafe.txt": "cafe", "Café.txt": "cafe-5da2e9"}),
        (["CAFE.txt", "Café.txt"], {"CAFE.txt": "cafe-207ae0", "Café.txt": "cafe-5da2e9"}),
        (["Новости.txt", "Погода.txt"], {"Новости.txt": "brief-02d4d3", "Погода.txt": "brief-7a74f7"}),
    ],
)
def test_seed_slugs_are_distinct(names, expected):
    assert seed_slugs(names) == expected


def test_seed_slugs_do_not_depend_on_the_order_of_the_files():
    names = ["cafe.txt", "Café.txt", "CAFÉ.txt", "café .txt", "other.txt"]
    results = [seed_slugs(order) for order in itertools.permutations(names)]
    assert all(result == results[0] for result in results)
    assert len(set(results[0].values())) == len(names)


def test_a_hashed_slug_never_clashes_with_a_plain_one():
    names = ["cafe.txt", "Café.txt"]
    hashed = seed_slugs(names)["Café.txt"]
    result = seed_slugs([*names, f"{hashed}.txt"])
    assert len(set(result.values())) == 3


def test_a_name_that_stands_alone_keeps_its_plain_slug():
    assert seed_slugs(["Café.txt"]) == {"Café.txt": "cafe"}
