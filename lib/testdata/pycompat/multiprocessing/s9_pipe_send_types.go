package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func echo(conn *multiprocessing.Conn) {
	for {
		x, _ := conn.Recv()
		if x == nil {
			break
		}
		conn.Send(x)
	}
	conn.Close()
}

func main() {
	multiprocessing.Main(echo)
	a, b := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: echo, Args: []any{b}}
	p.Start()
	reprs := []string{"1", "'two'", "3.5", "True", "[1, 2]"}
	for i, v := range []any{1, "two", 3.5, true, []any{1, 2}} {
		a.Send(v)
		r, _ := a.Recv()
		if fmt.Sprint(r) == fmt.Sprint(v) {
			fmt.Println(reprs[i])
		} else {
			fmt.Println("got", r)
		}
	}
	a.Send(nil)
	p.Join()
}
