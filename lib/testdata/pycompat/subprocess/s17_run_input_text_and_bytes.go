package main

import (
	"bytes"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"tr", "a-z", "A-Z"}, subprocess.Options{Input: "hello\nworld\n", CaptureOutput: true, Text: true})
	fmt.Printf("'%s' %d '%s'\n", bytes.ReplaceAll(r.Stdout, []byte("\n"), []byte(`\n`)), r.Returncode, r.Stderr)
	r, _ = subprocess.Run([]string{"wc", "-c"}, subprocess.Options{Input: "12345", CaptureOutput: true})
	fmt.Printf("b'%s' b'%s'\n", bytes.TrimSpace(r.Stdout), r.Stderr)
	r, _ = subprocess.Run([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, CaptureOutput: true, Text: true})
	fmt.Printf("'%s'\n", r.Stdout)
	r, _ = subprocess.Run([]string{"sh", "-c", "cat; echo err >&2"}, subprocess.Options{Input: "x", Stdout: subprocess.PIPE, Stderr: subprocess.STDOUT, Text: true})
	fmt.Printf("'%s' %s\n", bytes.ReplaceAll(r.Stdout, []byte("\n"), []byte(`\n`)), map[bool]string{true: "None"}[r.Stderr == nil])
}
