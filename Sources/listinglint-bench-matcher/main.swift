import Foundation
import ListingLintMatching

// listinglint-bench-matcher [MEGABYTES]: generates mixed zh/en listing text (default 128 MB, in
// paragraphs of 0.3–4 KB like real descriptions), then times, on one core, normalising it and running
// the full claim scan (normalise + Aho–Corasick + boundaries + exceptions) with every pack loaded.
// Run in release: `swift run -c release listinglint-bench-matcher`.

/// A small deterministic generator (SplitMix64), so every run scans the same text.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Sentence pieces: ordinary copy (most of the text), and claims, evasions and traps (one piece in eight).
let chineseCopy = [
    "这款保温杯采用304不锈钢内胆，", "容量500毫升，", "适合办公室和户外使用。", "面料柔软亲肤，", "透气性好，",
    "尺码：S/M/L/XL，", "颜色：雾霾蓝，", "洗涤说明：手洗，不可漂白，", "请放置于阴凉干燥处。", "产地：浙江杭州。",
    "包装清单：杯子×1，说明书×1。", "🎁赠品随机，", "售后无忧，七天无理由退换。", "杯盖采用食品级硅胶密封圈，",
    "握感舒适，单手即可开合。", "出厂前经过严格的密封测试，", "建议首次使用前用温水清洗。",
]
let chineseClaims = [
    "全网最好的选择！", "第一次使用前请清洗干净。", "水温最高40℃。", "最大承重50KG，", "国 家 级工艺，",
    "頂級品質，", "销量第一，", "100%纯棉，", "环保材料，", "使用前最好先试戴。", "本店最大号为XL。",
    "质量最*好", "ＮＯ．１热卖", "第①名",
]
let englishCopy = [
    "This insulated bottle keeps drinks cold for 24 hours. ", "Made of 18/8 stainless steel. ",
    "Hand wash only; do not bleach. ", "Dimensions: 7.5 x 2.9 inches. ", "Fits most cup holders. ",
    "Weight: 350 g. ", "The lid snaps shut with one hand and the silicone seal keeps it from leaking. ",
    "Powder-coated finish in six colours. ", "Ships in recyclable cardboard. ",
]
let englishClaims = [
    "The best bottle you will ever own! ", "For best results, rinse before use. ", "Available in dark green colour. ",
    "Eco-friendly and BPA-free. ", "America's #1 water bottle. ", "Bestow it as a gift. ", "100% cotton sleeve. ",
    "Limited time only! ", "Carbon neutral shipping. ", "Ｆｒｅｅ ｓｈｉｐｐｉｎｇ on orders over $35. ",
]

let megabytes = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 128
var generator = SplitMix64(state: 20_261_129)
var paragraphs: [String] = []
var totalBytes = 0
while totalBytes < megabytes << 20 {
    let target = Int.random(in: 300...4096, using: &generator)
    var paragraph = ""
    while paragraph.utf8.count < target {
        let claim = Int.random(in: 0..<8, using: &generator) == 0
        let pool = Bool.random(using: &generator) ? (claim ? chineseClaims : chineseCopy) : (claim ? englishClaims : englishCopy)
        paragraph += pool[Int.random(in: 0..<pool.count, using: &generator)]
    }
    totalBytes += paragraph.utf8.count
    paragraphs.append(paragraph)
}

/// CPU seconds used by this thread: the fair "one core" figure on a machine other jobs share.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let clock = ContinuousClock()
let buildCPUStart = threadCPUSeconds()
let matcher = ClaimMatcher(asOf: "2026-12-31")
let buildCPU = threadCPUSeconds() - buildCPUStart

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}


var normalisedCharacters = 0
let normaliseStart = clock.now
let normaliseCPUStart = threadCPUSeconds()
for paragraph in paragraphs { normalisedCharacters &+= matcher.normaliser.normalise(paragraph).count }
let normaliseTime = seconds(clock.now - normaliseStart)
let normaliseCPU = threadCPUSeconds() - normaliseCPUStart

var hits = 0
var exemptions = 0
let scanStart = clock.now
let scanCPUStart = threadCPUSeconds()
for paragraph in paragraphs {
    let scan = matcher.scan(paragraph, field: .copy)
    hits &+= scan.hits.count
    exemptions &+= scan.exemptions.count
}
let scanTime = seconds(clock.now - scanStart)
let scanCPU = threadCPUSeconds() - scanCPUStart

let megabytesScanned = Double(totalBytes) / 1_048_576
func rate(_ time: Double) -> String {
    String(Int((megabytesScanned / time).rounded())) + " MB/s"
}
print("""
    rules: \(matcher.rules.count) in \(matcher.library.packs.count) packs, \
    automaton states: \(matcher.automaton.stateCount), built in \(String(format: "%.3f", buildCPU)) s CPU (tables, packs, automaton)
    text: \(paragraphs.count) paragraphs, \(totalBytes) bytes (\(Int(megabytesScanned)) MB), \
    \(normalisedCharacters) normalised characters
    normalise only:                CPU \(String(format: "%.2f", normaliseCPU)) s = \(rate(normaliseCPU)); \
    wall \(String(format: "%.2f", normaliseTime)) s = \(rate(normaliseTime))
    normalise + match (full scan): CPU \(String(format: "%.2f", scanCPU)) s = \(rate(scanCPU)); \
    wall \(String(format: "%.2f", scanTime)) s = \(rate(scanTime))  (\(hits) hits, \(exemptions) exemptions)
    """)
