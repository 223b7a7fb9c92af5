package main

import (
	"fmt"
	"reflect"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func echo(conn *multiprocessing.Conn) {
	v, _ := conn.Recv()
	data := v.(map[string]any)
	data["seen_by_child"] = true
	conn.Send(data)
	conn.Close()
}

func show(m map[string]any) string {
	s := "{'items': ["
	for i, x := range m["items"].([]any) {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(x)
	}
	s += "]"
	if _, ok := m["seen_by_child"]; ok {
		s += ", 'seen_by_child': True"
	}
	return s + "}"
}

func main() {
	multiprocessing.Main(echo)
	a, b := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: echo, Args: []any{b}}
	p.Start()
	msg := map[string]any{"items": []any{1, 2}}
	a.Send(msg)
	msg["items"] = append(msg["items"].([]any), 3)
	v, _ := a.Recv()
	back := v.(map[string]any)
	p.Join()
	fmt.Println(show(msg))
	fmt.Println(show(back))
	py := map[bool]string{true: "True", false: "False"}
	fmt.Println(py[reflect.DeepEqual(back, msg)], py[reflect.ValueOf(back).Pointer() == reflect.ValueOf(msg).Pointer()])
}
