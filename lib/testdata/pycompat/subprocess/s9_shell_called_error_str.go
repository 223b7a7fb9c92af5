package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"echo out; exit 3"}, subprocess.Options{Shell: true, Check: true, CaptureOutput: true, Text: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(e.Cmd[0], "'"+strings.ReplaceAll(string(e.Output), "\n", `\n`)+"'", "'"+string(e.Stderr)+"'")
	}
	_, err = subprocess.CheckOutput([]string{"exit 1"}, subprocess.Options{Shell: true})
	if errors.As(err, &e) {
		fmt.Println(e)
	}
}
