package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type P struct{ X, Y int }

func (p P) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Q struct{ N string }

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type Shower interface{ Show() string }

type S string

func (s S) Show() string { return "show:" + string(s) }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case P:
		return "P " + x.String()
	case *P:
		return "ptr " + x.String()
	case fmt.Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	case []any:
		parts := []string{}
		for _, e := range x {
			parts = append(parts, classify(e))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		return fmt.Sprintf("map of %d", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func mayFail(fail bool) error {
	var e *E
	if fail {
		e = &E{"failed"}
	}
	return e
}

func main() {
	vals := []any{nil, 3, int64(4), P{1, 2}, &P{3, 4}, S("s"), &E{"boom"}, []any{1, P{0, 0}}, map[string]any{"a": 1}, func() int { return 9 }, 2.5, Q{"q"}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	counts := map[any]int{}
	for _, k := range []any{1, "1", P{1, 1}, P{1, 1}, 1, Q{"a"}, Q{"a"}, S("x"), "x"} {
		counts[k]++
	}
	keys := []string{}
	for k, v := range counts {
		keys = append(keys, fmt.Sprintf("%v/%T=%d", k, k, v))
	}
	sort.Strings(keys)
	fmt.Println(keys)

	var a, b any = P{1, 2}, P{1, 2}
	fmt.Println(a == b, a != any(P{2, 1}), any(S("x")) == any("x"), any(Q{"n"}) == any(Q{"n"}))
	fmt.Println(reflect.DeepEqual([]any{P{1, 2}, map[string]P{"k": {}}}, []any{P{1, 2}, map[string]P{"k": {}}}))

	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	err = mayFail(true)
	var target *E
	fmt.Println(errors.As(err, &target), target.msg)

	var sh Shower = S("v")
	if st, ok := sh.(fmt.Stringer); ok {
		fmt.Println("is stringer", st)
	} else {
		fmt.Println("not stringer")
	}
	var anyv any = sh
	if s2, ok := anyv.(Shower); ok {
		fmt.Println(s2.Show())
	}
	ch := make(chan any, 4)
	ch <- P{5, 5}
	ch <- S("c")
	ch <- nil
	ch <- &E{"e"}
	close(ch)
	for v := range ch {
		fmt.Print(classify(v), "; ")
	}
	fmt.Println()

	arr := [3]any{1, P{}, "z"}
	arr2 := arr
	arr2[0] = 2
	fmt.Println(arr, arr2, arr == [3]any{1, P{}, "z"})
	type holder struct {
		v any
		n int
	}
	h1, h2 := holder{P{1, 1}, 1}, holder{P{1, 1}, 1}
	fmt.Println(h1 == h2, h1.v)
	fn := P{7, 8}.String
	var fa any = fn
	fmt.Println(fa.(func() string)())
	ptrs := []*P{{1, 2}, {3, 4}}
	var asAny []any
	for _, p := range ptrs {
		asAny = append(asAny, p)
	}
	ptrs[0].X = 100
	fmt.Println(asAny[0])
	fmt.Println(asAny...)
	fmt.Printf("%v %d\n", asAny, len(asAny))
}
