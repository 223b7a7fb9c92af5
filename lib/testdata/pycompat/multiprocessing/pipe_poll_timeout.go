package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func late(conn *multiprocessing.Conn, ev *multiprocessing.Event) {
	ev.Wait()
	conn.Send("now")
}

func main() {
	multiprocessing.Main(late)
	a, b := multiprocessing.Pipe()
	ev := multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: late, Args: []any{b, ev}}
	p.Start()
	x := a.Poll()
	y := a.PollTimeout(50 * time.Millisecond)
	fmt.Println(pyBool(x), pyBool(y))
	ev.Set()
	x = a.PollTimeout(30 * time.Second)
	m, _ := a.Recv()
	fmt.Println(pyBool(x), m, pyBool(a.Poll()))
	p.Join()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
