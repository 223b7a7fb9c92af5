package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	ok, _ := subprocess.Run([]string{"true"})
	if ok.CheckReturncode() == nil {
		fmt.Println("None")
	}
	bad, _ := subprocess.Run([]string{"sh", "-c", "echo o; exit 3"}, subprocess.Options{CaptureOutput: true, Text: true})
	var e *subprocess.CalledProcessError
	if errors.As(bad.CheckReturncode(), &e) {
		fmt.Println(e, "'"+strings.ReplaceAll(string(e.Output), "\n", "\\n")+"'", "'"+string(e.Stderr)+"'")
	}
}
