package main

import (
	"fmt"
	"sort"
	"strings"
)

// A defined type whose underlying type is the empty interface, declared
// from `any` (type Value any): its values keep their dynamic types, as with
// `type Value interface{}`.

type Value any

type Object = map[string]Value

func num() (Value, error) { return 1.5, nil }
func one() Value          { return 2 }

func object() (Value, error) {
	obj := Object{}
	v, err := num()
	if err != nil {
		return nil, err
	}
	obj["n"] = v
	obj["list"] = []Value{"a", one(), nil, true}
	return obj, nil
}

func show(v Value) string {
	switch x := v.(type) {
	case map[string]Value:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = k + ":" + show(x[k])
		}
		return "{" + strings.Join(parts, " ") + "}"
	case []Value:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = show(e)
		}
		return "[" + strings.Join(parts, " ") + "]"
	case nil:
		return "null"
	default:
		return fmt.Sprintf("%v(%T)", x, x)
	}
}

func main() {
	v, err := object()
	fmt.Println(show(v), err)
	fmt.Printf("%T %v\n", one(), one())
	var w Value = "str"
	fmt.Printf("%T %v %v\n", w, w, v.(Object)["n"])
	m := map[string]Value{"x": 1}
	fmt.Println(m, len(m))
	func() {
		type Local any
		var l Local = 3.5
		fmt.Printf("%T %v\n", l, l)
	}()
}
