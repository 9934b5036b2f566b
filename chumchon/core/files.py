"""Uploaded files served by the platform itself, each by a view that checks the reader.

Nothing under MEDIA_ROOT is served by the web server: photos, transfer slips and
standards evidence each go through a view that decides who may see them, then here.
"""

from __future__ import annotations

import mimetypes
from pathlib import PurePosixPath

from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404


def shown_in_the_browser(content_type: str) -> bool:
    """PDFs and pictures open in the browser; anything else (and SVG, which runs scripts)
    is downloaded."""
    if content_type == "application/pdf":
        return True
    return content_type.startswith("image/") and content_type != "image/svg+xml"


def file_response(file: FieldFile, *, cache_control: str) -> FileResponse:
    """Stream an uploaded file (404 when the field is empty or the file is gone)."""
    if not file:
        raise Http404
    try:
        handle = file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    name = PurePosixPath(file.name).name
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(
        handle,
        content_type=content_type,
        as_attachment=not shown_in_the_browser(content_type),
        filename=name,
    )
    response["Cache-Control"] = cache_control
    response["X-Content-Type-Options"] = "nosniff"
    return response
