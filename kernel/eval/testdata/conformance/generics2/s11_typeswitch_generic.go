// Type switches and assertions on values of type parameters (any(v)),
// a generic Stringify with fallbacks, and a JSON-like encoder over a
// generic tree of values.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func Stringify[T any](v T) string {
	switch x := any(v).(type) {
	case nil:
		return "null"
	case string:
		return strconv.Quote(x)
	case fmt.Stringer:
		return "S:" + x.String()
	case error:
		return "E:" + x.Error()
	case int, int64:
		return fmt.Sprintf("i%d", x)
	case []T:
		return fmt.Sprintf("nested %d", len(x))
	default:
		return fmt.Sprintf("%v", x)
	}
}

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

type Value interface{}

func Encode(v Value) string {
	switch x := v.(type) {
	case map[string]Value:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = strconv.Quote(k) + ":" + Encode(x[k])
		}
		return "{" + strings.Join(parts, ",") + "}"
	case []Value:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = Encode(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	default:
		return Stringify(x)
	}
}

func As[T any](vs []any) (out []T) {
	for _, v := range vs {
		if t, ok := v.(T); ok {
			out = append(out, t)
		}
	}
	return
}

func main() {
	fmt.Println(Stringify("hi"), Stringify(ID(4)), Stringify(fmt.Errorf("bad")), Stringify(42), Stringify(int64(7)))
	fmt.Println(Stringify(3.5), Stringify[any](nil), Stringify([]int{1, 2}), Stringify[[]int](nil))
	fmt.Println(Encode(map[string]Value{"b": []Value{1, "x", nil}, "a": ID(2)}))
	mixed := []any{1, "a", 2.5, "b", ID(3), 4}
	fmt.Println(As[string](mixed), As[int](mixed), As[fmt.Stringer](mixed), len(As[error](mixed)))
}
