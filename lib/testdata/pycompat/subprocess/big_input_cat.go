package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	data := strings.Repeat("line\n", 50000)
	r, _ := subprocess.Run([]string{"cat"}, subprocess.Options{Input: data, CaptureOutput: true, Text: true})
	eq := "False"
	if string(r.Stdout) == data {
		eq = "True"
	}
	fmt.Println(len(r.Stdout), eq)
	p, _ := subprocess.NewPopen([]string{"wc", "-c"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	out, _, _ := p.Communicate(data)
	fmt.Println(strings.TrimSpace(string(out)), p.Returncode())
}
