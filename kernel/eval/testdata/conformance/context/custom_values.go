package main

import (
	"context"
	"fmt"
)

type ctxKey string

type otherKey string

type userKey struct{}

type User struct{ Name string }

func (u User) String() string { return "user:" + u.Name }

func get(ctx context.Context) {
	u, ok := ctx.Value(userKey{}).(User)
	fmt.Println(u, ok, ctx.Value(ctxKey("id")), ctx.Value(otherKey("id")), ctx.Value("id"))
}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("id"), 42)
	ctx = context.WithValue(ctx, userKey{}, User{"ann"})
	get(ctx)
	get(context.Background())
	ctx2, cancel := context.WithCancel(ctx)
	cancel()
	fmt.Println(ctx2.Err(), ctx2.Value(ctxKey("id")))
}
