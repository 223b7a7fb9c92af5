package main

import (
	"context"
	"fmt"
	"time"
)

type key string

func main() {
	parent, cancel := context.WithCancel(context.WithValue(context.Background(), key("user"), "ann"))
	detached := context.WithoutCancel(parent)
	cancel()
	fmt.Println("parent:", parent.Err())
	fmt.Println("detached:", detached.Err())
	fmt.Println("value:", detached.Value(key("user")))
	_, ok := detached.Deadline()
	fmt.Println("deadline:", ok)
	fmt.Println("done nil:", detached.Done() == nil)
	fmt.Println("cause:", context.Cause(detached))

	d2, c2 := context.WithTimeout(detached, 2*time.Millisecond)
	defer c2()
	<-d2.Done()
	fmt.Println("timeout child:", d2.Err())
	fmt.Println(context.Background(), context.TODO())
	fmt.Println(detached)
}
