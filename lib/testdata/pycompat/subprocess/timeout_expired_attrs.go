package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + strings.ReplaceAll(string(b), "\n", "\\n") + "'"
}

func main() {
	_, err := subprocess.Run([]string{"sh", "-c", "echo started; sleep 5"}, subprocess.Options{CaptureOutput: true, Timeout: 500 * time.Millisecond})
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println("['"+strings.Join(e.Cmd, "', '")+"']", e.Timeout.Seconds(), pyBytes(e.Output), pyBytes(e.Output), pyBytes(e.Stderr))
		fmt.Println(e)
	}
	_, err = subprocess.Run([]string{"sleep 5"}, subprocess.Options{Shell: true, Timeout: 250 * time.Millisecond})
	if errors.As(err, &e) {
		fmt.Println(e.Cmd[0], pyBytes(e.Output), pyBool(strings.HasPrefix(e.Error(), "Command 'sleep 5' timed out after 0.2")))
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
