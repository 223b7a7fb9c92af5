package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func echo(conn *multiprocessing.Conn) {
	for {
		msg, _ := conn.Recv()
		if msg == nil {
			break
		}
		m := msg.(map[string]any)
		conn.Send(map[string]any{"got": m["n"].(int) * 2, "tag": m["tag"]})
	}
	conn.Close()
}

func main() {
	multiprocessing.Main(echo)
	a, b := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: echo, Args: []any{b}}
	p.Start()
	for n := range 3 {
		a.Send(map[string]any{"n": n, "tag": fmt.Sprintf("t%d", n)})
		r, _ := a.Recv()
		m := r.(map[string]any)
		fmt.Println(m["got"], m["tag"])
	}
	a.Send(nil)
	p.Join()
	fmt.Println(p.ExitCode())
}
