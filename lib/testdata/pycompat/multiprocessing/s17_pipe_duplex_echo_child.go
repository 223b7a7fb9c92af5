package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func echo(conn *multiprocessing.Conn) {
	for {
		msg, _ := conn.Recv()
		switch m := msg.(type) {
		case string:
			if m == "stop" {
				conn.Send("bye")
				conn.Close()
				return
			}
			conn.Send(m + m)
		case int:
			conn.Send(m * 2)
		case []any:
			conn.Send(append(m, m...))
		}
	}
}

func main() {
	multiprocessing.Main(echo)
	a, b := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: echo, Args: []any{b}}
	p.Start()
	for _, m := range []any{1, "ab", []any{3}} {
		a.Send(m)
		v, _ := a.Recv()
		if l, ok := v.([]any); ok {
			fmt.Printf("[%v, %v]\n", l[0], l[1])
		} else {
			fmt.Println(v)
		}
	}
	a.Send("stop")
	v, _ := a.Recv()
	fmt.Println(v)
	p.Join()
	fmt.Println(p.ExitCode())
}
