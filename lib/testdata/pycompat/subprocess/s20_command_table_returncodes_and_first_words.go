package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	commands := [][]string{
		{"echo", "alpha beta"},
		{"sh", "-c", "exit 9"},
		{"printf", "%s-%s", "x", "y"},
		{"sh", "-c", "echo err >&2; echo out"},
		{"false"},
	}
	for _, cmd := range commands {
		r, _ := subprocess.Run(cmd, subprocess.Options{CaptureOutput: true, Text: true})
		first := "None"
		if w := strings.Fields(string(r.Stdout)); len(w) > 0 {
			first = w[0]
		}
		fmt.Println(cmd[0], r.Returncode, first, len(r.Stderr))
	}
}
