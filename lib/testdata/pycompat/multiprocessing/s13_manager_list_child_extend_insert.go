package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func edit(l *multiprocessing.ListProxy) {
	l.Extend([]any{3, 4})
	l.Insert(0, "head")
	l.Append("tail")
	l.Remove(3)
}

func pyList(xs []any) string {
	var s []string
	for _, x := range xs {
		if str, ok := x.(string); ok {
			s = append(s, "'"+str+"'")
		} else {
			s = append(s, fmt.Sprint(x))
		}
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	multiprocessing.Main(edit)
	m := multiprocessing.NewManager()
	l := m.List(1, 2)
	p := &multiprocessing.Process{Target: edit, Args: []any{l}}
	p.Start()
	p.Join()
	i, _ := l.Index("tail")
	fmt.Printf("%s %d %d %d %v %v\n", pyList(l.Copy()), l.Len(), i, l.Count(2), l.Get(0), l.Get(l.Len()-1))
	if err := l.Remove("missing"); err != nil {
		fmt.Println(err)
	}
	a := l.Pop()
	b := l.Pop(0)
	fmt.Printf("%v %v %s\n", a, b, pyList(l.Copy()))
	m.Shutdown()
}
