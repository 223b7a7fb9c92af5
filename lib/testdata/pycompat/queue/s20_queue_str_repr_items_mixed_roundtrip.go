package main

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	items := []any{nil, 0, "", []any{}, map[string]any{}, [1]int{1}, "zero", 0.0, false}
	for _, x := range items {
		q.Put(x)
	}
	var out []any
	for range items {
		out = append(out, q.Get())
	}
	names := map[string]string{"<nil>": "NoneType", "int": "int", "string": "str", "[]interface {}": "list", "map[string]interface {}": "dict", "[1]int": "tuple", "float64": "float", "bool": "bool"}
	var ts, truthy []string
	for _, x := range out {
		ts = append(ts, "'"+names[fmt.Sprintf("%T", x)]+"'")
		switch v := x.(type) {
		case [1]int:
			truthy = append(truthy, fmt.Sprintf("(%d,)", v[0]))
		case string:
			if v != "" {
				truthy = append(truthy, "'"+v+"'")
			}
		}
	}
	fmt.Println(map[bool]string{true: "True", false: "False"}[reflect.DeepEqual(out, items)], "["+strings.Join(ts, ", ")+"]")
	fmt.Println("[" + strings.Join(truthy, ", ") + "]")
}
