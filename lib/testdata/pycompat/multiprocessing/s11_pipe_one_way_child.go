package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func sender(conn *multiprocessing.Conn, words []string) {
	for _, w := range words {
		conn.Send(w)
	}
	conn.Send(nil)
	conn.Close()
}

func main() {
	multiprocessing.Main(sender)
	recvEnd, sendEnd := multiprocessing.Pipe(false)
	fmt.Println(pyBool(recvEnd.Readable()), pyBool(recvEnd.Writable()), pyBool(sendEnd.Readable()), pyBool(sendEnd.Writable()))
	p := &multiprocessing.Process{Target: sender, Args: []any{sendEnd, []string{"alpha", "beta", "gamma"}}}
	p.Start()
	var got []string
	for {
		x, _ := recvEnd.Recv()
		if x == nil {
			break
		}
		got = append(got, "'"+x.(string)+"'")
	}
	p.Join()
	fmt.Println(pyStrs(got), p.ExitCode())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
