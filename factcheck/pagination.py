"""Pagination classes: page numbers for the workbench lists, cursors for large consumer feeds."""

from rest_framework import pagination


class PageNumberPagination(pagination.PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


class CursorPagination(pagination.CursorPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    ordering = "-created_at"


class PublishedCursorPagination(CursorPagination):
    """Newest publication first; `-id` breaks ties so a page never repeats or skips a verdict."""

    ordering = ("-published_at", "-id")  # type: ignore[assignment]  # DRF takes a tuple; the stubs say str
