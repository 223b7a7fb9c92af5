package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo out; echo err >&2"}, subprocess.Options{Stdout: subprocess.DEVNULL, Stderr: subprocess.DEVNULL})
	fmt.Println(pyBytes(r.Stdout), pyBytes(r.Stderr), r.Returncode)
	r, _ = subprocess.Run([]string{"cat"}, subprocess.Options{Stdin: subprocess.DEVNULL, CaptureOutput: true})
	fmt.Println(pyBytes(r.Stdout), r.Returncode)
	fmt.Println(r)
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
