package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

var _ = errors.As
var _ = strings.Cut
var _ = time.Second

func rep(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	p, _ := subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE})
	o, e, _ := p.Communicate("abc\x00def")
	fmt.Printf("(%s, %s)\n", strings.ReplaceAll(rep(o), "\x00", `\x00`), rep(e))
	p, _ = subprocess.NewPopen([]string{"sh", "-c", "echo e >&2"}, subprocess.Options{Stderr: subprocess.PIPE})
	o, e, _ = p.Communicate()
	fmt.Printf("(%s, %s)\n", rep(o), rep(e))
	p, _ = subprocess.NewPopen([]string{"true"})
	o, e, _ = p.Communicate()
	fmt.Printf("(%s, %s) %v\n", rep(o), rep(e), p.Returncode())
	p, _ = subprocess.NewPopen([]string{"sh", "-c", "echo both; echo err >&2"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.STDOUT})
	o, e, _ = p.Communicate()
	fmt.Printf("(%s, %s)\n", rep(o), rep(e))
}
