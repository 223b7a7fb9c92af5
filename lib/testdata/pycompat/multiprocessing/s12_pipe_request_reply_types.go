package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func server(conn *multiprocessing.Conn) {
	for {
		msg, _ := conn.Recv()
		if msg == nil {
			break
		}
		s := msg.(string)
		rev := []byte(s)
		for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
			rev[i], rev[j] = rev[j], rev[i]
		}
		conn.Send(map[string]any{"len": len(s), "rev": string(rev)})
	}
	conn.Close()
}

func main() {
	multiprocessing.Main(server)
	a, b := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: server, Args: []any{b}}
	p.Start()
	for _, w := range []string{"abc", "hello"} {
		a.Send(w)
		r, _ := a.Recv()
		m := r.(map[string]any)
		fmt.Println(m["len"], m["rev"])
	}
	a.Send(nil)
	p.Join()
	fmt.Println(p.ExitCode(), pyBool(a.PollTimeout(100_000_000)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
