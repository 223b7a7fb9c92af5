package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func none(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + string(b) + "'"
}

func main() {
	p, _ := subprocess.NewPopen([]string{"wc", "-l"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE})
	out, errb, _ := p.Communicate(strings.Repeat("a\nb\nc\n", 1000))
	fmt.Println(none(bytes.TrimSpace(out)), none(errb), p.Returncode())
	p, _ = subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	out, errb, _ = p.Communicate("\u00e9t\u00e9\r\nhiver\n")
	fmt.Println("'"+strings.ReplaceAll(string(out), "\n", `\n`)+"'", none(errb), p.Returncode())
	p, _ = subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE})
	out, errb, _ = p.Communicate()
	fmt.Printf("(%s, %s) %v\n", none(out), none(errb), p.Returncode())
}
