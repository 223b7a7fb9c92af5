package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"wc", "-lw"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	for i := 0; i < 5; i++ {
		fmt.Fprintf(p.StdinPipe, "word%d other\n", i)
	}
	p.StdinPipe.Close()
	data, _ := io.ReadAll(p.StdoutPipe)
	rc := p.Wait()
	fmt.Println("['"+strings.Join(strings.Fields(string(data)), "', '")+"']", rc)
	p, _ = subprocess.NewPopen([]string{"head", "-n", "2"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE})
	out, _, _ := p.Communicate("a\nb\nc\nd\n")
	fmt.Println("b'"+strings.ReplaceAll(string(out), "\n", `\n`)+"'", p.Returncode())
}
