package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func repr(b []byte) string {
	if b == nil {
		return "None"
	}
	return "'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	p, _ := subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	out, errb, _ := p.Communicate("first\n")
	fmt.Println(repr(out), repr(errb), p.Returncode())
	out2, err2, _ := p.Communicate()
	fmt.Println("again:", repr(out2), repr(err2))
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		p.Communicate("more")
	}()
	p, _ = subprocess.NewPopen([]string{"true"})
	o, e, _ := p.Communicate()
	fmt.Printf("(%s, %s) %v\n", repr(o), repr(e), p.Returncode())
}
