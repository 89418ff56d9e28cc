public import ListingLintCore

/// JUnit XML for CI test views (GitLab `artifacts:reports:junit`, Jenkins, Azure, test-report actions).
///
/// One `<testsuite>`; one `<testcase>` per listing (`classname` = its file relative to the working
/// directory, `name` = the listing id). A listing with findings at or above `failLevel` fails: one
/// `<failure>` lists them; its lower findings go to `<system-out>`. Each input that could not be
/// read is a test case with an `<error>`. All text is XML-escaped, and characters XML 1.0 cannot
/// carry are replaced (`XMLText`).
public struct JUnitReporter: Sendable {
    public var workingDirectory: String
    public var failLevel: Severity

    public init(workingDirectory: String, failLevel: Severity = .error) {
        self.workingDirectory = workingDirectory
        self.failLevel = failLevel
    }

    public func render(_ report: RunReport) -> String {
        var cases: [String] = []
        var failures = 0
        for failure in report.inputErrors {
            cases.append(errorCase(failure))
        }
        for listing in report.listings {
            let (text, failed) = testCase(listing)
            if failed { failures += 1 }
            cases.append(text)
        }
        let counts = "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(report.inputErrors.count)\""
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(attribute(report.tool.name))\" \(counts)>\n"
        out += "  <testsuite name=\"\(attribute(report.tool.name))\" \(counts) skipped=\"0\">\n"
        out += "    <properties>\n"
        for (name, value) in properties(report) {
            out += "      <property name=\"\(attribute(name))\" value=\"\(attribute(value))\"/>\n"
        }
        out += "    </properties>\n"
        out += cases.joined()
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    private func properties(_ report: RunReport) -> [(String, String)] {
        let figures = SummaryFigures(report.summary)
        var properties = [
            ("version", report.tool.version),
            ("ruleSet", report.tool.ruleSet),
            ("failLevel", failLevel.rawValue),
            ("summary", TextReporter.summaryLine(report.summary, target: figures.target)),
        ]
        if let baseline = report.baseline {
            properties.append(
                (
                    "baseline",
                    "\(baseline.file): \(baseline.new) new, \(baseline.suppressed) suppressed, \(baseline.stale.count) stale"
                ))
        }
        return properties
    }

    private func testCase(_ listing: ListingReport) -> (String, Bool) {
        let failing = listing.findings.filter { $0.severity >= failLevel }
        let other = listing.findings.filter { $0.severity < failLevel }
        var out = "    <testcase classname=\"\(attribute(path(listing.source)))\" name=\"\(attribute(listing.id))\""
        guard !listing.findings.isEmpty else { return (out + "/>\n", false) }
        out += ">\n"
        if let first = failing.first {
            let message =
                "\(failing.count) finding\(failing.count == 1 ? "" : "s") at or above \(failLevel.rawValue); "
                + "score \(listing.score) (\(listing.grade.rawValue))"
            out += "      <failure message=\"\(attribute(message))\" type=\"\(attribute(first.rule))\">"
            out += XMLText.escape(failing.map(describe).joined(separator: "\n")) + "</failure>\n"
        }
        if !other.isEmpty {
            out +=
                "      <system-out>" + XMLText.escape(other.map(describe).joined(separator: "\n")) + "</system-out>\n"
        }
        return (out + "    </testcase>\n", !failing.isEmpty)
    }

    private func errorCase(_ failure: InputFailure) -> String {
        let source = path(failure.source)
        let finding = failure.finding
        var out = "    <testcase classname=\"\(attribute(source))\" name=\"\(attribute(failure.listing ?? source))\">\n"
        out += "      <error message=\"\(attribute(finding.message))\" type=\"\(attribute(finding.rule))\">"
        out += XMLText.escape(describe(finding)) + "</error>\n"
        return out + "    </testcase>\n"
    }

    /// `error claim.x at 12:5: message «evidence» → suggestion`
    private func describe(_ finding: Finding) -> String {
        var text = "\(finding.severity.rawValue) \(finding.rule)"
        if let position = finding.location?.positionDescription, !position.isEmpty { text += " at \(position)" }
        text += ": \(finding.message)"
        if let evidence = finding.evidence { text += " «\(evidence)»" }
        if let suggestion = finding.suggestion { text += " → \(suggestion)" }
        return text
    }

    private func path(_ source: String) -> String { ArtifactPath.relative(source, to: workingDirectory) }

    private func attribute(_ text: String) -> String { XMLText.escape(text, attribute: true) }
}
