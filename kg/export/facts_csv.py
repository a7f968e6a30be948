"""CSV of facts with their sources: one row per assertion, for spreadsheets and pandas.

Columns name the fact (IRIs and Persian labels), its status and confidence, the
rule that read it, and where it was read: the article (IRI, headline, date, URL,
publisher) and the sentence.  UTF-8 without a byte-order mark; Excel users import
it as UTF-8 (Data → From Text/CSV).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pyoxigraph as ox

from ..graph.serialize import atomic_writer
from ..graph.vocabulary import ONTOLOGY_IRI

COLUMNS = ("subject", "subject_label", "predicate", "object", "object_label", "status", "confidence",
           "rule", "article", "headline", "date", "url", "publisher", "sentence", "fact")
_FACTS = f"""
PREFIX kg: <{ONTOLOGY_IRI}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?subject ?subject_label ?predicate ?object ?object_label ?status ?confidence ?rule
       ?article ?headline ?date ?url ?publisher ?sentence ?fact WHERE {{
  ?fact a kg:Assertion ; rdf:subject ?subject ; rdf:predicate ?p ; rdf:object ?object ; kg:status ?status .
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
  OPTIONAL {{ ?fact kg:confidence ?confidence }}
  OPTIONAL {{ ?fact kg:rule ?rule }}
  OPTIONAL {{ ?fact kg:inArticle ?article .
             OPTIONAL {{ ?article kg:headline ?headline }}
             OPTIONAL {{ ?article kg:datePublished ?date }}
             OPTIONAL {{ ?article kg:url ?url }}
             OPTIONAL {{ ?article kg:publisher/rdfs:label ?publisher FILTER(LANG(?publisher) = "fa") }} }}
  OPTIONAL {{ ?fact kg:inSentence/kg:sentenceText ?sentence }}
  OPTIONAL {{ ?subject rdfs:label ?subject_label FILTER(LANG(?subject_label) = "fa") }}
  OPTIONAL {{ ?object rdfs:label ?object_label FILTER(LANG(?object_label) = "fa") }}
}} ORDER BY ?subject ?predicate ?object ?article ?fact
"""


def fact_rows(store: ox.Store) -> list[dict[str, str]]:
    """Every assertion as a dict of the :data:`COLUMNS` (empty string when unknown)."""
    rows = []
    for solution in store.query(_FACTS, use_default_graph_as_union=True):
        rows.append({c: ("" if solution[c] is None else solution[c].value) for c in COLUMNS})
    return rows


def write_facts_csv(store: ox.Store, path: str | Path) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(fact_rows(store))
    with atomic_writer(path) as fh:
        fh.write(buffer.getvalue().encode("utf-8"))
    return Path(path)
