public import ArgumentParser
public import ListingLintCore

extension Severity: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
