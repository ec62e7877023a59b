"""Render: Brief -> Markdown (Jinja), HTML (markdown-it-py), PDF (WeasyPrint).

Markdown is the canonical output; HTML and PDF are made from it.
"""
