package main

import (
	"fmt"
	"io"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func speak(conn *multiprocessing.Conn) {
	conn.Send("only message")
	conn.Close()
}

func main() {
	multiprocessing.Main(speak)
	parent, child := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: speak, Args: []any{child}}
	p.Start()
	child.Close()
	v, _ := parent.Recv()
	fmt.Println(v)
	if _, err := parent.Recv(); err == io.EOF {
		fmt.Println("EOFError")
	}
	p.Join()
	fmt.Println(p.ExitCode())
}
