/// The version of the Almanac package.
public let almanacVersion = "0.1.0"
