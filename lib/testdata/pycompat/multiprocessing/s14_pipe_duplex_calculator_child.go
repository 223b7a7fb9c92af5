package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func server(conn *multiprocessing.Conn) {
	for {
		msg, _ := conn.Recv()
		if s, ok := msg.(string); ok && s == "quit" {
			conn.Send("bye")
			break
		}
		req := msg.([]any)
		a, b := req[1].(int), req[2].(int)
		conn.Send(map[string]int{"add": a + b, "mul": a * b, "sub": a - b}[req[0].(string)])
	}
	conn.Close()
}

func main() {
	multiprocessing.Main(server)
	parent, child := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: server, Args: []any{child}}
	p.Start()
	for _, req := range [][]any{{"add", 2, 3}, {"mul", 4, 5}, {"sub", 1, 10}} {
		parent.Send(req)
		r, _ := parent.Recv()
		fmt.Printf("('%s', %d, %d) -> %v\n", req[0], req[1], req[2], r)
	}
	parent.Send("quit")
	r, _ := parent.Recv()
	fmt.Println(r, map[bool]string{true: "True", false: "False"}[parent.PollTimeout(500*time.Millisecond)])
	p.Join()
	fmt.Println(p.ExitCode())
}
