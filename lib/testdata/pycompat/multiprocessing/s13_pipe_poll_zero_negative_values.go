package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func echo(conn *multiprocessing.Conn) {
	for {
		x, _ := conn.Recv()
		switch v := x.(type) {
		case nil:
			conn.Close()
			return
		case int:
			conn.Send(v * 2)
		case string:
			conn.Send(strings.Repeat(v, 2))
		case []any:
			conn.Send(append(append([]any{}, v...), v...))
		}
	}
}

func main() {
	multiprocessing.Main(echo)
	a, b := multiprocessing.Pipe()
	fmt.Println("empty:", pyBool(a.Poll()), pyBool(a.PollTimeout(0)), pyBool(a.PollTimeout(-time.Second)), pyBool(a.PollTimeout(50*time.Millisecond)))
	p := &multiprocessing.Process{Target: echo, Args: []any{b}}
	p.Start()
	for _, x := range []any{21, "ab", []any{1, 2}} {
		a.Send(x)
		ok := a.PollTimeout(5 * time.Second)
		v, _ := a.Recv()
		fmt.Println("poll(5):", pyBool(ok), "recv:", py(v), "poll(0) after:", pyBool(a.PollTimeout(0)))
	}
	a.Send(nil)
	p.Join()
	fmt.Println("exitcode", p.ExitCode())
}

func py(v any) string {
	if l, ok := v.([]any); ok {
		var s []string
		for _, x := range l {
			s = append(s, fmt.Sprint(x))
		}
		return "[" + strings.Join(s, ", ") + "]"
	}
	return fmt.Sprint(v)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
