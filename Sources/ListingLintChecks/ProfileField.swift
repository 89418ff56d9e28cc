public import ListingLintCore

/// The fields category profiles add to the core three (`CoreField`), by their report names.
public enum ProfileField {
    public static let warnings: FieldName = "warnings"
    public static let ageGrading: FieldName = "age-grading"
    public static let manufacturer: FieldName = "manufacturer"
    public static let certification: FieldName = "certification"
    public static let afterSales: FieldName = "after-sales"
    public static let shippingTime: FieldName = "shipping-time"
}
