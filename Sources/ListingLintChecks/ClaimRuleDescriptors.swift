public import ListingLintCore
import ListingLintMatching

extension ClaimJudge {
    /// Every claim rule of the embedded packs as a `RuleDescriptor`, in pack order: what SARIF
    /// `tool.driver.rules` and the service's `/v1/rules` list. The name is the rule id's last two parts
    /// in UpperCamelCase (`claim.cn.absolute.zuijia` → `AbsoluteZuijia`).
    public static let ruleDescriptors: [RuleDescriptor] = RulePackLibrary.shared.rules.map { rule in
        RuleDescriptor(
            id: rule.id,
            name: rule.id.split(separator: ".").suffix(2)
                .flatMap { $0.split(separator: "-") }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
            shortDescription: rule.message,
            fullDescription: "\(rule.message) Basis: \(rule.basis) (\(rule.jurisdictions.joined(separator: ", ")))",
            help: rule.rewrite,
            defaultSeverity: rule.severity,
            category: rule.category.rawValue,
            basis: rule.basis
        )
    }
}
