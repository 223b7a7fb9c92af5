package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func echo(conn *multiprocessing.Conn) {
	for {
		msg, err := conn.Recv()
		if err != nil || msg == nil {
			conn.Send("bye")
			break
		}
		conn.Send(strings.ToUpper(msg.(string)))
	}
	conn.Close()
}

func main() {
	multiprocessing.Main(echo)
	parent, child := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: echo, Args: []any{child}}
	p.Start()
	child.Close()
	for _, word := range []string{"hello", "파이썬", "go"} {
		parent.Send(word)
		r, _ := parent.Recv()
		fmt.Println(word, "->", r)
	}
	parent.Send(nil)
	r, _ := parent.Recv()
	fmt.Println(r, map[bool]string{true: "True", false: "False"}[parent.PollTimeout(50*time.Millisecond)])
	p.Join()
	fmt.Println(p.ExitCode())
	if _, err := parent.Recv(); err != nil {
		fmt.Println("EOFError")
	}
}
