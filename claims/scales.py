"""Rating scale services: a newsroom defines its own scale; a scale in use is versioned, never rewritten."""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Max

from claims.verdict_models import Rating, RatingScale, Verdict
from factcheck.errors import Conflict, InvalidInput


def _in_use(scale: RatingScale) -> bool:
    return Verdict.objects.filter(rating__scale=scale).exists()


def rating_scale_create(
    *,
    slug: str,
    name: str,
    best_rating: int,
    worst_rating: int,
    ratings: list[dict[str, Any]],
    is_default: bool = False,
) -> RatingScale:
    """A new scale, or the next version of `slug`; becoming default unsets the previous default."""
    if not ratings:
        raise InvalidInput("A scale needs at least one rating.")
    if best_rating <= worst_rating:
        raise InvalidInput("best_rating must be above worst_rating.")
    outside = [r["label"] for r in ratings if not worst_rating <= r["value"] <= best_rating]
    if outside:
        raise InvalidInput("Every rating's value must lie between worst_rating and best_rating.",
                           details={"ratings": outside})  # fmt: skip
    try:
        with transaction.atomic():
            latest = RatingScale.objects.filter(slug=slug).aggregate(v=Max("version"))["v"] or 0
            if is_default:
                RatingScale.objects.filter(is_default=True).update(is_default=False)
            scale = RatingScale.objects.create(
                slug=slug,
                version=latest + 1,
                name=name,
                best_rating=best_rating,
                worst_rating=worst_rating,
                is_default=is_default,
            )
            Rating.objects.bulk_create(
                Rating(
                    scale=scale,
                    slug=r["slug"],
                    label=r["label"],
                    definition=r["definition"],
                    value=r["value"],
                    position=r.get("position", i),
                )  # fmt: skip
                for i, r in enumerate(ratings)
            )
    except IntegrityError as exc:
        raise Conflict(f"The scale could not be saved: {exc.__cause__ or exc}".splitlines()[0]) from None
    return scale


def rating_scale_update(
    *, scale: RatingScale, name: str | None = None, is_default: bool | None = None
) -> RatingScale:
    """Rename a scale or make it the default; its ratings change only through a new version."""
    with transaction.atomic():
        if is_default:
            RatingScale.objects.filter(is_default=True).exclude(pk=scale.pk).update(is_default=False)
        if name is not None:
            scale.name = name
        if is_default is not None:
            scale.is_default = is_default
        scale.save(update_fields=["name", "is_default"])
    return scale


def rating_scale_delete(*, scale: RatingScale) -> None:
    """Delete a scale no verdict uses; a used scale is kept for the record."""
    if _in_use(scale):
        raise Conflict(
            "This scale is used by verdicts; it cannot be deleted. Make another scale the default."
        )
    scale.delete()


def rating_resolve(*, rating_slug: str, scale_slug: str | None = None) -> Rating:
    """The rating `rating_slug` in the latest version of `scale_slug`, or in the default scale."""
    scales = (
        RatingScale.objects.filter(slug=scale_slug)
        if scale_slug
        else RatingScale.objects.filter(is_default=True)
    )
    scale = scales.order_by("-version").first()
    if scale is None:
        raise InvalidInput(
            f"No rating scale {scale_slug!r}." if scale_slug else "No default rating scale is set."
        )
    rating = scale.ratings.select_related("scale").filter(slug=rating_slug).first()
    if rating is None:
        slugs = ", ".join(scale.ratings.values_list("slug", flat=True))
        raise InvalidInput(f"{rating_slug!r} is not a rating of {scale}; ratings are {slugs}.")
    return rating
