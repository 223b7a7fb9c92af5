package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func add(lst *multiprocessing.ListProxy, xs []any) {
	lst.Extend(xs)
}

func show(vs []any) string {
	var s []string
	for _, v := range vs {
		switch x := v.(type) {
		case bool:
			s = append(s, map[bool]string{true: "True", false: "False"}[x])
		case string:
			s = append(s, "'"+x+"'")
		case []any:
			s = append(s, fmt.Sprintf("(%v, '%v')", x[0], x[1]))
		default:
			s = append(s, fmt.Sprint(x))
		}
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	multiprocessing.Main(add)
	m := multiprocessing.NewManager()
	defer m.Shutdown()
	lst := m.List(5, 2.5, true)
	p := &multiprocessing.Process{Target: add, Args: []any{lst, []any{9, -1, 0}}}
	p.Start()
	p.Join()
	lst.Sort()
	fmt.Println(show(lst.Copy()))
	lst.Sort(true)
	fmt.Println(show(lst.Copy()))
	words := m.List("pear", "Apple", "fig", "apple")
	words.Sort()
	fmt.Println(show(words.Copy()))
	pairs := m.List([]any{2, "b"}, []any{1, "z"}, []any{2, "a"}, []any{1, "a"})
	pairs.Sort()
	fmt.Println(show(pairs.Copy()))
	mixed := m.List(3, "three", 1)
	if err := mixed.Sort(); err != nil {
		fmt.Println(err)
	}
}
