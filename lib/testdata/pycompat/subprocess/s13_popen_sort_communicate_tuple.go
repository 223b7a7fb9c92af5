package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func esc(b []byte) string { return strings.ReplaceAll(string(b), "\n", `\n`) }

func main() {
	p, _ := subprocess.NewPopen([]string{"sort"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	out, _, _ := p.Communicate("pear\napple\nfig\n")
	fmt.Printf("('%s', None) %v\n", esc(out), p.Returncode())
	q, _ := subprocess.NewPopen([]string{"sh", "-c", "echo a; echo b >&2; echo c"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.STDOUT, Text: true})
	out, _, _ = q.Communicate()
	fmt.Printf("('%s', None) %v\n", esc(out), q.Returncode())
	r, _ := subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.DEVNULL, Stdout: subprocess.PIPE})
	out, _, _ = r.Communicate()
	fmt.Printf("(b'%s', None) %v\n", esc(out), r.Returncode())
}
