package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func sender(conn *multiprocessing.Conn, n int) {
	for i := range n {
		conn.Send(i * i)
	}
	conn.Send("done")
	conn.Close()
}

func main() {
	multiprocessing.Main(sender)
	recvEnd, sendEnd := multiprocessing.Pipe(false)
	p := &multiprocessing.Process{Target: sender, Args: []any{sendEnd, 4}}
	p.Start()
	var got []any
	for {
		x, _ := recvEnd.Recv()
		if x == "done" {
			break
		}
		got = append(got, x)
	}
	p.Join()
	fmt.Println(strings.ReplaceAll(fmt.Sprint(got), " ", ", "), pyBool(recvEnd.Readable()), pyBool(recvEnd.Writable()), pyBool(sendEnd.Readable()), pyBool(sendEnd.Writable()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
