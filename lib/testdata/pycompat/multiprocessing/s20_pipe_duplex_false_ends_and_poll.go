package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func child(w *multiprocessing.Conn) {
	for _, x := range []any{1, "two", []any{3}, map[string]any{"four": 4}, nil} {
		w.Send(x)
	}
	w.Close()
}

func py(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return "'" + x + "'"
	case []any:
		var s []string
		for _, e := range x {
			s = append(s, py(e))
		}
		return "[" + strings.Join(s, ", ") + "]"
	case map[string]any:
		var s []string
		for k, e := range x {
			s = append(s, "'"+k+"': "+py(e))
		}
		return "{" + strings.Join(s, ", ") + "}"
	}
	return fmt.Sprint(v)
}

func main() {
	multiprocessing.Main(child)
	r, w := multiprocessing.Pipe(false)
	fmt.Println(pb(r.Readable()), pb(r.Writable()), pb(w.Readable()), pb(w.Writable()))
	p := &multiprocessing.Process{Target: child, Args: []any{w}}
	p.Start()
	w.Close()
	var got []any
	for {
		v, err := r.Recv()
		if err != nil {
			break
		}
		got = append(got, v)
	}
	p.Join()
	fmt.Println(py(got), pb(r.Poll()), p.ExitCode())
	a, b := multiprocessing.Pipe()
	fmt.Println(pb(a.Readable()), pb(a.Writable()), pb(b.PollTimeout(0)))
	a.SendBytes([]byte("xyz"))
	ok := b.PollTimeout(time.Second)
	data, _ := b.RecvBytes()
	fmt.Println(pb(ok), "b'"+string(data)+"'", pb(b.PollTimeout(0)))
}
