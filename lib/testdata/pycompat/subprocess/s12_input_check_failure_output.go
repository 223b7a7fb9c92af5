package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"sh", "-c", "cat; echo bad >&2; exit 5"}, subprocess.Options{Input: "data in\n", CaptureOutput: true, Text: true, Check: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e)
		q := func(b []byte) string { return "'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'" }
		fmt.Println(q(e.Output), q(e.Stderr), e.Returncode)
	}
}
