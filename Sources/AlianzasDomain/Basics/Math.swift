#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The domain avoids Foundation for arithmetic; these wrap the C library once.
@inline(__always) func _log(_ x: Double) -> Double { log(x) }
@inline(__always) func _exp(_ x: Double) -> Double { exp(x) }
@inline(__always) func _cos(_ x: Double) -> Double { cos(x) }
@inline(__always) func _erfc(_ x: Double) -> Double { erfc(x) }
@inline(__always) func _lgamma(_ x: Double) -> Double { lgamma(x) }
