import Foundation

/// Whether the directory in use is old enough that a shopper should fetch a newer one.
public enum DirectoryFreshness {
    /// Days after which `resolve` warns.
    public static let threshold = 90

    /// One line for standard error when `source` is dated (by its manifest) more than `threshold` days before
    /// `today`; nil otherwise. A checkout has no manifest and never warns: `git pull` is its update.
    public static func warning(for source: DirectorySource?, today: CalendarDate, threshold: Int = threshold) -> String? {
        guard let source, let date = source.date else { return nil }
        let age = date.days(until: today)
        guard age > threshold else { return nil }
        return "note: the directory in use (\(source.kind.rawValue), dated \(date)) is \(age) days old; "
            + "run `supportdir update` for corrected contact points and new merchants."
    }
}
