"""Node positions computed in Python, so the browser need not run physics on big graphs.

Connected components are laid out one by one (a force layout each) and packed
in rows, largest first; nodes without any edge — most entities of a news graph
before facts are extracted — go on a grid after them, grouped by class so that
colours cluster.  networkx's spring layout is used for small components; for
big ones a vectorised Fruchterman–Reingold in numpy (networkx's sparse variant
loops in Python and takes ~10 s for 1,500 nodes, this takes well under 1 s).
"""
from __future__ import annotations

import math
from typing import Hashable, Iterable, Sequence

import networkx as nx
import numpy as np

SPRING_LIMIT = 300      # components up to this size use networkx.spring_layout
NODE_SPACING = 110.0    # pixels between neighbouring nodes (room for a Persian label)


def _force_layout(graph: nx.Graph, seed: int, iterations: int = 60) -> dict[Hashable, np.ndarray]:
    """Fruchterman–Reingold on dense float32 distance matrices; positions in [-1, 1]²."""
    nodes = list(graph)
    index = {n: i for i, n in enumerate(nodes)}
    count = len(nodes)
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1.0, 1.0, count).astype(np.float32)
    y = rng.uniform(-1.0, 1.0, count).astype(np.float32)
    pairs = np.array([(index[a], index[b]) for a, b in graph.edges() if a != b], dtype=np.int64).reshape(-1, 2)
    src, dst = pairs[:, 0], pairs[:, 1]
    k2 = np.float32(4.0 / count)                    # k = 2 / sqrt(n)
    temperature = 0.2
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        force = k2 / (dx * dx + dy * dy + np.float32(1e-6))      # repulsion k²/d, along the unit vector
        disp_x = (dx * force).sum(axis=1)
        disp_y = (dy * force).sum(axis=1)
        if len(src):
            ex, ey = x[src] - x[dst], y[src] - y[dst]
            pull = np.sqrt(ex * ex + ey * ey) / np.sqrt(k2)       # attraction d²/k, along the unit vector
            disp_x -= np.bincount(src, ex * pull, count) - np.bincount(dst, ex * pull, count)
            disp_y -= np.bincount(src, ey * pull, count) - np.bincount(dst, ey * pull, count)
        length = np.sqrt(disp_x * disp_x + disp_y * disp_y) + np.float32(1e-9)
        scale = np.minimum(length, temperature) / length
        x += (disp_x * scale).astype(np.float32)
        y += (disp_y * scale).astype(np.float32)
        temperature -= cooling
    pos = np.stack([x - x.mean(), y - y.mean()], axis=1)
    pos /= max(float(np.abs(pos).max()), 1e-9)
    return {n: pos[i] for n, i in index.items()}


def _component_layout(graph: nx.Graph, seed: int) -> dict[Hashable, np.ndarray]:
    if len(graph) == 2:
        a, b = list(graph)
        return {a: np.array([-1.0, 0.0]), b: np.array([1.0, 0.0])}
    if len(graph) <= SPRING_LIMIT:
        return nx.spring_layout(graph, seed=seed, iterations=60)
    return _force_layout(graph, seed)


def compute_layout(
    nodes: Sequence[Hashable],
    edges: Iterable[tuple[Hashable, Hashable]],
    groups: dict[Hashable, str] | None = None,
    seed: int = 7,
) -> dict[Hashable, tuple[float, float]]:
    """Pixel positions for ``nodes``; ``groups`` (node → class) orders the edgeless ones."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((a, b) for a, b in edges if a in graph and b in graph)
    groups = groups or {}

    connected = [c for c in nx.connected_components(graph) if len(c) > 1]
    connected.sort(key=lambda c: (-len(c), min(map(str, c))))
    isolated = [n for n in nodes if graph.degree(n) == 0]
    isolated.sort(key=lambda n: (groups.get(n, ""), str(n)))

    positions: dict[Hashable, tuple[float, float]] = {}
    row_width = NODE_SPACING * max(8.0, 1.6 * math.sqrt(len(nodes)))
    x = y = row_height = 0.0
    for component in connected:
        local = _component_layout(graph.subgraph(component), seed)
        radius = NODE_SPACING * max(1.0, 0.6 * math.sqrt(len(component)))
        size = 2 * radius + NODE_SPACING
        if x > 0 and x + size > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + size / 2, y + size / 2
        for n, (px, py) in local.items():
            positions[n] = (round(cx + float(px) * radius, 1), round(cy + float(py) * radius, 1))
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
