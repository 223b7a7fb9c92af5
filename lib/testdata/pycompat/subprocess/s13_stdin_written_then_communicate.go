package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sort"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	io.WriteString(p.StdinPipe, "pear\n")
	io.WriteString(p.StdinPipe, "apple\n")
	out, _, _ := p.Communicate()
	fmt.Printf("'%s' None %v\n", strings.ReplaceAll(string(out), "\n", `\n`), p.Returncode())
	q, _ := subprocess.NewPopen([]string{"wc", "-c"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE})
	io.WriteString(q.StdinPipe, "12345")
	out, _, _ = q.Communicate("678")
	fmt.Printf("[b'%s'] %v\n", strings.TrimSpace(string(out)), q.Returncode())
}
