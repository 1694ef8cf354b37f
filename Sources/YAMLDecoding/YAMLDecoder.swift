// Placeholder: replaced by the decoder implementation.
public struct YAMLDecoder: Sendable { public init() {} }
