package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func server(conn *multiprocessing.Conn) {
	for {
		msg, _ := conn.Recv()
		if msg == "bye" {
			conn.Send("closing")
			conn.Close()
			return
		}
		switch m := msg.(type) {
		case string:
			r := []rune(m)
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			conn.Send(string(r))
		case int:
			conn.Send(m * 2)
		case []any:
			conn.Send(append(append([]any{}, m...), m...))
		}
	}
}

func main() {
	multiprocessing.Main(server)
	a, b := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: server, Args: []any{b}}
	p.Start()
	for _, m := range []any{"hello", 21, []any{1, 2}, "bye"} {
		a.Send(m)
		r, _ := a.Recv()
		if s, ok := r.([]any); ok {
			fmt.Println(strings.ReplaceAll(fmt.Sprint(s), " ", ", "))
		} else {
			fmt.Println(r)
		}
	}
	p.Join()
	b.Close()
	if _, err := a.Recv(); err != nil {
		fmt.Println("EOFError")
	}
	fmt.Println(p.ExitCode())
}
