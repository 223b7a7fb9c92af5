package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func repr(b []byte) string {
	return "'" + strings.ReplaceAll(string(b), "\n", "\\n") + "'"
}

func main() {
	r, _ := subprocess.Run([]string{"tr", "a-z", "A-Z"}, subprocess.Options{Input: "hello\nworld\n", CaptureOutput: true, Text: true})
	fmt.Println(repr(r.Stdout), repr(r.Stderr), r.Returncode)
	r, _ = subprocess.Run([]string{"wc", "-l"}, subprocess.Options{Input: "1\n2\n3\n", Stdout: subprocess.PIPE})
	so := "None"
	if r.Stderr != nil {
		so = "?"
	}
	fmt.Printf("b'%s' %s\n", bytes.TrimSpace(r.Stdout), so)
	r, _ = subprocess.Run([]string{"cat"}, subprocess.Options{Input: "", CaptureOutput: true, Text: true})
	fmt.Println(repr(r.Stdout))
}
