package main

import (
	"context"
	"fmt"
	"strings"
)

type ctxKey int

const (
	requestIDKey ctxKey = iota
	userKey
)

type Handler func(ctx context.Context, path string) string

type Middleware func(Handler) Handler

func WithRequestID(id string) Middleware {
	return func(next Handler) Handler {
		return func(ctx context.Context, path string) string {
			return next(context.WithValue(ctx, requestIDKey, id), path)
		}
	}
}

func Auth(users map[string]string) Middleware {
	return func(next Handler) Handler {
		return func(ctx context.Context, path string) string {
			tok, rest, _ := strings.Cut(path, ":")
			u, ok := users[tok]
			if !ok {
				return "401 unauthorized"
			}
			return next(context.WithValue(ctx, userKey, u), rest)
		}
	}
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(ctx context.Context, path string) string {
			res := next(ctx, path)
			id, _ := ctx.Value(requestIDKey).(string)
			*log = append(*log, fmt.Sprintf("[%s] %s -> %s", id, path, res))
			return res
		}
	}
}

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	var log []string
	app := func(ctx context.Context, path string) string {
		user := ctx.Value(userKey).(string)
		return fmt.Sprintf("200 hello %s at %s", user, path)
	}
	users := map[string]string{"t1": "ann", "t2": "bob"}
	for i, req := range []string{"t1:/home", "bad:/x", "t2:/settings"} {
		h := Chain(app, WithRequestID(fmt.Sprintf("req-%d", i+1)), Logging(&log), Auth(users))
		fmt.Println(h(context.Background(), req))
	}
	fmt.Println(strings.Join(log, "\n"))
}
