package main

import (
	"context"
	"errors"
	"fmt"
)

type ctxKey int

const (
	userKey ctxKey = iota
	traceKey
)

type User struct {
	Name  string
	Admin bool
}

type TraceID string

func WithUser(ctx context.Context, u *User) context.Context {
	return context.WithValue(ctx, userKey, u)
}

func UserFrom(ctx context.Context) (*User, bool) {
	u, ok := ctx.Value(userKey).(*User)
	return u, ok
}

var ErrForbidden = errors.New("forbidden")

func deleteAll(ctx context.Context) error {
	u, ok := UserFrom(ctx)
	if !ok {
		return fmt.Errorf("deleteAll: no user: %w", ErrForbidden)
	}
	if !u.Admin {
		return fmt.Errorf("deleteAll by %s (trace %v): %w", u.Name, ctx.Value(traceKey), ErrForbidden)
	}
	return nil
}

func main() {
	base := context.WithValue(context.Background(), traceKey, TraceID("t-42"))
	fmt.Println(deleteAll(base))
	err := deleteAll(WithUser(base, &User{"bob", false}))
	fmt.Println(err, errors.Is(err, ErrForbidden))
	fmt.Println(deleteAll(WithUser(base, &User{"root", true})))
	ctx := WithUser(base, &User{Name: "ann"})
	fmt.Println(ctx.Value(userKey).(*User).Name, ctx.Value(traceKey), ctx.Value(0) == nil, ctx.Value(ctxKey(0)) != nil)
	inner := context.WithValue(ctx, userKey, &User{Name: "shadow"})
	u, _ := UserFrom(inner)
	fmt.Println(u.Name, inner.Value(traceKey).(TraceID))
	type otherKey int
	fmt.Println(inner.Value(otherKey(0)))
	cctx, cancel := context.WithCancel(inner)
	cancel()
	u, _ = UserFrom(cctx)
	fmt.Println(u.Name, cctx.Err(), context.Cause(cctx))
	wc := context.WithoutCancel(cctx)
	fmt.Println(wc.Err(), wc.Value(traceKey))
}
