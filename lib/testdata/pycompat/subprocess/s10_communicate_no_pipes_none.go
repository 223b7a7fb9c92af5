package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func b(x []byte) string {
	if x == nil {
		return "None"
	}
	return fmt.Sprintf("b'%s'", x)
}

func show(p *subprocess.Popen, input ...string) {
	o, e, _ := p.Communicate(input...)
	fmt.Printf("(%s, %s) %v\n", b(o), b(e), p.Returncode())
}

func main() {
	p, _ := subprocess.NewPopen([]string{"true"})
	show(p)
	p, _ = subprocess.NewPopen([]string{"sh", "-c", "printf x"}, subprocess.Options{Stdout: subprocess.PIPE})
	show(p)
	p, _ = subprocess.NewPopen([]string{"sh", "-c", "printf y >&2"}, subprocess.Options{Stderr: subprocess.PIPE})
	show(p)
	p, _ = subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Stderr: subprocess.STDOUT})
	show(p, "in")
}
