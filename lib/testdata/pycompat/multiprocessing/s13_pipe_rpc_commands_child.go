package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func server(conn *multiprocessing.Conn) {
	for {
		m, _ := conn.Recv()
		msg := m.([]any)
		op := msg[0].(string)
		if op == "stop" {
			conn.Send("bye")
			conn.Close()
			return
		}
		a, b := msg[1].(int), msg[2].(int)
		switch op {
		case "add":
			conn.Send(a + b)
		case "mul":
			conn.Send(a * b)
		case "div":
			if b == 0 {
				conn.Send("error: integer division or modulo by zero")
			} else {
				conn.Send(a / b)
			}
		default:
			conn.Send("unknown " + op)
		}
	}
}

func main() {
	multiprocessing.Main(server)
	parent, child := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: server, Args: []any{child}}
	p.Start()
	for _, msg := range [][]any{{"add", 2, 3}, {"mul", 4, 5}, {"div", 7, 2}, {"div", 1, 0}, {"pow", 2, 2}, {"stop"}} {
		parent.Send(msg)
		r, _ := parent.Recv()
		fmt.Println(msg[0], "->", r)
	}
	p.Join()
	fmt.Println("exitcode", p.ExitCode())
}
