package main

import (
	"fmt"
	"io"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func none(v any) any {
	if v == nil {
		return "None"
	}
	return v
}

func main() {
	p, err := subprocess.NewPopen([]string{"sh", "-c", "read x; exit $x"}, subprocess.Options{Stdin: subprocess.PIPE, Text: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(none(p.Poll()), none(p.Returncode()))
	if _, err := p.WaitTimeout(200 * time.Millisecond); err != nil {
		fmt.Println("TimeoutExpired:", err)
	}
	io.WriteString(p.StdinPipe, "7\n")
	p.StdinPipe.Close()
	code, _ := p.WaitTimeout(10 * time.Second)
	fmt.Println(code, p.Returncode(), p.Poll())
}
