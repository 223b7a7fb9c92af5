package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"true"})
	if r.CheckReturncode() == nil {
		fmt.Println("None")
	}
	r, _ = subprocess.Run([]string{"sh", "-c", "echo out; exit 2"}, subprocess.Options{CaptureOutput: true})
	var e *subprocess.CalledProcessError
	if errors.As(r.CheckReturncode(), &e) {
		fmt.Println(e)
		fmt.Println("b'"+strings.ReplaceAll(string(e.Output), "\n", `\n`)+"'", "b'"+string(e.Stderr)+"'")
	}
}
