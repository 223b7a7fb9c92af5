package main

import (
	"context"
	"errors"
	"fmt"
)

type key string

var ErrShutdown = errors.New("shutdown requested")

func describe(name string, ctx context.Context) {
	fmt.Printf("%-6s err=%v cause=%v user=%v\n", name, ctx.Err(), context.Cause(ctx), ctx.Value(key("user")))
}

func main() {
	root, cancelRoot := context.WithCancelCause(context.Background())
	withUser := context.WithValue(root, key("user"), "ana")
	childA, cancelA := context.WithCancel(withUser)
	childB, cancelB := context.WithCancelCause(withUser)
	grand, cancelG := context.WithCancel(childA)
	defer cancelG()
	detached := context.WithoutCancel(childA)

	cancelB(errors.New("b failed"))
	describe("root", root)
	describe("A", childA)
	describe("B", childB)
	describe("grand", grand)

	cancelRoot(ErrShutdown)
	describe("root", root)
	describe("A", childA)
	describe("B", childB)
	describe("grand", grand)
	describe("detach", detached)
	fmt.Println(errors.Is(context.Cause(grand), ErrShutdown), grand.Err() == context.Canceled)
	cancelA()
	describe("A", childA)

	stopped := 0
	ctx2, cancel2 := context.WithCancel(context.Background())
	stop := context.AfterFunc(ctx2, func() { stopped++ })
	fmt.Println("stop before:", stop())
	cancel2()
	fmt.Println("stopped:", stopped)
}
