package eval

import (
	goruntime "runtime"
	"strings"
)

// GoVersion is the Go release whose language and standard library a cell
// speaks: the toolchain gonotes was built with. The standard library's
// symbol tables and generic sources are generated from that toolchain
// (go generate in third_party/yaegi/stdlib), and the conformance suite
// (testdata/conformance) compares cells with `go run` of that toolchain.
var GoVersion = goruntime.Version()

// Unsupported lists what a cell cannot do yet as `go run` does, each with
// what the user sees instead. It is the short form of
// testdata/conformance/UNSUPPORTED, whose programs show each item.
var Unsupported = []string{
	"%T and %#v name a notebook type by its structure (struct { x int }), not main.T, and a named non-struct type (type Celsius float64) is its underlying type to reflect",
	"a value of a notebook type is not seen by compiled code as implementing a compiled interface it implements (io.Writer, json.Marshaler, an error given to errors.As), except fmt.Stringer and error in fmt",
	"an unrecovered panic in a goroutine is reported on the cell's stderr; the kernel goes on (a Go program would exit)",
}

// Banner is the kernel_info_reply banner: the Go version cells speak and
// what they cannot do yet.
func Banner(version string) string {
	var b strings.Builder
	b.WriteString("gonotes " + version + ": Go " + GoVersion + " (language and standard library, generics and iterators included), interpreted by yaegi, with Python-style threads, queues and processes.\n")
	b.WriteString("IPython's lines: !COMMAND (a shell line), " + strings.Join(magicNames(lineMagics, "%"), " ") + ", " + strings.Join(magicNames(cellMagics, "%%"), " ") + " (see %help).\n")
	b.WriteString("Not yet as `go run` does:\n")
	for _, u := range Unsupported {
		b.WriteString("  - " + u + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}
