package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"echo out; exit 4"}, subprocess.Options{Shell: true, Check: true, CaptureOutput: true, Text: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(e.Cmd[0], pyStr(e.Output))
	}
	_, err = subprocess.CheckOutput([]string{"false"}, subprocess.Options{Shell: true})
	if errors.As(err, &e) {
		fmt.Println(e)
	}
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
