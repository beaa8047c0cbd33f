"""Listing images in a media folder beside the shop file, named by content hash.

An image the seller adds is checked (it must exist and be a real image), copied into
``<shop>-media/`` as ``<sha256>.<ext>`` and referred to as ``media/<name>`` in
``product_images.src``, so two copies of one photo are one file and names never
clash. Thumbnails are cached in ``<shop>-media/.thumbs``.

Backups keep one shared store of media per shop (``<backup folder>/media``): each
backup adds only the files not there yet (a content-named file never changes), and
a restore copies back every file the restored shop refers to that is missing.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from pathlib import Path

from sqlite_utils import Database

from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected

PREFIX = "media/"
THUMBS = ".thumbs"
_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp", "BMP": ".bmp"}
log = logging.getLogger(__name__)
MAX_PIXELS = 80_000_000  # refuses decompression bombs long before they eat the memory


class ImageMissing(InputRejected):
    template = QT_TRANSLATE_NOOP("UserError", "The image {path} does not exist.")


class NotAnImage(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError", "{path} is not an image Shopkeeper can use (JPEG, PNG, GIF, WebP or BMP)."
    )


def media_dir(shop_path: Path | str) -> Path:
    shop_path = Path(shop_path)
    return shop_path.with_name(shop_path.stem + "-media")


def _image_format(file: Path) -> str:
    """The file's image format, or NotAnImage; reads the file without trusting its name."""
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(file) as image:
            image.verify()
            fmt = image.format or ""
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise NotAnImage(path=str(file)) from None
    if fmt not in _FORMATS:
        raise NotAnImage(path=str(file))
    return fmt


def _digest(file: Path) -> str:
    sha = hashlib.sha256()
    with file.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def _copy_atomically(source: Path, target: Path) -> None:
    """The target appears complete or not at all."""
    partial = target.with_name(target.name + ".partial")
    try:
        shutil.copyfile(source, partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def import_image(shop_path: Path | str, file: Path | str) -> str:
    """Copy an image into the shop's media folder; returns its ``src`` ("media/<name>")."""
    file = Path(file)
    if not file.is_file():
        raise ImageMissing(path=str(file))
    ext = _FORMATS[_image_format(file)]
    name = _digest(file) + ext
    folder = media_dir(shop_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if not target.exists():
        _copy_atomically(file, target)
    return PREFIX + name


def resolve(shop_path: Path | str, src: str) -> Path | None:
    """The local file an image ``src`` stands for, when there is one."""
    if src.startswith(PREFIX):
        name = src[len(PREFIX) :]
        if "/" in name or "\\" in name or name.startswith("."):
            return None  # never let a crafted src point outside the folder
        path = media_dir(shop_path) / name
        return path if path.is_file() else None
    if "://" in src:
        return None
    path = Path(src)
    return path if path.is_absolute() and path.is_file() else None


def thumbnail(shop_path: Path | str, src: str, size: int = 64) -> Path | None:
    """A cached square-fitting PNG thumbnail of the image, made on first use."""
    source = resolve(shop_path, src)
    if source is None:
        return None
    folder = media_dir(shop_path) / THUMBS
    key = (
        hashlib.sha1(str(source).encode()).hexdigest()[:16]
        if not src.startswith(PREFIX)
        else Path(src).stem
    )
    target = folder / f"{key}-{size}.png"
    if target.exists():
        return target
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial.png")
    try:
        with Image.open(source) as image:
            image.thumbnail((size, size))
            image.convert("RGBA").save(partial, "PNG")
        os.replace(partial, target)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    finally:
        partial.unlink(missing_ok=True)
    return target


def referenced(db: Database) -> set[str]:
    """The media file names the shop's listings refer to."""
    return {
        src[len(PREFIX) :]
        for (src,) in db.execute("SELECT DISTINCT src FROM product_images WHERE src LIKE 'media/%'")
    }


def back_up(shop_path: Path | str, backup_folder: Path) -> int:
    """Add the media files the backup store lacks; returns how many were copied."""
    source = media_dir(shop_path)
    if not source.is_dir():
        return 0
    store = Path(backup_folder) / "media"
    store.mkdir(parents=True, exist_ok=True)
    copied = 0
    for file in source.iterdir():
        if (
            file.is_file()
            and not file.name.startswith(".")
            and not file.name.endswith(".partial")
            and not (store / file.name).exists()
        ):
            _copy_atomically(file, store / file.name)
            copied += 1
    return copied


def restore(db: Database, shop_path: Path | str, backup_folder: Path) -> list[str]:
    """Bring back every media file the (restored) shop refers to and lacks; returns the
    names still missing because no backup has them."""
    store = Path(backup_folder) / "media"
    folder = media_dir(shop_path)
    missing = []
    for name in sorted(referenced(db)):
        if "/" in name or "\\" in name or name.startswith("."):
            continue
        if (folder / name).exists():
            continue
        if (store / name).is_file():
            folder.mkdir(parents=True, exist_ok=True)
            _copy_atomically(store / name, folder / name)
        else:
            missing.append(name)
    return missing


def back_up_beside(shop_path: Path | str, backup_file: Path | None) -> None:
    """After a backup of the shop: add new media files to that backup folder's store.

    A failure here is logged, never allowed to fail the database backup itself."""
    if backup_file is None:
        return
    try:
        back_up(shop_path, Path(backup_file).parent)
    except OSError:
        log.exception("backing up the media folder failed")


def restore_beside(
    db: Database, shop_path: Path | str, backup_file: Path | str, backups_root: Path | None
) -> list[str]:
    """After a restore: fetch the images the shop refers to from the restored backup's
    folder, else from this shop's own backups folder; returns the names still missing."""
    from shopkeeper.store.backup import shop_backup_folder

    folders = [Path(backup_file).parent]
    if backups_root is not None:
        folders.append(shop_backup_folder(backups_root, Path(shop_path)))
    missing: list[str] = []
    try:
        for folder in folders:
            missing = restore(db, shop_path, folder)
            if not missing:
                break
    except OSError:
        log.exception("restoring the media folder failed")
    return missing
