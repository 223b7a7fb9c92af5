package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"tr", "a-z", "A-Z"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	out, errb, _ := p.Communicate("hello world\n")
	e := "None"
	if errb != nil {
		e = string(errb)
	}
	fmt.Println("'"+strings.ReplaceAll(string(out), "\n", `\n`)+"'", e, p.Returncode())
	p, _ = subprocess.NewPopen([]string{"wc", "-c"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE})
	out, errb, _ = p.Communicate("12345")
	e = "None"
	if errb != nil {
		e = string(errb)
	}
	fmt.Println("b'"+strings.TrimSpace(string(out))+"'", e)
}
