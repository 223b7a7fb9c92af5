package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	out, errb, _ := p.Communicate("hello\nworld\n")
	fmt.Println(pyStr(out), pyStr(errb), p.Returncode())
	p, _ = subprocess.NewPopen([]string{"sh", "-c", "echo o; echo e >&2; exit 3"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.PIPE})
	out, errb, _ = p.Communicate()
	fmt.Println(pyBytes(out), pyBytes(errb), p.Returncode())
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
