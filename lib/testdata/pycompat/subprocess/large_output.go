package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"seq", "1", "100000"}, subprocess.Options{CaptureOutput: true, Text: true})
	lines := strings.Split(strings.TrimSuffix(string(r.Stdout), "\n"), "\n")
	fmt.Println(len(lines), lines[0], lines[len(lines)-1], len(r.Stdout))
	r, _ = subprocess.Run([]string{"sh", "-c", "seq 1 50000 >&2"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(len(r.Stderr), pyBytes(r.Stdout))
}

// pyBytes is repr of bytes (printable ASCII and \n only), or None.
func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + strings.ReplaceAll(string(b), "\n", "\\n") + "'"
}

// pyStr is repr of a text output (printable ASCII and \n only), or None.
func pyStr(b []byte) string {
	if b == nil {
		return "None"
	}
	return "'" + strings.ReplaceAll(string(b), "\n", "\\n") + "'"
}
