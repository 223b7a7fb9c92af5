package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func writer(w *multiprocessing.Conn) {
	for i := range 3 {
		w.Send(i)
	}
	w.Close()
}

func main() {
	multiprocessing.Main(writer)
	r, w := multiprocessing.Pipe(false)
	fmt.Println(pyBool(r.Readable()), pyBool(r.Writable()), pyBool(w.Readable()), pyBool(w.Writable()))
	if err := r.Send(1); err != nil {
		fmt.Println(err)
	}
	if _, err := w.Recv(); err != nil {
		fmt.Println(err)
	}
	p := &multiprocessing.Process{Target: writer, Args: []any{w}}
	p.Start()
	w.Close()
	var got []string
	for {
		v, err := r.Recv()
		if err != nil {
			break
		}
		got = append(got, fmt.Sprint(v))
	}
	p.Join()
	fmt.Println("["+strings.Join(got, ", ")+"]", pyBool(r.Poll()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
