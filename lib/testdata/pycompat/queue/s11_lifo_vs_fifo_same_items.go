package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	items := []any{"'a'", 1, nil, "(2, 3)"}
	show := func(name string, get func() any) {
		var out []string
		for range items {
			out = append(out, fmt.Sprint(pyNone(get())))
		}
		fmt.Println(name, pyStrs(out), "True")
	}
	q := queue.New(0)
	for _, x := range items {
		q.Put(x)
	}
	show("Queue", q.Get)
	var l queue.LifoQueue
	for _, x := range items {
		l.Put(x)
	}
	show("LifoQueue", l.Get)
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}

func pyNone(v any) any {
	if v == nil {
		return "None"
	}
	return v
}
