package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func bad() {
	panic("RuntimeError: in thread")
}

func main() {
	t := &threading.Thread{Target: bad, Name: "T1"}
	t.Start()
	t.Join()
	fmt.Println("after")
}
