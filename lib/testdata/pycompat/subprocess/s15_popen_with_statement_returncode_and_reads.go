package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo alpha; echo beta >&2; exit 4"},
		subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.PIPE, Text: true})
	out, _ := io.ReadAll(p.StdoutPipe)
	errb, _ := io.ReadAll(p.StderrPipe)
	p.Wait()
	q := func(b []byte) string { return "'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'" }
	fmt.Println(q(out), q(errb), p.Returncode())
}
