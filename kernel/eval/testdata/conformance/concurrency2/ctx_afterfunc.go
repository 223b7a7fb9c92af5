package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan string, 1)
	stop := context.AfterFunc(ctx, func() { ran <- "afterfunc ran" })
	cancel()
	fmt.Println(<-ran)
	fmt.Println("stop after run:", stop())

	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { fmt.Println("never") })
	fmt.Println("stop before cancel:", stop2())
	fmt.Println("stop again:", stop2())
	cancel2()

	done, c3 := context.WithCancel(context.Background())
	c3()
	got := make(chan bool)
	context.AfterFunc(done, func() { got <- true })
	fmt.Println("already done, runs:", <-got)
}
