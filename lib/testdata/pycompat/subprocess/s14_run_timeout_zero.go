package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	var te *subprocess.TimeoutExpired
	_, err := subprocess.Run([]string{"sleep", "5"}, subprocess.Options{Stdout: subprocess.PIPE, Timeout: subprocess.ZeroTimeout})
	if errors.As(err, &te) {
		fmt.Println("run:", err)
		fmt.Println("timeout attr:", te.Timeout.Seconds())
	}
	_, err = subprocess.Run([]string{"sleep 5"}, subprocess.Options{Shell: true, CaptureOutput: true, Timeout: subprocess.ZeroTimeout})
	if errors.As(err, &te) {
		fmt.Println("shell:", err)
		fmt.Println("output:", pyBytes(te.Output), pyBytes(te.Stderr))
	}
	_, err = subprocess.CheckOutput([]string{"sleep", "5"}, subprocess.Options{Timeout: subprocess.ZeroTimeout})
	if errors.As(err, &te) {
		fmt.Println("check_output:", err)
	}
	_, err = subprocess.Call([]string{"sleep", "5"}, subprocess.Options{Timeout: subprocess.ZeroTimeout})
	if errors.As(err, &te) {
		fmt.Println("call:", err)
	}
	r, _ := subprocess.Run([]string{"echo", "no timeout"}, subprocess.Options{CaptureOutput: true, Text: true, Timeout: 0})
	fmt.Print(string(r.Stdout))
}

func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return fmt.Sprintf("b'%s'", b)
}
