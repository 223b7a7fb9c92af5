package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	// Without a pipe to read, run() waits for the child with what is left of
	// the timeout, and TimeoutExpired reports that: a little less than given.
	_, err := subprocess.Run([]string{"sleep", "5"}, subprocess.Options{Timeout: 500 * time.Millisecond})
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		s := e.Timeout.Seconds()
		fmt.Println("float", py(0.3 < s && s < 0.5))
		fmt.Println(py(strings.HasPrefix(e.Error(), "Command '['sleep', '5']' timed out after 0.4")), py(strings.HasSuffix(e.Error(), " seconds")))
		fmt.Println(none(e.Output), none(e.Output), none(e.Stderr))
	}

	// With captured output, it reports the timeout given.
	_, err = subprocess.Run([]string{"sleep", "5"}, subprocess.Options{Timeout: 500 * time.Millisecond, CaptureOutput: true})
	if errors.As(err, &e) {
		fmt.Println(e.Timeout.Seconds(), e)
	}

	// call() and check_call() wait(timeout): the timeout given.
	_, err = subprocess.Call([]string{"sleep", "5"}, subprocess.Options{Timeout: 500 * time.Millisecond})
	if errors.As(err, &e) {
		fmt.Println("call", e.Timeout.Seconds(), e)
	}
	err = subprocess.CheckCall([]string{"sleep", "5"}, subprocess.Options{Timeout: 500 * time.Millisecond})
	if errors.As(err, &e) {
		fmt.Println("check_call", e.Timeout.Seconds(), e)
	}
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func none(b []byte) string {
	if b == nil {
		return "None"
	}
	return string(b)
}
