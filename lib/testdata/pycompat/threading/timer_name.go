package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func hello() {
	fmt.Println("hello from", threading.CurrentThread().Name)
}

func main() {
	t := threading.NewTimer(10*time.Millisecond, hello)
	t.Start()
	t.Join()
	fmt.Println(t.Name)
	t2 := &threading.Thread{Target: hello}
	t2.Start()
	t2.Join()
}
