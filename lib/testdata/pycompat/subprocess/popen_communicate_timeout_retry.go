package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo first; exec sleep 30"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	_, _, err := p.CommunicateTimeout(500 * time.Millisecond)
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println("TimeoutExpired", e.Timeout.Seconds())
	}
	p.Kill()
	out, errb, _ := p.Communicate()
	fmt.Println(pyStr(out), pyStr(errb), p.Returncode())
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
