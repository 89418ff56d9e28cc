/// The commented default `.listinglint.yml` that `listinglint init` writes. Every setting is shown
/// with its built-in value, so the file parses back to the defaults (a test checks it).
public enum ConfigurationTemplate {
    public static let text = """
        # ListingLint configuration (schema: schemas/config.schema.json).
        # `listinglint check` finds this file by walking up from its first input, or takes --config FILE.
        # Unknown keys and bad values are errors that name the key and its line.
        version: 1

        # Whose claim rules apply: cn (广告法, SAMR), eu (Directive 2024/825), us (FTC, Amazon).
        jurisdictions: [cn, eu, us]

        # Judge date-gated rules as of this date (YYYY-MM-DD); leave out for today.
        # as-of: 2026-09-27

        # Category mapping, tried in order before built-in detection. A pattern is a case-insensitive
        # substring of the category field, breadcrumbs or title, or a regular expression written /.../.
        category-mapping: []
        #  - pattern: 女装
        #    category: apparel
        #  - pattern: /^Home > (Sofas|Chairs)/
        #    category: furniture

        # Per-category field lists: each list given replaces the built-in one. Profiles: apparel,
        # footwear, electronics, cosmetics, food, furniture, toys, gift-card, voucher, digital, default.
        # Fields: material, size, instructions, warnings, age-grading, manufacturer, certification,
        # after-sales, shipping-time. A new name defines a new category for the mapping above.
        categories: {}
        #  default:
        #    required: [material, size, instructions, manufacturer]   # EU GPSR Art. 19
        #    recommended: [after-sales, shipping-time]
        #  apparel:
        #    not-applicable: [age-grading]

        # Extra field names (zh or en) to recognise besides the built-in synonyms.
        synonyms: {}
        #  material: [面料构成, outer fabric]
        #  instructions: [养护建议]

        # Severity per rule id: info, evidence, warning, error.
        severity: {}
        #  field.manufacturer.missing: warning

        # Rules switched off, by id or by a prefix ending in a dot.
        disabled: []
        #  - field.shipping-time.
        #  - claim.us.

        # Input limits that keep memory bounded on hostile input.
        limits:
          max-file-bytes: 67108864
          max-depth: 512
          max-listings-per-file: 10000000
          max-field-scalars: 1048576

        # Claim texts your team has cleared, with the reason (and optionally the one rule it clears).
        allowlist: []
        #  - text: 最新款
        #    reason: time order, not a superlative
        #    rule: claim.cn.absolute.zui

        # Your own claim rules.
        custom-rules: []
        #  - id: custom.no-miracle
        #    terms: [奇迹, miracle]
        #    severity: warning
        #    message: efficacy claims need evidence
        #    category: efficacy

        """
}
