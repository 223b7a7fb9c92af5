package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, c := range []struct {
		name, timeout string
		call          func() error
	}{
		{"run shell", "0.3", func() error {
			_, err := subprocess.Run([]string{"sleep 5"}, subprocess.Options{Shell: true, CaptureOutput: true, Timeout: 300 * time.Millisecond})
			return err
		}},
		{"call", "0.3", func() error {
			_, err := subprocess.Call([]string{"sleep", "5"}, subprocess.Options{Timeout: 300 * time.Millisecond})
			return err
		}},
		{"check_call", "0.25", func() error {
			return subprocess.CheckCall([]string{"sleep", "5"}, subprocess.Options{Timeout: 250 * time.Millisecond})
		}},
	} {
		var e *subprocess.TimeoutExpired
		if err := c.call(); errors.As(err, &e) {
			fmt.Println(c.name, "->", "TimeoutExpired:", e, "| timeout", c.timeout)
		}
	}
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "exit 4"})
	rc, _ := p.WaitTimeout(5 * time.Second)
	fmt.Println("wait(timeout=5):", rc)
	out, _ := subprocess.CheckOutput([]string{"sh", "-c", "echo out; echo err >&2"}, subprocess.Options{Stderr: subprocess.DEVNULL, Text: true})
	fmt.Printf("'%s'\n", strings.ReplaceAll(string(out), "\n", `\n`))
}
