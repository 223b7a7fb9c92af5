package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	a, b := multiprocessing.Pipe()
	b.Send("last")
	b.Close()
	m, _ := a.Recv()
	fmt.Println(m)
	if _, err := a.Recv(); errors.Is(err, io.EOF) {
		fmt.Println("EOFError")
	}
	r, w := multiprocessing.Pipe(false)
	w.Send(42)
	v, _ := r.Recv()
	fmt.Println(v)
	fmt.Println(pyBool(r.Readable()), pyBool(r.Writable()), pyBool(w.Readable()), pyBool(w.Writable()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
