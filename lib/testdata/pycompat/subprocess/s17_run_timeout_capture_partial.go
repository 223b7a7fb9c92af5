package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func rep(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	_, err := subprocess.Run([]string{"sh", "-c", "echo started; echo warn >&2; exec sleep 30"}, subprocess.Options{CaptureOutput: true, Timeout: time.Second})
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(rep(e.Output), rep(e.Stderr), "True")
	}
	_, err = subprocess.Run([]string{"sh", "-c", "exec sleep 30"}, subprocess.Options{CaptureOutput: true, Text: true, Timeout: 200 * time.Millisecond})
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(rep(e.Output), rep(e.Stderr))
	}
}
