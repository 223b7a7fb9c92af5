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
	_, err := subprocess.Run([]string{"sh", "-c", "echo early; echo warn >&2; exec sleep 20"},
		subprocess.Options{CaptureOutput: true, Timeout: 500 * time.Millisecond})
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(e.Timeout.Seconds(), b(e.Output), b(e.Output), b(e.Stderr))
	}
	_, err = subprocess.Run([]string{"exec sleep 20"}, subprocess.Options{Shell: true, Stdout: subprocess.PIPE, Timeout: 250 * time.Millisecond})
	if errors.As(err, &e) {
		fmt.Println(e, b(e.Output), b(e.Stderr))
	}
	r, _ := subprocess.Run([]string{"sh", "-c", "exit 0"}, subprocess.Options{Timeout: 5 * time.Second})
	fmt.Println(r)
}
