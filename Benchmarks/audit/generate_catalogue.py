#!/usr/bin/env python3
"""Generates a synthetic catalogue for the audit benchmark.

usage: generate_catalogue.py OUT_DIR --html N --jsonl N [--seed S] [--jsonl-files K]

HTML pages are 20-80 KB like real product pages: head with CSS, navigation, breadcrumbs, JSON-LD,
a spec table, description, bullets, care sections, reviews, footer, and inline scripts (noise).
Some pages miss fields, some carry exaggeration claims, half are Chinese. JSON Lines records use
ListingLint's own listing format. Deterministic for a given seed.
"""
import argparse, json, os, random

ZH_MATERIALS = ["100%棉", "聚酯纤维95% 氨纶5%", "实木（橡木）", "304不锈钢", "ABS塑料", "羊毛70% 锦纶30%", "真皮（牛皮）", "陶瓷"]
EN_MATERIALS = ["100% cotton", "95% polyester, 5% elastane", "solid oak", "18/8 stainless steel", "ABS plastic", "70% wool, 30% nylon", "leather", "porcelain"]
ZH_SIZES = ["长60cm 宽40cm 高75cm", "S/M/L/XL（胸围88-104cm）", "500ml", "直径28cm", "120×200cm"]
EN_SIZES = ["60 x 40 x 75 cm", "S/M/L/XL (chest 88-104 cm)", "500 ml", "28 cm diameter", "120 x 200 cm"]
ZH_CARE = ["30℃以下机洗，不可漂白，低温熨烫。", "用干布擦拭，避免阳光直射，定期上油保养。", "开封后请冷藏，3天内食用完毕。"]
EN_CARE = ["Machine wash cold, do not bleach, tumble dry low.", "Wipe with a dry cloth; oil the surface every month.", "Refrigerate after opening and use within 3 days."]
ZH_CLAIMS = ["全网最低价", "国家级品质", "销量第一", "最好的选择", "100%有效", "永久不变形", "顶级工艺"]
EN_CLAIMS = ["the best ever", "#1 best seller", "miracle results", "eco-friendly", "100% guaranteed", "world's best"]
ZH_FILL = "这款产品采用精选材料制作，做工细致，适合日常家居使用。设计简洁大方，细节处理用心，满足不同场景的需求。"
EN_FILL = "This product is made with carefully chosen materials and neat workmanship, suited to everyday use at home. "
SELLERS = [f"seller-{i:03d}" for i in range(60)]
CATEGORIES_ZH = ["女装", "家具", "厨具", "食品", "美妆"]
CATEGORIES_EN = ["Apparel", "Furniture", "Kitchen", "Food", "Beauty"]


def noise_script(rng, size):
    words = ["function", "var", "return", "window", "document", "track", "config", "push", "event", "data"]
    out, total = [], 0
    while total < size:
        line = f"  {rng.choice(words)}_{rng.randrange(9999)}({rng.randrange(99999)}, '{rng.choice(words)}');\n"
        out.append(line)
        total += len(line)
    return "".join(out)


def page(rng, index):
    zh = index % 2 == 0
    sku = f"BENCH-{index:07d}"
    materials, sizes, care = (ZH_MATERIALS, ZH_SIZES, ZH_CARE) if zh else (EN_MATERIALS, EN_SIZES, EN_CARE)
    title = (f"精选家居好物 {index} 号" if zh else f"Everyday Home Item No. {index}")
    claims = rng.random() < 0.3
    if claims:
        title += " " + rng.choice(ZH_CLAIMS if zh else EN_CLAIMS)
    has = {f: rng.random() > 0.2 for f in ("material", "size", "care")}
    labels = ("材质", "尺寸", "洗涤说明") if zh else ("Material", "Dimensions", "Care instructions")
    rows = ""
    if has["material"]:
        rows += f"<tr><th>{labels[0]}</th><td>{rng.choice(materials)}</td></tr>\n"
    if has["size"]:
        rows += f"<tr><th>{labels[1]}</th><td>{rng.choice(sizes)}</td></tr>\n"
    rows += f"<tr><th>{'品牌' if zh else 'Brand'}</th><td>Brand{index % 97}</td></tr>\n"
    fill = ZH_FILL if zh else EN_FILL
    description = "".join(f"<p>{fill}{rng.choice(ZH_CLAIMS if zh else EN_CLAIMS) if claims and i == 1 else ''}</p>\n" for i in range(rng.randint(3, 12)))
    care_section = f"<h3>{labels[2]}</h3><p>{rng.choice(care)}</p>" if has["care"] else ""
    category = rng.choice(CATEGORIES_ZH if zh else CATEGORIES_EN)
    jsonld = json.dumps({"@context": "https://schema.org", "@type": "Product", "name": title, "sku": sku,
                         "category": category, "brand": {"@type": "Brand", "name": f"Brand{index % 97}"},
                         "offers": {"@type": "Offer", "price": f"{rng.randint(9, 999)}.00", "priceCurrency": "CNY",
                                    "seller": {"@type": "Organization", "name": rng.choice(SELLERS)}}}, ensure_ascii=False)
    nav = "".join(f"<li><a href=\"/c/{i}\">{'分类' if zh else 'Category'} {i}</a></li>" for i in range(40))
    reviews = "".join(f"<div class=\"review\"><p>{'质量最好，非常满意！' if zh else 'Best purchase ever, love it!'}</p></div>" for _ in range(rng.randint(2, 8)))
    css = "".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{i:06x}}}\n" for i in range(rng.randint(200, 900)))
    script = noise_script(rng, rng.randint(8_000, 45_000))
    return f"""<!DOCTYPE html>
<html lang="{'zh-CN' if zh else 'en'}"><head><meta charset="utf-8"><title>{title}</title>
<style>{css}</style>
<script type="application/ld+json">{jsonld}</script>
</head><body>
<header><nav><ul>{nav}</ul></nav></header>
<div class="breadcrumb"><a href="/">{'首页' if zh else 'Home'}</a> &gt; <a href="/c">{category}</a></div>
<main><h1>{title}</h1>
<div class="description">{description}</div>
<ul class="features"><li>{fill[:30]}</li><li>{fill[10:40]}</li></ul>
<table class="specs">{rows}</table>
{care_section}
<section class="reviews"><h2>{'用户评价' if zh else 'Customer reviews'}</h2>{reviews}</section>
</main>
<footer><p>© Example Mall · {'关于我们' if zh else 'About us'}</p></footer>
<script>{script}</script>
</body></html>
"""


def record(rng, index):
    zh = index % 2 == 0
    materials, sizes, care = (ZH_MATERIALS, ZH_SIZES, ZH_CARE) if zh else (EN_MATERIALS, EN_SIZES, EN_CARE)
    attributes = {}
    if rng.random() > 0.2:
        attributes["材质" if zh else "Material"] = rng.choice(materials)
    if rng.random() > 0.2:
        attributes["尺寸" if zh else "Size"] = rng.choice(sizes)
    if rng.random() > 0.25:
        attributes["洗涤说明" if zh else "Care instructions"] = rng.choice(care)
    fill = ZH_FILL if zh else EN_FILL
    description = fill * rng.randint(1, 4)
    if rng.random() < 0.3:
        description += rng.choice(ZH_CLAIMS if zh else EN_CLAIMS)
    return {"id": f"J{index:08d}", "title": (f"家居好物 {index}" if zh else f"Home item {index}"),
            "description": description, "attributes": attributes,
            "category": rng.choice(CATEGORIES_ZH if zh else CATEGORIES_EN), "seller": rng.choice(SELLERS),
            "locale": "zh-CN" if zh else "en"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--html", type=int, default=0)
    parser.add_argument("--jsonl", type=int, default=0)
    parser.add_argument("--jsonl-files", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.html:
        directory = os.path.join(args.out, "html")
        os.makedirs(directory, exist_ok=True)
        for i in range(args.html):
            with open(os.path.join(directory, f"{i // 1000:04d}-{i:07d}.html"), "w", encoding="utf-8") as f:
                f.write(page(rng, i))
    if args.jsonl:
        directory = os.path.join(args.out, "jsonl")
        os.makedirs(directory, exist_ok=True)
        files = [open(os.path.join(directory, f"part-{k:03d}.jsonl"), "w", encoding="utf-8") for k in range(args.jsonl_files)]
        per_file = -(-args.jsonl // args.jsonl_files)
        for i in range(args.jsonl):
            files[i // per_file].write(json.dumps(record(rng, i), ensure_ascii=False) + "\n")
        for f in files:
            f.close()


if __name__ == "__main__":
    main()
