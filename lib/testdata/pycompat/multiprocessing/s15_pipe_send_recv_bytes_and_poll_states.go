package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func child(conn *multiprocessing.Conn) {
	msg, _ := conn.RecvBytes()
	rev := make([]byte, len(msg))
	for i := range msg {
		rev[len(msg)-1-i] = msg[i]
	}
	conn.SendBytes(rev)
	conn.Send(len(msg))
	conn.Close()
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(child)
	a, b := multiprocessing.Pipe()
	fmt.Println(py(a.Poll()), py(b.PollTimeout(0)))
	p := &multiprocessing.Process{Target: child, Args: []any{b}}
	p.Start()
	b.Close()
	a.SendBytes([]byte("hello bytes"))
	rb, _ := a.RecvBytes()
	n, _ := a.Recv()
	fmt.Printf("b'%s' %v\n", rb, n)
	p.Join()
	fmt.Println(py(a.PollTimeout(time.Second)), p.ExitCode())
	if _, err := a.RecvBytes(); err != nil {
		fmt.Println("EOFError")
	}
}
