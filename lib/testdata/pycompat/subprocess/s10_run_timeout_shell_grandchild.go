package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"sh", "-c", "echo started; exec sleep 5"}, subprocess.Options{Timeout: 1500 * time.Millisecond, CaptureOutput: true, Text: true})
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		se := "None"
		if e.Stderr != nil {
			se = "b'" + string(e.Stderr) + "'"
		}
		fmt.Println("TimeoutExpired", e.Timeout.Seconds(), "b'"+strings.ReplaceAll(string(e.Output), "\n", `\n`)+"'", se)
	}
	r, _ := subprocess.Run([]string{"sh", "-c", "sleep 0.05; echo quick"}, subprocess.Options{Timeout: 10 * time.Second, CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
}
