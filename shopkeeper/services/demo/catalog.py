"""Products, variants and images: half Chinese listings, half English ones."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from dataclasses import dataclass, field

from shopkeeper.services.demo import words
from shopkeeper.services.demo.base import GROUPS, Context, ean13, iso

PRODUCT_COLUMNS = (
    "id",
    "handle",
    "title",
    "description",
    "category",
    "tags",
    "status",
    "vendor",
    "seo_title",
    "seo_description",
    "created_at",
    "updated_at",
)
VARIANT_COLUMNS = (
    "id",
    "product_id",
    "sku",
    "option1_name",
    "option1_value",
    "option2_name",
    "option2_value",
    "price",
    "compare_at_price",
    "cost",
    "stock",
    "barcode",
    "weight_grams",
)
IMAGE_COLUMNS = ("product_id", "position", "src", "alt")
CHUNK = 1000


@dataclass
class Catalog:
    # Per group: (variant_id, sku, line title, price) of everything that can sell.
    pools: dict[str, list[tuple[int, str, str, int]]] = field(default_factory=dict)
    # Bestsellers sell far more than the long tail: cumulative weights for rng.choices.
    cum_weights: dict[str, list[int]] = field(default_factory=dict)
    product_ids: dict[str, list[int]] = field(default_factory=dict)
    products: int = 0
    variants: int = 0


def generate(ctx: Context) -> Catalog:
    rng = ctx.rng("catalog")
    catalog = Catalog()
    weights: dict[str, list[int]] = {}
    for group in GROUPS:
        catalog.pools[group], weights[group], catalog.product_ids[group] = [], [], []
    # Popularity rank per product, shuffled so bestsellers are spread over the catalog.
    ranks = list(range(ctx.scale.products))
    rng.shuffle(ranks)

    product_id, variant_id = ctx.next_id("products"), ctx.next_id("variants")
    products, variants, images = [], [], []
    for n in range(ctx.scale.products):
        group = GROUPS[n % 2]
        # Round robin over the items, so every item (say 马克杯) is in every catalog.
        item = words.ITEMS[(n // 2) % len(words.ITEMS)]
        row = _product(rng, ctx, product_id, group, item)
        products.append(row)
        images.extend(_images(rng, product_id, row[1], row[2]))
        product_variants = _variants(rng, product_id, variant_id, group, item)
        variants.extend(product_variants)
        variant_id += len(product_variants)
        catalog.product_ids[group].append(product_id)
        if row[6] != "draft":
            popularity = 100_000 // (ranks[n] + 8)
            share = max(1, popularity // len(product_variants))
            for v in product_variants:
                values = " / ".join(x for x in (v[4], v[6]) if x)
                line_title = f"{row[2]} ({values})" if values else row[2]
                catalog.pools[group].append((v[0], v[2], line_title, v[7]))
                weights[group].append(share)
        product_id += 1
        ctx.progress.advance()
        if len(products) >= CHUNK:
            _flush(ctx, products, variants, images)
            catalog.products += len(products)
            catalog.variants += len(variants)
            products, variants, images = [], [], []
    _flush(ctx, products, variants, images)
    catalog.products += len(products)
    catalog.variants += len(variants)
    for group in GROUPS:
        catalog.cum_weights[group] = list(itertools.accumulate(weights[group]))
    return catalog


def _flush(ctx: Context, products: list, variants: list, images: list) -> None:
    ctx.insert("products", PRODUCT_COLUMNS, products)
    ctx.insert("variants", VARIANT_COLUMNS, variants)
    ctx.insert("product_images", IMAGE_COLUMNS, images)


def _product(rng: random.Random, ctx: Context, pid: int, group: str, item: words.Item) -> tuple:
    material_cn, material_en = rng.choice(words.MATERIALS[item.family])
    f1, f2 = rng.sample(range(len(words.FEATURES_CN)), 2)
    care = rng.randrange(len(words.CARE_CN))
    if group == "cn":
        extras = []
        if item.options == "apparel":
            extras += [rng.choice(words.AUDIENCE_CN), rng.choice(words.SEASON_CN)]
        if rng.random() < 0.7:
            extras.append(rng.choice(words.STYLE_CN))
        if rng.random() < 0.4:
            extras.append(rng.choice(words.EXTRA_CN))
        title = " ".join([material_cn + item.cn, *extras])
        description = (
            f"{material_cn}{item.cn}。{words.FEATURES_CN[f1]}，{words.FEATURES_CN[f2]}。"
            f"{words.CARE_CN[care]}"
        )
        category, vendor = item.category_cn, rng.choice(words.VENDORS_CN)
        tags = ",".join([material_cn, item.cn.split()[0], *extras[-1:]])
    else:
        base = f"{material_en} {item.en}"
        if rng.random() < 0.4:
            base = f"{rng.choice(words.PATTERN_EN)} {base}"
        title = f"{base} – {rng.choice(words.STYLE_EN)}" if rng.random() < 0.5 else base
        description = (
            f"{material_en} {item.en.lower()}. {words.FEATURES_EN[f1]}. "
            f"{words.FEATURES_EN[f2]}. {words.CARE_EN[care]}"
        )
        category, vendor = item.category_en, rng.choice(words.VENDORS_EN)
        tags = ", ".join([material_en.lower(), item.slug.replace("-", " "), category.lower()])
    # A few listings have gaps, so the listing checker has something to find.
    if rng.random() < 0.03:
        description = ""
    seo_title, seo_description = (title[:70], description[:160]) if rng.random() < 0.9 else ("", "")
    r = rng.random()
    status = "draft" if r < 0.05 else "archived" if r < 0.08 else "active"
    created = dt.datetime.combine(ctx.start, dt.time()) - dt.timedelta(
        days=rng.randint(30, 400), minutes=rng.randint(0, 1439)
    )
    updated = created + dt.timedelta(
        days=rng.randint(0, (ctx.now - created).days - 1), minutes=rng.randint(0, 600)
    )
    handle = f"{item.slug}-{pid:05d}"
    return (
        pid,
        handle,
        title,
        description,
        category,
        tags,
        status,
        vendor,
        seo_title,
        seo_description,
        iso(created),
        iso(updated),
    )


def _images(rng: random.Random, pid: int, handle: str, title: str) -> list[tuple]:
    count = 0 if rng.random() < 0.05 else rng.randint(1, 5)
    return [(pid, pos, f"demo/{handle}-{pos + 1}.jpg", title) for pos in range(count)]


def _variants(rng: random.Random, pid: int, first_vid: int, group: str, item: words.Item) -> list:
    scheme = words.OPTION_SCHEMES[item.options]
    wanted = rng.choices((1, 2, 3, 4, 5, 6), weights=(15, 20, 25, 20, 12, 8))[0]
    combos = _combos(rng, scheme, wanted)
    lang = 0 if group == "cn" else 1
    names = [dim[0][lang] for dim in scheme]
    # Whole yuan/dollars; about half the prices end in .90 (12890 分) as shops like.
    units = rng.randrange((item.low + 99) // 100, item.high // 100 + 1)
    minus = 10 if rng.random() < 0.5 else 0
    compare_pct = rng.randint(115, 140) if rng.random() < 0.3 else 0
    rows = []
    for offset, combo in enumerate(combos):
        vid = first_vid + offset
        # Bigger sizes cost 8% more per step; only the last option is a size.
        step = combo[-1][1] if len(scheme) == 2 or item.options == "board" else 0
        price = (units + units * 8 * step // 100) * 100 - minus
        compare = (price * compare_pct // 100 // 100 * 100 + 90) if compare_pct else None
        cost = price * rng.randint(40, 70) // 100 if rng.random() < 0.97 else None
        r = rng.random()
        stock = 0 if r < 0.07 else rng.randint(1, 5) if r < 0.17 else rng.randint(6, 400)
        barcode = ean13(f"692345{vid:06d}") if rng.random() < 0.97 else ""
        sku = "-".join([item.prefix, f"{pid:04d}", *(value[2] for value, _ in combo)])
        opts = [(names[i], value[lang]) for i, (value, _) in enumerate(combo)]
        opts += [("", "")] * (2 - len(opts))
        grams = item.grams * rng.randint(90, 110) // 100
        rows.append(
            (
                vid,
                pid,
                sku,
                opts[0][0],
                opts[0][1],
                opts[1][0],
                opts[1][1],
                price,
                compare,
                cost,
                stock,
                barcode,
                grams,
            )
        )
    return rows


def _combos(rng: random.Random, scheme: tuple, wanted: int) -> list[tuple]:
    """Option combinations: tuples of (value, index within its dimension)."""
    if not scheme:
        return [()]
    first = list(enumerate(scheme[0][1]))
    if len(scheme) == 1:
        picked = sorted(rng.sample(first, min(wanted, len(first))))
        return [((value, index),) for index, value in picked]
    second = list(enumerate(scheme[1][1]))
    across = rng.randint(1, min(wanted, len(first)))
    down = min(len(second), -(-wanted // across))
    start = rng.randint(0, len(second) - down)
    colors = rng.sample(first, across)
    sizes = second[start : start + down]
    combos = [((c, ci), (s, si)) for ci, c in colors for si, s in sizes]
    return combos[:wanted]
