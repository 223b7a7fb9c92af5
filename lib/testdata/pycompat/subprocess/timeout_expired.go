package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"sleep", "5"}, subprocess.Options{Timeout: 100 * time.Millisecond})
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		// CPython's message shows the time left of its own deadline
		// (0.0999...), which changes from run to run: only its start is printed.
		fmt.Println(pyBool(strings.HasPrefix(e.Error(), "Command '['sleep', '5']' timed out after ")))
		fmt.Println(fmt.Sprintf("['%s', '%s']", e.Cmd[0], e.Cmd[1]), pyNone(e.Output), pyNone(e.Stderr))
	}
}

func pyNone(b []byte) any {
	if b == nil {
		return "None"
	}
	return string(b)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
