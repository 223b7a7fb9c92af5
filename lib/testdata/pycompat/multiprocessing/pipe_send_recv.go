package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func child(conn *multiprocessing.Conn) {
	msg, _ := conn.Recv()
	conn.Send(strings.ToUpper(msg.(string)))
	conn.Send([]int{1, 2, 3})
	conn.Close()
}

func main() {
	multiprocessing.Main(child)
	a, b := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: child, Args: []any{b}}
	p.Start()
	fmt.Println(pyBool(a.Poll()))
	a.Send("hello")
	m, _ := a.Recv()
	fmt.Println(m)
	l, _ := a.Recv()
	xs := l.([]int)
	fmt.Printf("[%d, %d, %d]\n", xs[0], xs[1], xs[2])
	p.Join()
	fmt.Println(pyBool(a.PollTimeout(50 * time.Millisecond)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
