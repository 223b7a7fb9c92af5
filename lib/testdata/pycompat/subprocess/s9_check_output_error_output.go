package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.CheckOutput([]string{"sh", "-c", "echo partial; exit 2"})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e)
		out := "b'" + strings.ReplaceAll(string(e.Output), "\n", `\n`) + "'"
		stderr := "None"
		if e.Stderr != nil {
			stderr = string(e.Stderr)
		}
		fmt.Println(e.Returncode, out, out, stderr)
	}
}
