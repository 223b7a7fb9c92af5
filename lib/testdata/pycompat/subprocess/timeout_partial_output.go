package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"sh", "-c", "echo partial; exec sleep 5"}, subprocess.Options{CaptureOutput: true, Timeout: time.Second})
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println(pyBytes(e.Output), pyBytes(e.Output), pyBytes(e.Stderr))
		fmt.Println(fmt.Sprintf("%.0f", e.Timeout.Seconds()), "['"+strings.Join(e.Cmd, "', '")+"']")
		fmt.Println(e)
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
