/// Where the project documents itself; reports link here.
public enum ProjectLinks {
    /// The project's home page (SARIF `informationUri`).
    public static let home = "https://github.com/listinglint/listinglint"
    /// The CI guide: formats, exit codes, baselines.
    public static let ciGuide = home + "/blob/main/docs/ci.md"
}
