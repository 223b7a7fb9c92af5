package main

import (
	"fmt"
	"reflect"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func echo(conn *multiprocessing.Conn) {
	for {
		v, _ := conn.Recv()
		if v == "stop" {
			break
		}
		conn.Send(v)
	}
}

func pyRepr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		return pyBool(x)
	case string:
		return "'" + x + "'"
	case []int:
		return fmt.Sprintf("[%d, %d, %d]", x[0], x[1], x[2])
	case map[string]int:
		return fmt.Sprintf("{'k': %d}", x["k"])
	}
	return fmt.Sprint(v)
}

func main() {
	multiprocessing.Main(echo)
	a, b := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: echo, Args: []any{b}}
	p.Start()
	for _, v := range []any{42, -7, 3.5, "text", nil, true, []int{1, 2, 3}, map[string]int{"k": 1}, ""} {
		a.Send(v)
		back, _ := a.Recv()
		fmt.Println(pyRepr(back), pyBool(reflect.DeepEqual(back, v)))
	}
	a.Send("stop")
	p.Join()
	fmt.Println(p.ExitCode())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
