package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func fq(q *multiprocessing.Queue) {
	q.Put([]any{42, nil, "hello"})
}

func fp(conn *multiprocessing.Conn) {
	conn.Send([]any{42, nil, "hello"})
	conn.Close()
}

func show(v any) string {
	var parts []string
	for _, x := range v.([]any) {
		switch x := x.(type) {
		case nil:
			parts = append(parts, "None")
		case string:
			parts = append(parts, "'"+x+"'")
		default:
			parts = append(parts, fmt.Sprint(x))
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func main() {
	multiprocessing.Main(fq, fp)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: fq, Args: []any{q}}
	p.Start()
	fmt.Println(show(q.Get()))
	p.Join()
	parentConn, childConn := multiprocessing.Pipe()
	p = &multiprocessing.Process{Target: fp, Args: []any{childConn}}
	p.Start()
	v, _ := parentConn.Recv()
	fmt.Println(show(v))
	p.Join()
}
