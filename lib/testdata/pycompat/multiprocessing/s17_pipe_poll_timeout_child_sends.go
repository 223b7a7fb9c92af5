package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func sender(conn *multiprocessing.Conn, ev *multiprocessing.Event) {
	ev.WaitTimeout(30 * time.Second)
	conn.Send([]any{"late", 1})
	conn.SendBytes([]byte("raw"))
	conn.Close()
}

func b(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(sender)
	a, c := multiprocessing.Pipe()
	ev := multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: sender, Args: []any{c, ev}}
	p.Start()
	c.Close()
	x := b(a.Poll())
	fmt.Println(x, b(a.PollTimeout(50*time.Millisecond)))
	ev.Set()
	y := b(a.PollTimeout(30 * time.Second))
	v, _ := a.Recv()
	l := v.([]any)
	raw, _ := a.RecvBytes()
	fmt.Printf("%s ['%v', %v] b'%s'\n", y, l[0], l[1], raw)
	p.Join()
	if _, err := a.Recv(); errors.Is(err, io.EOF) {
		fmt.Println("EOFError", b(a.Poll()))
	}
}
