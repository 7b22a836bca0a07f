"""The workbench's front page: where things are, and how much is in it."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from claims.models import Claim, Speaker
from sources.models import Document, IngestJob, JobStatus


def home(request: HttpRequest) -> HttpResponse:
    """Links to the admin workbench, the API and its docs, with a few counts for signed-in staff."""
    counts = None
    if request.user.is_authenticated and request.user.is_staff:
        counts = {
            "documents": Document.objects.count(),
            "claims": Claim.objects.count(),
            "speakers": Speaker.objects.count(),
            "published": Claim.objects.filter(status=Claim.Status.PUBLISHED).count(),
            "jobs_open": IngestJob.objects.filter(status__in=[JobStatus.QUEUED, JobStatus.RUNNING]).count(),
        }
    return render(request, "home.html", {"counts": counts})
