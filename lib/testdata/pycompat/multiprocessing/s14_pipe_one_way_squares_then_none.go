package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func sender(conn *multiprocessing.Conn, n int) {
	for i := 0; i < n; i++ {
		conn.Send(i * i)
	}
	conn.Send(nil)
	conn.Close()
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(sender)
	recvEnd, sendEnd := multiprocessing.Pipe(false)
	fmt.Println(py(recvEnd.Readable()), py(recvEnd.Writable()), py(sendEnd.Readable()), py(sendEnd.Writable()))
	p := &multiprocessing.Process{Target: sender, Args: []any{sendEnd, 6}}
	p.Start()
	sendEnd.Close()
	var got []string
	for {
		v, _ := recvEnd.Recv()
		if v == nil {
			break
		}
		got = append(got, fmt.Sprint(v))
	}
	p.Join()
	fmt.Println("["+strings.Join(got, ", ")+"]", p.ExitCode())
	if _, err := recvEnd.Recv(); errors.Is(err, io.EOF) {
		fmt.Println("EOFError after the sender closed")
	}
}
