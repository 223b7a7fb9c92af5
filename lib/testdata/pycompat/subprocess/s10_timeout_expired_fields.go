package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func b(x []byte) string {
	if x == nil {
		return "None"
	}
	return "b'" + strings.ReplaceAll(string(x), "\n", `\n`) + "'"
}

func main() {
	var e *subprocess.TimeoutExpired
	_, err := subprocess.Run([]string{"sh", "-c", "echo before; sleep 5"}, subprocess.Options{Timeout: 500 * time.Millisecond, CaptureOutput: true})
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(e.Timeout.Seconds(), "['"+strings.Join(e.Cmd, "', '")+"']", b(e.Output), b(e.Output), b(e.Stderr))
	}
	_, err = subprocess.Run([]string{"sleep 5"}, subprocess.Options{Shell: true, Timeout: 250 * time.Millisecond})
	if errors.As(err, &e) {
		fmt.Println(pyBool(strings.HasPrefix(e.Error(), "Command 'sleep 5' timed out after 0.")), b(e.Output), pyBool(e.Timeout > 0 && e.Timeout <= 250*time.Millisecond))
	}
	_, err = subprocess.CheckOutput([]string{"sleep", "5"}, subprocess.Options{Timeout: time.Second})
	if errors.As(err, &e) {
		fmt.Println(e, b(e.Output))
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
