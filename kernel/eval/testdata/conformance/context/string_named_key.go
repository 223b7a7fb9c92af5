package main

import (
	"context"
	"fmt"
)

type ctxKey int

const requestIDKey ctxKey = 0

func main() {
	ctx := context.WithValue(context.Background(), requestIDKey, "req-1")
	fmt.Println(ctx)
	fmt.Println(ctx.Value(requestIDKey))
}
