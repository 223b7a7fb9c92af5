package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func producer(conn *multiprocessing.Conn, n int) {
	for i := 0; i < n; i++ {
		conn.Send([]any{"msg", i, strings.Repeat("x", i)})
	}
	conn.Send(nil)
	conn.Close()
}

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(producer)
	a, b := multiprocessing.Pipe()
	p := &multiprocessing.Process{Target: producer, Args: []any{b, 50}}
	p.Start()
	var got [][]any
	for {
		m, err := a.Recv()
		if err != nil || m == nil {
			break
		}
		got = append(got, m.([]any))
	}
	p.Join()
	inOrder, sizes := true, true
	for i, m := range got {
		inOrder = inOrder && m[1].(int) == i
		sizes = sizes && len(m[2].(string)) == m[1].(int)
	}
	fmt.Println(len(got), pb(inOrder), pb(sizes), fmt.Sprintf("('%s', %v, '%s')", got[3][0], got[3][1], got[3][2]))
	fmt.Println(p.ExitCode())
}
