package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	r, w := multiprocessing.Pipe(false)
	fmt.Println(pyBool(r.Readable()), pyBool(r.Writable()), pyBool(w.Readable()), pyBool(w.Writable()))
	w.Send("hello")
	p1 := r.Poll()
	v, _ := r.Recv()
	fmt.Println(pyBool(p1), v, pyBool(r.Poll()))
	if err := r.Send("x"); err != nil {
		fmt.Println(err)
	}
	if _, err := w.Recv(); err != nil {
		fmt.Println(err)
	}
	w.Close()
	fmt.Println(pyBool(w.Closed()))
	if err := w.Send(1); err != nil {
		fmt.Println(err)
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
