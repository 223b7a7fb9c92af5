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
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo out; echo err >&2"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.PIPE, Text: true})
	for range 2 {
		o, e, _ := p.Communicate()
		fmt.Printf("(%s, %s)\n", q(o), q(e))
	}
	c, _ := subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Stderr: subprocess.PIPE, Text: true})
	o, e, _ := c.Communicate("data")
	fmt.Printf("(%s, %s)\n", q(o), q(e))
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		c.Communicate("more")
	}()
	r, _ := subprocess.NewPopen([]string{"true"})
	o1, e1, _ := r.Communicate()
	o2, e2, _ := r.Communicate()
	fmt.Printf("(%s, %s) (%s, %s)\n", q(o1), q(e1), q(o2), q(e2))
}
