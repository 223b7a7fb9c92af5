package main

import (
	"bytes"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "exit 3"})
	p.Wait()
	n := 0
	for i := 0; i < 30; i++ {
		if c, err := p.WaitTimeout(0); err == nil && c == 3 {
			n++
		}
	}
	fmt.Println(n)
	q, _ := subprocess.NewPopen([]string{"sh", "-c", "echo out; echo err >&2"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.PIPE})
	out, errOut, _ := q.Communicate()
	same := 0
	for i := 0; i < 30; i++ {
		o, e, err := q.CommunicateTimeout(0)
		if err == nil && bytes.Equal(o, out) && bytes.Equal(e, errOut) {
			same++
		}
	}
	fmt.Printf("(b'%s\\n', b'%s\\n') %d %v\n", bytes.TrimSpace(out), bytes.TrimSpace(errOut), same, q.Returncode())
}
