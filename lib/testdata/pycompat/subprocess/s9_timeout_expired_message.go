package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + string(b) + "'"
}

func main() {
	_, err := subprocess.Run([]string{"sleep", "5"}, subprocess.Options{Timeout: 100 * time.Millisecond, Stdout: subprocess.PIPE})
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(e.Timeout.Seconds(), "['sleep', '5']", pyBytes(e.Output), pyBytes(e.Stderr))
	}
	_, err = subprocess.Run([]string{"sleep", "5"}, subprocess.Options{Timeout: 250 * time.Millisecond, CaptureOutput: true})
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(pyBytes(e.Output), pyBytes(e.Stderr))
	}
}
