/// Gives the content of fields, undoubling the quotes of escaped ones into its own memory.
///
/// A field's content is returned as a pointer into the block, or into this value's scratch memory
/// for an escaped field; either stays valid until the next call. Noncopyable, so the scratch
/// memory has exactly one owner and is freed with it.
struct FieldContent: ~Copyable {
  private var scratch: UnsafeMutableRawBufferPointer

  /// Creates the scratch memory, grown on demand.
  init() { scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 256, alignment: 8) }

  deinit { scratch.deallocate() }

  /// The content of `field` in `bytes`.
  @inline(__always)
  mutating func of(_ field: FieldSpan, in bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
    let content = UnsafeRawBufferPointer(rebasing: bytes[field.start..<field.end])
    guard field.quoting == .escaped else { return content }
    if scratch.count < content.count {
      scratch.deallocate()
      scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: content.count, alignment: 8)
    }
    var index = 0
    var length = 0
    while index < content.count {
      scratch[length] = content[index]
      length += 1
      index += content[index] == UInt8(ascii: "\"") ? 2 : 1
    }
    return UnsafeRawBufferPointer(rebasing: scratch[0..<length])
  }

  /// The content of `field` as escaped, shortened text for an error message.
  mutating func text(of field: FieldSpan, in bytes: UnsafeRawBufferPointer) -> String {
    CellText.escaped(of(field, in: bytes))
  }

  /// The content of `field` as a string, or nil when it is not valid UTF-8.
  mutating func string(of field: FieldSpan, in bytes: UnsafeRawBufferPointer) -> String? {
    let content = of(field, in: bytes)
    return UTF8Validation.isValid(content) ? String(decoding: content, as: UTF8.self) : nil
  }
}
