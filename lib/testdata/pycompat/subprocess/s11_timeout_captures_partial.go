package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	var e *subprocess.TimeoutExpired
	_, err := subprocess.Run([]string{"sh", "-c", "echo first; sleep 5; echo never"}, subprocess.Options{CaptureOutput: true, Timeout: 500 * time.Millisecond})
	if errors.As(err, &e) {
		fmt.Println(pyBytes(e.Output), pyBytes(e.Stderr), e.Timeout.Seconds())
	}
	_, err = subprocess.Run([]string{"sh", "-c", "echo text; sleep 5"}, subprocess.Options{CaptureOutput: true, Text: true, Timeout: 500 * time.Millisecond})
	if errors.As(err, &e) {
		fmt.Println(pyBytes(e.Output))
	}
}

func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b" + pyStr(string(b))
}

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}
