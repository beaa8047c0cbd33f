"""Listing images: copied into the media folder by content hash, thumbnails, backups."""

import pytest
from PIL import Image

from shopkeeper.services import media
from shopkeeper.services.listings_edit import ImageDraft, ListingDraft, VariantDraft, save_listing


def png(path, colour=(200, 30, 30), size=(120, 80)):
    Image.new("RGB", size, colour).save(path)
    return path


def test_images_are_named_by_content_and_never_clash(shop, tmp_path):
    """The same picture added twice is one file; different pictures get different names."""
    a = media.import_image(shop.path, png(tmp_path / "a.png"))
    again = media.import_image(shop.path, png(tmp_path / "copy of a.png"))
    b = media.import_image(shop.path, png(tmp_path / "a2.png", colour=(0, 0, 255)))
    assert a == again != b
    assert a.startswith("media/") and a.endswith(".png")
    assert media.resolve(shop.path, a).read_bytes() == (tmp_path / "a.png").read_bytes()


@pytest.mark.parametrize(
    "make, error",
    [
        (lambda d: d / "gone.jpg", media.ImageMissing),
        (
            lambda d: (d / "notes.jpg").write_text("not an image") and d / "notes.jpg",
            media.NotAnImage,
        ),
        (lambda d: d, media.ImageMissing),  # a folder
    ],
)
def test_missing_or_fake_images_are_refused(shop, tmp_path, make, error):
    """A missing file or one that is not an image gives a clear error and copies nothing."""
    with pytest.raises(error):
        media.import_image(shop.path, make(tmp_path))
    assert not media.media_dir(shop.path).exists()


def test_thumbnails_are_cached(shop, tmp_path):
    """A thumbnail is made once, fits the size asked for, and is reused."""
    src = media.import_image(shop.path, png(tmp_path / "a.png", size=(400, 200)))
    thumb = media.thumbnail(shop.path, src, 64)
    assert Image.open(thumb).size == (64, 32)
    stamp = thumb.stat().st_mtime_ns
    assert media.thumbnail(shop.path, src, 64) == thumb and thumb.stat().st_mtime_ns == stamp
    assert media.thumbnail(shop.path, "media/../../etc/passwd", 64) is None


def test_backup_adds_only_new_files_and_restore_brings_back_referenced_ones(shop, tmp_path):
    """Backups copy new media only; a restore brings back the images the shop refers to."""
    from shopkeeper.services.shop import restore

    src = media.import_image(shop.path, png(tmp_path / "a.png"))
    save_listing(
        shop.db,
        ListingDraft(
            title="Mug",
            images=[ImageDraft(src, "front")],
            variants=[VariantDraft(sku="M", price=100)],
        ),
    )
    first = shop.backup_now(reason="manual")
    store = first.parent / "media"
    assert [p.name for p in store.iterdir()] == [src.removeprefix("media/")]
    stamp = (store / src.removeprefix("media/")).stat().st_mtime_ns
    other = media.import_image(shop.path, png(tmp_path / "b.png", colour=(1, 2, 3)))
    shop.backup_now(reason="manual")
    assert {p.name for p in store.iterdir()} == {src[6:], other[6:]}
    assert (store / src[6:]).stat().st_mtime_ns == stamp  # not copied again
    for file in media.media_dir(shop.path).iterdir():
        if file.is_file():
            file.unlink()
    restore(shop, first)
    assert media.resolve(shop.path, src) is not None  # referenced: back
    assert media.resolve(shop.path, other) is None  # not referenced by that shop
