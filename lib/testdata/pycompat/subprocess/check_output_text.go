package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.CheckOutput([]string{"echo", "hi there"}, subprocess.Options{Text: true})
	fmt.Println(pyStr(out))
	out, _ = subprocess.CheckOutput([]string{"printf", "a\nb"})
	fmt.Println(pyBytes(out))
	_, err := subprocess.CheckOutput([]string{"sh", "-c", "echo partial; exit 2"}, subprocess.Options{Text: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(pyStr(e.Output), pyStr(e.Output), pyStr(e.Stderr), e.Returncode)
	}
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
