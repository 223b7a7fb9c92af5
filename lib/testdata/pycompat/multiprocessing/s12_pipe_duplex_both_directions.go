package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func echoUpper(conn *multiprocessing.Conn) {
	msg, _ := conn.Recv()
	s := msg.(string)
	conn.Send(strings.ToUpper(s))
	conn.Send(len(s))
}

func main() {
	multiprocessing.Main(echoUpper)
	a, b := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: echoUpper, Args: []any{b}}
	p.Start()
	a.Send("ping pong")
	x, _ := a.Recv()
	y, _ := a.Recv()
	fmt.Println(x, y)
	p.Join()
	poll := "False"
	if a.Poll() {
		poll = "True"
	}
	fmt.Println(poll, p.ExitCode())
}
