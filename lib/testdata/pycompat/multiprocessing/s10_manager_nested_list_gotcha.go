package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func worker(shared *multiprocessing.ListProxy) {
	_ = append(shared.Get(0).([]any), "lost")
	inner := shared.Get(0).([]any)
	inner = append(inner, "kept")
	shared.Set(0, inner)
}

func show(xs []any) string {
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
	multiprocessing.Main(worker)
	m := multiprocessing.NewManager()
	shared := m.List([]any{})
	p := &multiprocessing.Process{Target: worker, Args: []any{shared}}
	p.Start()
	p.Join()
	fmt.Println(show(shared.Get(0).([]any)), shared.Len())
	d := m.Dict()
	d.Set("xs", []any{1})
	_ = append(d.Get("xs").([]any), 2)
	fmt.Println(show(d.Get("xs").([]any)))
	xs := d.Get("xs").([]any)
	xs = append(xs, 3)
	d.Set("xs", xs)
	fmt.Println(show(d.Get("xs").([]any)))
	m.Shutdown()
}
