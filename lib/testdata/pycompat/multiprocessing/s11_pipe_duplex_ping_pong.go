package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func ponger(conn *multiprocessing.Conn) {
	for {
		msg, _ := conn.Recv()
		if msg == "stop" {
			conn.Send("bye")
			break
		}
		switch m := msg.(type) {
		case int:
			conn.Send(m * 2)
		case string:
			conn.Send(m + m)
		case []int:
			conn.Send(append(m, m...))
		}
	}
}

func main() {
	multiprocessing.Main(ponger)
	a, b := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: ponger, Args: []any{b}}
	p.Start()
	for _, m := range []any{1, "ab", []int{1, 2}} {
		a.Send(m)
		v, _ := a.Recv()
		fmt.Println(pyList(v))
	}
	a.Send("stop")
	v, _ := a.Recv()
	fmt.Println(v, pyBool(a.PollTimeout(10*time.Millisecond)))
	p.Join()
	fmt.Println(p.ExitCode())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
