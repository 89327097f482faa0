"""What Article.search_text holds: folded and exact words of an article, in one column.

Folding happens in Python (core.text), once when an article is saved and once per query,
so SQLite and PostgreSQL compare the very same strings and find the very same hits.
"""

from core.text import exact_words, fold, html_to_text

# Separates the parts of Article.search_text; folded words never contain it.
SEPARATOR = "|"


def search_document(title, sapo, body):
    """What Article.search_text holds: folded title, exact title, folded sapo, exact sapo,
    folded body, each padded with spaces so `LIKE '% word %'` matches whole words.

    Title and sapo come first so ranking can read just the head of the column.
    """
    parts = [
        fold(title),
        exact_words(title),
        fold(sapo),
        exact_words(sapo),
        fold(html_to_text(body)),
    ]
    return SEPARATOR.join(f" {part} " for part in parts)


def build_search_text(article):
    """Article.search_text for an article about to be saved (no query)."""
    return search_document(article.title, article.sapo, article.body)
