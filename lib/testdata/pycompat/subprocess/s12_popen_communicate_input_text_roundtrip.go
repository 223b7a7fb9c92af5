package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func q(b []byte) string {
	if b == nil {
		return "None"
	}
	return "'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	p, _ := subprocess.NewPopen([]string{"tr", "a-z", "A-Z"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Stderr: subprocess.PIPE, Text: true})
	out, errb, _ := p.Communicate("hello\nworld\n")
	fmt.Println(q(out), q(errb), p.Returncode())
	p, _ = subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE})
	out, errb, _ = p.Communicate("bytes in")
	e := "None"
	if errb != nil {
		e = string(errb)
	}
	fmt.Println("b"+q(out), e, p.Returncode())
}
