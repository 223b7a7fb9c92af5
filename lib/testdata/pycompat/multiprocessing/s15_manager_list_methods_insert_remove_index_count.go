package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func add(lst *multiprocessing.ListProxy, items []any) {
	lst.Extend(items)
}

func list(vs []any) string {
	var s []string
	for _, v := range vs {
		s = append(s, fmt.Sprint(v))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	multiprocessing.Main(add)
	m := multiprocessing.NewManager()
	defer m.Shutdown()
	lst := m.List(3, 1)
	p := &multiprocessing.Process{Target: add, Args: []any{lst, []any{4, 1, 5}}}
	p.Start()
	p.Join()
	lst.Insert(0, 9)
	lst.Append(2)
	idx, _ := lst.Index(4)
	fmt.Println(list(lst.Copy()), lst.Len(), lst.Count(1), idx)
	lst.Remove(1)
	a := lst.Pop()
	b := lst.Pop(0)
	fmt.Println(a, b, list(lst.Copy()))
	lst.Reverse()
	lst.Set(0, 100)
	fmt.Println(list(lst.Copy()), lst.Get(1), lst.Get(-1))
	if err := lst.Remove(42); err != nil {
		fmt.Println(err)
	}
}
