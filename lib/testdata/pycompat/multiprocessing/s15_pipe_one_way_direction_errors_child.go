package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func produce(w *multiprocessing.Conn, n int) {
	for i := 0; i < n; i++ {
		w.Send(map[string]any{"i": i, "sq": i * i})
	}
	w.Send(nil)
	w.Close()
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(produce)
	r, w := multiprocessing.Pipe(false)
	fmt.Println(py(r.Readable()), py(r.Writable()), py(w.Readable()), py(w.Writable()))
	p := &multiprocessing.Process{Target: produce, Args: []any{w, 5}}
	p.Start()
	var got []string
	for {
		msg, err := r.Recv()
		if err != nil || msg == nil {
			break
		}
		got = append(got, fmt.Sprint(msg.(map[string]any)["sq"]))
	}
	p.Join()
	fmt.Println("["+strings.Join(got, ", ")+"]", p.ExitCode())
	if err := r.Send("x"); err != nil {
		name, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Println("send on read end:", name, msg)
	}
	if _, err := w.Recv(); err != nil {
		name, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Println("recv on write end:", name, msg)
	}
}
