package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	a, b := multiprocessing.Pipe()
	fmt.Println(pyBool(a.Poll()), pyBool(a.PollTimeout(10*time.Millisecond)))
	b.Send(1)
	fmt.Println(pyBool(a.Poll()), pyBool(a.PollTimeout(time.Second)))
	a.Recv()
	fmt.Println(pyBool(a.Poll()))
	r, w := multiprocessing.Pipe(false)
	fmt.Println(pyBool(r.Readable()), pyBool(r.Writable()), pyBool(w.Readable()), pyBool(w.Writable()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
