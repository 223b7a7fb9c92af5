package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"true"})
	fmt.Println(pyBytes(r.Stdout), pyBytes(r.Stderr), "['"+strings.Join(r.Args, "', '")+"']", r.Returncode)
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"sh", "-c", "exit 1"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r)
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
