import Foundation
import ListingLintCore
import Testing

@testable import ListingLintReport

@Suite struct FindingIdentityTests {
    @Test func sha256MatchesPublishedVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func evidenceIsCompatibilityMappedTrimmedCollapsedAndLowerCased() {
        #expect(FindingKey.normalize("  ＢＥＳＴ\u{3000}Quality\n\t ever ") == "best quality ever")
        #expect(FindingKey.normalize("全网 最低价") == "全网 最低价")
        #expect(FindingKey.normalize("ＮＯ．１") == "no.1")
        #expect(FindingKey.normalize(nil) == "")
    }

    @Test func fingerprintsDependOnListingRuleAndEvidenceOnly() {
        let finding = Finding(
            rule: "claim.x", kind: .bannedClaim, severity: .error, message: "m", evidence: "最佳",
            location: SourceLocation(line: 1, column: 1))
        var moved = finding
        moved.location = SourceLocation(line: 99, column: 7)
        moved.message = "reworded"
        #expect(
            FindingKey(listing: "a", finding: finding).fingerprint()
                == FindingKey(listing: "a", finding: moved).fingerprint())
        #expect(
            FindingKey(listing: "a", finding: finding).fingerprint()
                != FindingKey(listing: "b", finding: finding).fingerprint())
        #expect(FindingKey(listing: "a", finding: finding).fingerprint().count == 32)
    }

    @Test func artifactPathsAreRelativeToTheWorkingDirectory() {
        #expect(ArtifactPath.relative("/work/project/corpus/a.html", to: "/work/project") == "corpus/a.html")
        #expect(ArtifactPath.relative("/work/project/corpus/a.html", to: "/work/project/") == "corpus/a.html")
        #expect(ArtifactPath.relative("./corpus//a.html", to: "/work/project") == "corpus/a.html")
        #expect(ArtifactPath.relative("/work/projectile/a.html", to: "/work/project") == "/work/projectile/a.html")
        #expect(ArtifactPath.relative("-", to: "/work/project") == "-")
        #expect(ArtifactPath.uriReference("a b/商品#1%.html") == "a%20b/%E5%95%86%E5%93%81%231%25.html")
    }
}
