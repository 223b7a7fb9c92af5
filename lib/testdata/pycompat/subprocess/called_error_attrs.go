package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"sh", "-c", "echo out; echo err >&2; exit 9"}, subprocess.Options{CaptureOutput: true, Text: true, Check: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e.Returncode, "['"+strings.Join(e.Cmd, "', '")+"']")
		fmt.Println(pyStr(e.Output), pyStr(e.Stderr), "True")
		fmt.Println(e.Error())
	}
	r, _ := subprocess.Run([]string{"true"}, subprocess.Options{Check: true})
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
