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
	cmd := []string{"sh", "-c", "echo part1; echo err1 >&2; sleep 10"}
	_, err := subprocess.Run(cmd, subprocess.Options{CaptureOutput: true, Timeout: time.Second})
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println("['"+strings.Join(e.Cmd, "', '")+"']", e.Timeout.Seconds(), b(e.Output), b(e.Output), b(e.Stderr))
		fmt.Println(e)
	}
	_, err = subprocess.CheckOutput([]string{"echo shell-part; sleep 10"}, subprocess.Options{Shell: true, Timeout: time.Second})
	if errors.As(err, &e) {
		fmt.Println("'"+e.Cmd[0]+"'", b(e.Output), b(e.Stderr), e)
	}
}
