package main

import (
	"fmt"
	"reflect"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func echo(inq, outq *multiprocessing.Queue) {
	for {
		x := inq.Get()
		if x == "STOP" {
			return
		}
		outq.Put(x)
	}
}

func main() {
	multiprocessing.Main(echo)
	inq, outq := multiprocessing.NewQueue(), multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: echo, Args: []any{inq, outq}}
	p.Start()
	items := []any{nil, 1, 2.5, "안녕", []any{1, []any{2, 3}}, map[string]any{"k": "v"}, true, -7, ""}
	for _, it := range items {
		inq.Put(it)
	}
	inq.Put("STOP")
	var back []any
	for range items {
		back = append(back, outq.Get())
	}
	p.Join()
	fmt.Println(pyBool(reflect.DeepEqual(back, items)))
	fmt.Println(show(back))
}

func show(xs []any) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += repr(x)
	}
	return s + "]"
}

func repr(x any) string {
	switch v := x.(type) {
	case nil:
		return "None"
	case bool:
		return pyBool(v)
	case string:
		return "'" + v + "'"
	case []any:
		return show(v)
	case map[string]any:
		s := "{"
		for k, e := range v {
			s += "'" + k + "': " + repr(e)
		}
		return s + "}"
	}
	return fmt.Sprint(x)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
