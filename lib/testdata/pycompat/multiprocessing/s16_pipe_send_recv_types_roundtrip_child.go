package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func echo(conn *multiprocessing.Conn) {
	for {
		obj, _ := conn.Recv()
		if obj == "stop" {
			break
		}
		conn.Send([]any{typeName(obj), obj})
	}
	conn.Close()
}

func typeName(v any) string {
	switch v.(type) {
	case int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case []byte:
		return "bytes"
	case []any:
		return "list"
	case map[any]any, map[string]any:
		return "dict"
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	}
	return fmt.Sprintf("%T", v)
}

func repr(v any) string {
	switch x := v.(type) {
	case string:
		return "'" + x + "'"
	case []byte:
		return "b'" + string(x) + "'"
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case []any:
		var parts []string
		for _, e := range x {
			parts = append(parts, repr(e))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[any]any:
		var parts []string
		for k, e := range x {
			parts = append(parts, repr(k)+": "+repr(e))
		}
		sort.Strings(parts)
		return "{" + strings.Join(parts, ", ") + "}"
	case map[string]any:
		var parts []string
		for k, e := range x {
			parts = append(parts, repr(k)+": "+repr(e))
		}
		sort.Strings(parts)
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return fmt.Sprint(v)
}

func main() {
	multiprocessing.Main(echo)
	parent, child := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: echo, Args: []any{child}}
	p.Start()
	for _, obj := range []any{42, 2.5, "text", []byte("raw"), []any{1, "a"}, map[string]any{"k": []any{1, 2}}, nil, true} {
		parent.Send(obj)
		r, _ := parent.Recv()
		pair := r.([]any)
		fmt.Printf("('%s', %s)\n", pair[0], repr(pair[1]))
	}
	parent.Send("stop")
	p.Join()
	fmt.Println("exitcode:", p.ExitCode())
}
