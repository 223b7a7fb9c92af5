package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func echo(conn *multiprocessing.Conn) {
	for {
		msg, _ := conn.Recv()
		if msg == nil {
			break
		}
		conn.Send([]any{"echo", msg})
	}
	conn.Send("bye")
	conn.Close()
}

func repr(v any) string {
	switch x := v.(type) {
	case string:
		return "'" + x + "'"
	case []any:
		s := "["
		for i, e := range x {
			if i > 0 {
				s += ", "
			}
			s += repr(e)
		}
		return s + "]"
	case map[string]any:
		s := "{"
		for k, e := range x {
			s += "'" + k + "': " + repr(e)
		}
		return s + "}"
	}
	return fmt.Sprint(v)
}

func main() {
	multiprocessing.Main(echo)
	a, b := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: echo, Args: []any{b}}
	p.Start()
	b.Close()
	for _, m := range []any{1, "two", []any{3}, map[string]any{"four": 4}} {
		a.Send(m)
		r, _ := a.Recv()
		t := r.([]any)
		fmt.Printf("('%s', %s)\n", t[0], repr(t[1]))
	}
	a.Send(nil)
	r, _ := a.Recv()
	fmt.Println(r)
	p.Join()
	fmt.Println(p.ExitCode(), pyBool(a.PollTimeout(500*time.Millisecond)))
	if _, err := a.Recv(); errors.Is(err, io.EOF) {
		fmt.Println("EOFError")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
