package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func replier(conn *multiprocessing.Conn) {
	msg, _ := conn.Recv()
	conn.Send([]any{"echo", msg})
	conn.Close()
}

func py(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(replier)
	a, b := multiprocessing.Pipe()
	fmt.Println("poll(0):", py(a.PollTimeout(0)), "poll(0.2):", py(a.PollTimeout(200*time.Millisecond)))
	p := &multiprocessing.Process{Target: replier, Args: []any{b}}
	p.Start()
	b.Close()
	a.Send([]any{1, "two"})
	fmt.Println("reply ready:", py(a.PollTimeout(30*time.Second)))
	v, _ := a.Recv()
	r := v.([]any)
	m := r[1].([]any)
	fmt.Printf("('%s', [%v, '%v'])\n", r[0], m[0], m[1])
	p.Join()
	fmt.Println("after child closed, poll:", py(a.PollTimeout(5*time.Second)))
	if _, err := a.Recv(); errors.Is(err, io.EOF) {
		fmt.Println("EOFError", "''")
	}
	a.Close()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		a.Poll()
	}()
}
