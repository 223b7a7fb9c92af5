package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"wc", "-l"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	for i := 0; i < 5; i++ {
		fmt.Fprintf(p.StdinPipe, "line %d\n", i)
	}
	if _, err := p.WaitTimeout(200 * time.Millisecond); err != nil {
		fmt.Println("still reading:", err)
	}
	p.StdinPipe.Close()
	code, _ := p.WaitTimeout(30 * time.Second)
	out, _ := io.ReadAll(p.StdoutPipe)
	fmt.Println(code, strings.TrimSpace(string(out)))
	p.StdoutPipe.Close()
}
