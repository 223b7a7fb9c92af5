package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func q(b []byte) string { return "'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'" }

func main() {
	_, err := subprocess.Run([]string{"sh", "-c", "echo result; echo warning >&2; exit 2"}, subprocess.Options{Check: true, CaptureOutput: true, Text: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Printf("[%d, %s, %s, True]\n", e.Returncode, q(e.Output), q(e.Stderr))
	}
	r, _ := subprocess.Run([]string{"sh", "-c", "exit 2"})
	fmt.Println(r.Returncode, r)
	if err := r.CheckReturncode(); err != nil {
		fmt.Println("later:", err)
	}
}
