package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

type sentinel struct{}

var (
	done = &sentinel{}
	q    = queue.New(0)
	seen []string
)

func consumer() {
	for {
		item := q.Get()
		if item == done {
			break
		}
		seen = append(seen, repr(item))
	}
}

func repr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case string:
		return "'" + v + "'"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case []any:
		return "[]"
	}
	return fmt.Sprint(v)
}

func main() {
	t := &threading.Thread{Target: consumer}
	t.Start()
	for _, item := range []any{0, nil, "", false, []any{}, "last"} {
		q.Put(item)
	}
	q.Put(done)
	t.Join()
	out := "["
	for i, s := range seen {
		if i > 0 {
			out += ", "
		}
		out += s
	}
	fmt.Println(out+"]", len(seen))
}
