package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func show(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + string(b) + "'"
}

func main() {
	_, err := subprocess.Run([]string{"sleep", "5"}, subprocess.Options{Timeout: 250 * time.Millisecond, CaptureOutput: true})
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println("['"+strings.Join(e.Cmd, "', '")+"']", e.Timeout.Seconds(), show(e.Output), show(e.Output), show(e.Stderr))
	}
	_, err = subprocess.Run([]string{"sleep 5"}, subprocess.Options{Shell: true, Timeout: time.Second, CaptureOutput: true})
	if errors.As(err, &e) {
		fmt.Println(e, "1", show(e.Output))
	}
}
