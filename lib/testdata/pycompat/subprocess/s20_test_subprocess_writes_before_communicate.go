// After CPython's Lib/test/test_subprocess.py test_writes_before_communicate,
// test_communicate_returns and test_universal_newlines_communicate_input_none.
package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func rep(b []byte, prefix string) string {
	if b == nil {
		return "None"
	}
	return prefix + "'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	p, _ := subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Stderr: subprocess.PIPE})
	io.WriteString(p.StdinPipe, "banana")
	out, errb, _ := p.Communicate("split")
	fmt.Println(rep(out, "b"), rep(errb, "b"), p.Returncode())
	p, _ = subprocess.NewPopen([]string{"sh", "-c", "exit 47"})
	out, errb, _ = p.Communicate()
	fmt.Printf("(%s, %s) %v\n", rep(out, "b"), rep(errb, "b"), p.Returncode())
	p, _ = subprocess.NewPopen([]string{"true"}, subprocess.Options{Stdin: subprocess.PIPE, Text: true})
	p.Communicate()
	fmt.Println(p.Returncode())
	p, _ = subprocess.NewPopen([]string{"sh", "-c", "cat; echo e1 >&2"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Stderr: subprocess.PIPE, Text: true})
	io.WriteString(p.StdinPipe, "line1\n")
	out, errb, _ = p.Communicate("line3\n")
	fmt.Println(rep(out, ""), rep(errb, ""), p.Returncode())
}
