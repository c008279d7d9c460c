#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// errno constants re-exported so files that only need the numbers do not import the C library.
let ENOSPC_ = ENOSPC
let ELOOP_ = ELOOP
let EDQUOT_ = EDQUOT
let EACCES_ = EACCES
let EPERM_ = EPERM
let ENOENT_ = ENOENT
let EROFS_ = EROFS
let EIO_ = EIO
let EISDIR_ = EISDIR
let EEXIST_ = EEXIST

var currentErrno: Int32 { errno }
