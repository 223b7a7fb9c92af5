package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"sh", "-c", "echo first; echo second; exec sleep 30"},
		subprocess.Options{CaptureOutput: true, Text: true, Timeout: 500 * time.Millisecond})
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Printf("bytes b'%s'\n", strings.ReplaceAll(string(e.Output), "\n", `\n`))
		st := "None"
		if e.Stderr != nil {
			st = "b'" + string(e.Stderr) + "'"
		}
		fmt.Println(st, e.Timeout.Seconds())
	}
	r, _ := subprocess.Run([]string{"sh", "-c", "echo quick"}, subprocess.Options{CaptureOutput: true, Text: true, Timeout: 30 * time.Second})
	fmt.Println(strings.TrimSpace(string(r.Stdout)), r.Returncode)
}
