package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func writer(w *multiprocessing.Conn) {
	for i := 0; i < 3; i++ {
		w.Send(i * 10)
	}
	w.Close()
}

func main() {
	multiprocessing.Main(writer)
	r, w := multiprocessing.Pipe(false)
	if err := r.Send(1); err != nil {
		fmt.Println(err)
	}
	if _, err := w.Recv(); err != nil {
		fmt.Println(err)
	}
	p := &multiprocessing.Process{Target: writer, Args: []any{w}}
	p.Start()
	a, _ := r.Recv()
	b, _ := r.Recv()
	c, _ := r.Recv()
	fmt.Printf("[%v, %v, %v]\n", a, b, c)
	p.Join()
	fmt.Println(pyBool(r.Readable()), pyBool(r.Writable()), pyBool(w.Readable()), pyBool(w.Writable()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
