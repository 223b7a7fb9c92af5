package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

var probe = []string{"sh", "-c", "if [ -p /dev/stdin ]; then echo pipe; else echo not a pipe; fi; wc -c"}

func show(label string, r *subprocess.CompletedProcess) {
	lines := strings.Split(string(r.Stdout), "\n")
	fmt.Println(label, lines[0], strings.TrimSpace(lines[1]))
}

func main() {
	// Python's input="" (an empty input, a pipe closed at once) is
	// Stdin: PIPE: an empty Input is no input.
	r, _ := subprocess.Run(probe, subprocess.Options{Stdin: subprocess.PIPE, CaptureOutput: true, Text: true})
	show("input=''", r)
	r, _ = subprocess.Run(probe, subprocess.Options{Stdin: subprocess.PIPE, CaptureOutput: true, Text: true})
	show("stdin=PIPE", r)
	r, _ = subprocess.Run(probe, subprocess.Options{Stdin: subprocess.DEVNULL, CaptureOutput: true, Text: true})
	show("stdin=DEVNULL", r)
	r, _ = subprocess.Run(probe, subprocess.Options{Input: "abc", CaptureOutput: true, Text: true})
	show("input='abc'", r)
	out, _ := subprocess.CheckOutput([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, Text: true})
	fmt.Println(map[bool]string{true: "True", false: "False"}[string(out) == ""])
}
