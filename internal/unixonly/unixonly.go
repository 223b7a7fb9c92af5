// Package unixonly stops a build of gonotes for a system that is not Unix
// (Windows, Plan 9, js/wasm...) with one clear error, instead of the many
// undefined names of the packages that need Unix: the kernel captures its
// output by file descriptor (dup2), and lib/multiprocessing and
// lib/subprocess start and signal processes, pass them sockets and map
// shared memory as Unix does. Those packages import it for that effect
// alone:
//
//	import _ "github.com/gonotes/gonotes/internal/unixonly"
//
// On Unix (Linux, macOS, the BSDs) it is empty.
package unixonly
