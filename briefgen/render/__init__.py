"""Render: Brief -> Markdown (Jinja), HTML (markdown-it-py), PDF (WeasyPrint), DOCX (python-docx).

Markdown is the canonical output; HTML, PDF and DOCX are made from it.
"""
