package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func hello() {
	fmt.Println("hello, world")
}

func main() {
	t := threading.NewTimer(50*time.Millisecond, hello)
	t.Start() // after 0.05 seconds, "hello, world" will be printed
	t.Join()
	u := threading.NewTimer(30*time.Second, hello)
	u.Start()
	u.Cancel()
	u.Join()
	fmt.Println("cancelled one never printed")
}
