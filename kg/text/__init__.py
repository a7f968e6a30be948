"""Text stage: normalisation with a map back to the original, sentences, tokens."""
from __future__ import annotations

from ..document import Document
from .normalize import fold, normalize
from .sentences import split_sentences
from .tokens import Token, tokenize

__all__ = ["prepare", "normalize", "fold", "split_sentences", "tokenize", "Token"]


def prepare(doc: Document) -> Document:
    """Fill in the normalised text, its map to the original, the sentences and the tokens."""
    doc.text, doc.to_original = normalize(doc.article.text)
    doc.sentences = split_sentences(doc.text)
    doc.tokens = tokenize(doc.text)
    return doc
