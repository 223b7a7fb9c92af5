// os.Stdout and os.Stderr are *os.File values, so they go where an
// io.WriteCloser or io.StringWriter is wanted: a struct field of type
// io.WriteCloser set to os.Stdout failed to compile ("cannot use
// __gonotes.Stdout (value of interface type io.Writer) as io.WriteCloser
// value", found in 100 Go Mistakes' type-embedding program).
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type sink struct {
	name string
	out  io.WriteCloser
}

func (s sink) Write(p []byte) (int, error) {
	return s.out.Write([]byte(s.name + ": " + strings.TrimSpace(string(p)) + "\n"))
}

func (s sink) Close() error { return s.out.Close() }

func emit(w io.StringWriter, lines ...string) int {
	total := 0
	for _, l := range lines {
		n, _ := w.WriteString(l + "\n")
		total += n
	}
	return total
}

type syncer interface{ Sync() error }

func main() {
	logs := sink{name: "log", out: os.Stdout}
	fmt.Fprintln(logs, "first line")
	fmt.Fprintf(logs, "%d items\n", 3)

	var wc io.WriteCloser = os.Stdout
	io.WriteString(wc, "through an io.WriteCloser\n")
	fmt.Println("wrote", emit(os.Stdout, "alpha", "beta"), "bytes")

	var sw io.StringWriter = os.Stderr
	sw.WriteString("to stderr\n")

	var s syncer = os.Stdout
	_ = s.Sync() // an error on a pipe, none on a terminal
	fmt.Println("a syncer")

	streams := map[string]io.Writer{"out": os.Stdout}
	fmt.Fprintln(streams["out"], "from a map of writers")

	// Go closes the process's standard output here (the kernel keeps its
	// stream open); nothing is printed after.
	logs.Close()
}
