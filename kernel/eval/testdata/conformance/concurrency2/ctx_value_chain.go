package main

import (
	"context"
	"fmt"
	"sync"
)

type ctxKey int

const (
	reqID ctxKey = iota
	userKey
)

func handle(ctx context.Context, out []string, i int, wg *sync.WaitGroup) {
	defer wg.Done()
	out[i] = fmt.Sprintf("req=%v user=%v", ctx.Value(reqID), ctx.Value(userKey))
}

func main() {
	root := context.WithValue(context.Background(), userKey, "grace")
	out := make([]string, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go handle(context.WithValue(root, reqID, 100+i), out, i, &wg)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	fmt.Println(root.Value(reqID))
}
