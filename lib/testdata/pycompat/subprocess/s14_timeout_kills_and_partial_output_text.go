package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"sh", "-c", "echo begin; exec sleep 30"}, subprocess.Options{CaptureOutput: true, Text: true, Timeout: time.Second})
	var te *subprocess.TimeoutExpired
	if errors.As(err, &te) {
		fmt.Println(err)
		out := "b'" + strings.ReplaceAll(string(te.Output), "\n", `\n`) + "'"
		stderr := "None"
		if te.Stderr != nil {
			stderr = string(te.Stderr)
		}
		fmt.Println(out, out, stderr, te.Timeout.Seconds())
	}
}
