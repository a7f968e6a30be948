"""Node positions computed in Python, so the browser never runs physics on a big graph.

Connected components are laid out one by one with igraph's Fruchterman–Reingold
(C code; its grid variant for components over a thousand nodes: 5,000 nodes and
20,000 edges take well under a second, where networkx's spring layout takes a
minute) and packed in rows, largest first.  Nodes without any edge — most
entities of a news graph — go on a grid after them, grouped by class so that
colours cluster.

The layout is deterministic: igraph draws its random moves from Python's
``random`` module unless told otherwise, so each component is laid out with a
``random.Random`` seeded from ``seed`` and the component's size, and the same
graph gets the same picture on every build.
"""
from __future__ import annotations

import math
import random
from contextlib import contextmanager
from typing import Hashable, Iterable, Iterator, Sequence

import igraph as ig
import numpy as np

GRID_FROM = 1000        # components from this size use the grid variant of the layout
NODE_SPACING = 110.0    # pixels between neighbouring nodes (room for a Persian label)


@contextmanager
def _igraph_random(seed: int) -> Iterator[None]:
    """igraph's random numbers from a generator seeded with ``seed``, then igraph's default (``random``) again."""
    ig.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        ig.set_random_number_generator(random)


def _component_layout(graph: ig.Graph, seed: int) -> np.ndarray:
    """Positions of one connected component in [-1, 1]²."""
    count = graph.vcount()
    if count == 2:
        return np.array([[-1.0, 0.0], [1.0, 0.0]])
    rng = np.random.default_rng(seed + count)
    # start spread over about √n units, as igraph's own start: crammed into [-1, 1]² the grid
    # variant puts every node in one cell and becomes quadratic (15 s instead of 0.3 s at 5,000 nodes)
    half = max(1.0, math.sqrt(count) / 2)
    start = rng.uniform(-half, half, (count, 2)).tolist()
    iterations = 500 if count < GRID_FROM else 300
    with _igraph_random(seed + count):
        coords = np.asarray(graph.layout_fruchterman_reingold(
            niter=iterations, seed=start, grid=count >= GRID_FROM).coords, dtype=float)
    coords -= coords.mean(axis=0)
    coords /= max(float(np.abs(coords).max()), 1e-9)
    return coords


def compute_layout(
    nodes: Sequence[Hashable],
    edges: Iterable[tuple[Hashable, Hashable]],
    groups: dict[Hashable, str] | None = None,
    seed: int = 7,
) -> dict[Hashable, tuple[float, float]]:
    """Pixel positions for ``nodes``; ``groups`` (node → class) orders the edgeless ones."""
    index = {n: i for i, n in enumerate(nodes)}
    pairs = sorted({(min(index[a], index[b]), max(index[a], index[b]))
                    for a, b in edges if a in index and b in index and a != b})
    graph = ig.Graph(n=len(nodes), edges=pairs)
    groups = groups or {}

    components = [c for c in graph.connected_components() if len(c) > 1]
    components.sort(key=lambda c: (-len(c), min(c)))
    degrees = graph.degree()
    isolated = [nodes[i] for i in range(len(nodes)) if degrees[i] == 0]
    isolated.sort(key=lambda n: (groups.get(n, ""), index[n]))

    positions: dict[Hashable, tuple[float, float]] = {}
    row_width = NODE_SPACING * max(8.0, 1.6 * math.sqrt(len(nodes)))
    x = y = row_height = 0.0
    for members in components:
        local = _component_layout(graph.induced_subgraph(members), seed)
        radius = NODE_SPACING * max(1.0, 0.6 * math.sqrt(len(members)))
        size = 2 * radius + NODE_SPACING
        if x > 0 and x + size > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + size / 2, y + size / 2
        for vertex, (px, py) in zip(members, local):
            positions[nodes[vertex]] = (round(cx + float(px) * radius, 1), round(cy + float(py) * radius, 1))
        x += size
        row_height = max(row_height, size)

    if isolated:
        top = y + row_height + (NODE_SPACING if positions else 0.0)
        per_row = max(1, int(row_width // NODE_SPACING))
        for i, n in enumerate(isolated):
            row, col = divmod(i, per_row)
            positions[n] = (round(col * NODE_SPACING, 1), round(top + row * NODE_SPACING * 0.7, 1))

    # centre the drawing on the origin (vis-network fits the view around it)
    if positions:
        xs = [p[0] for p in positions.values()]
        ys = [p[1] for p in positions.values()]
        mx, my = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        positions = {n: (round(px - mx, 1), round(py - my, 1)) for n, (px, py) in positions.items()}
    return positions
