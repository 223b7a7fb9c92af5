package main

import (
	"context"
	"fmt"
	"sync"
)

type ctxKey int

const (
	requestIDKey ctxKey = iota
	userKey
)

func handle(ctx context.Context, wg *sync.WaitGroup, out []string, i int) {
	defer wg.Done()
	id, _ := ctx.Value(requestIDKey).(string)
	user, ok := ctx.Value(userKey).(string)
	if !ok {
		user = "anonymous"
	}
	select {
	case <-ctx.Done():
		out[i] = fmt.Sprintf("%s %s canceled: %v", id, user, ctx.Err())
	default:
		out[i] = fmt.Sprintf("%s %s ok", id, user)
	}
}

func main() {
	base := context.WithValue(context.Background(), requestIDKey, "req-1")
	withUser := context.WithValue(base, userKey, "gopher")
	out := make([]string, 3)
	var wg sync.WaitGroup
	wg.Add(2)
	go handle(base, &wg, out, 0)
	go handle(withUser, &wg, out, 1)
	wg.Wait()
	cctx, cancel := context.WithCancel(withUser)
	cancel()
	wg.Add(1)
	go handle(cctx, &wg, out, 2)
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	fmt.Println(withUser.Value("missing"), cctx.Value(requestIDKey))
}
