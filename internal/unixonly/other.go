//go:build !unix

package unixonly

// The error of this declaration is the message of a build for a system
// that is not Unix.
var _ int = "gonotes runs on Unix only (Linux, macOS, the BSDs)"
