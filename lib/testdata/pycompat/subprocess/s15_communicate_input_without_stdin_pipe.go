package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func repr(b []byte, text bool) string {
	if b == nil {
		return "None"
	}
	s := "'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
	if !text {
		s = "b" + s
	}
	return s
}

func main() {
	p, err := subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.DEVNULL, Stdout: subprocess.PIPE, Text: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	out, errb, err := p.Communicate("ignored?\n")
	if err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(repr(out, true), repr(errb, true), p.Returncode())
	p, _ = subprocess.NewPopen([]string{"sh", "-c", "echo hi"}, subprocess.Options{Stdout: subprocess.PIPE})
	out, errb, err = p.Communicate("also ignored")
	if err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(repr(out, false), repr(errb, false), p.Returncode())
	p, _ = subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	out, _, _ = p.Communicate("sent\n")
	fmt.Println(repr(out, true), p.Returncode())
}
