package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"echo", "quick"}, subprocess.Options{CaptureOutput: true, Text: true, Timeout: 30 * time.Second})
	fmt.Println(pyStr(r.Stdout), r.Returncode)
	out, _ := subprocess.CheckOutput([]string{"echo", "fast"}, subprocess.Options{Timeout: 30 * time.Second})
	fmt.Println(pyBytes(out))
	p, _ := subprocess.NewPopen([]string{"true"})
	rc, _ := p.WaitTimeout(30 * time.Second)
	fmt.Println(rc)
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
