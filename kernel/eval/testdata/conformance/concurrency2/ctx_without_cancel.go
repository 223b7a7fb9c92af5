package main

import (
	"context"
	"fmt"
)

type key string

func main() {
	parent, cancel := context.WithCancel(context.WithValue(context.Background(), key("user"), "ada"))
	detached := context.WithoutCancel(parent)
	cancel()
	fmt.Println("parent:", parent.Err())
	fmt.Println("detached:", detached.Err(), detached.Done() == nil)
	fmt.Println("value kept:", detached.Value(key("user")))
	_, ok := detached.Deadline()
	fmt.Println("deadline:", ok)
	child, cc := context.WithCancel(detached)
	fmt.Println("child:", child.Err())
	cc()
	fmt.Println("child after cancel:", child.Err())
}
