"""Household statements as PDF, in the household's language, with the fonts embedded."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import translation

from chumchon.core.pdf import FONT_STACK, font_faces_css
from chumchon.core.pdf import render_pdf as html_to_pdf


def render_pdf(template: str, context: dict, language: str) -> bytes:
    with translation.override(language):
        html = render_to_string(
            template,
            {
                **context,
                "font_faces": font_faces_css(),
                "font_stack": FONT_STACK,
                "LANGUAGE_CODE": language,
            },
        )
    return html_to_pdf(html)
