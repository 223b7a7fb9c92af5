package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"printf 'b\\na\\nc\\n' | sort | head -2"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(pyStr(r.Stdout), r.Returncode)
	fmt.Println(r.Args[0])
	r, _ = subprocess.Run([]string{"exit 7"}, subprocess.Options{Shell: true})
	fmt.Println(r.Returncode, r)
	r, _ = subprocess.Run([]string{"echo $0-$1", "first", "second"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(pyStr(r.Stdout))
}

// pyBytes is repr of bytes (printable ASCII and \n only), or None.
func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	s := strings.ReplaceAll(string(b), "\n", "\\n")
	if strings.Contains(s, "'") {
		return "b\"" + s + "\""
	}
	return "b'" + s + "'"
}

// pyStr is repr of a text output (printable ASCII and \n only), or None.
func pyStr(b []byte) string {
	if b == nil {
		return "None"
	}
	return "'" + strings.ReplaceAll(string(b), "\n", "\\n") + "'"
}
