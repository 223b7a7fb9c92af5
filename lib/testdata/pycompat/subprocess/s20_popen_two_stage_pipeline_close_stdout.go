package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func rep(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	p1, _ := subprocess.NewPopen([]string{"printf", `x\ny\nx\nz\nx\n`}, subprocess.Options{Stdout: subprocess.PIPE})
	p2, _ := subprocess.NewPopen([]string{"grep", "-c", "x"}, subprocess.Options{StdinFrom: p1.StdoutPipe, Stdout: subprocess.PIPE})
	p1.StdoutPipe.Close()
	out, errb, _ := p2.Communicate()
	fmt.Println(rep(out), rep(errb), p2.Returncode(), p1.Wait())
	p3, _ := subprocess.NewPopen([]string{"printf", `q\n`}, subprocess.Options{Stdout: subprocess.PIPE})
	p4, _ := subprocess.NewPopen([]string{"grep", "-c", "x"}, subprocess.Options{StdinFrom: p3.StdoutPipe, Stdout: subprocess.PIPE})
	p3.StdoutPipe.Close()
	out, _, _ = p4.Communicate()
	fmt.Println(rep(out), p4.Returncode(), p3.Wait())
}
