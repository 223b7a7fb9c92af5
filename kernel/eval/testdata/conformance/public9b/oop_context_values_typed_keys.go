package main

import (
	"context"
	"fmt"
	"strings"
)

type ctxKey int

const (
	userKey ctxKey = iota
	traceKey
	rolesKey
)

type User struct {
	Name  string
	Admin bool
}

func (u User) String() string { return "user:" + u.Name }

type Trace struct{ spans []string }

func (t *Trace) Add(s string) { t.spans = append(t.spans, s) }

func WithUser(ctx context.Context, u User) context.Context {
	return context.WithValue(ctx, userKey, u)
}

func UserFrom(ctx context.Context) (User, bool) {
	u, ok := ctx.Value(userKey).(User)
	return u, ok
}

func handler(ctx context.Context, path string) string {
	if t, ok := ctx.Value(traceKey).(*Trace); ok {
		t.Add("handler " + path)
	}
	u, ok := UserFrom(ctx)
	if !ok {
		return "401 anonymous"
	}
	roles, _ := ctx.Value(rolesKey).([]string)
	if strings.HasPrefix(path, "/admin") && !u.Admin {
		return fmt.Sprintf("403 %v roles=%v", u, roles)
	}
	return fmt.Sprintf("200 %v", ctx.Value(userKey))
}

type middleware func(context.Context, string) context.Context

func main() {
	tr := &Trace{}
	base := context.WithValue(context.Background(), traceKey, tr)
	chain := []middleware{
		func(ctx context.Context, p string) context.Context {
			tr.Add("auth " + p)
			if p == "/public" {
				return ctx
			}
			return WithUser(ctx, User{Name: "ann", Admin: p == "/admin/root"})
		},
		func(ctx context.Context, p string) context.Context {
			return context.WithValue(ctx, rolesKey, []string{"reader"})
		},
	}
	for _, p := range []string{"/public", "/home", "/admin/x", "/admin/root"} {
		ctx := base
		for _, m := range chain {
			ctx = m(ctx, p)
		}
		fmt.Println(p, "=>", handler(ctx, p))
	}
	fmt.Println(strings.Join(tr.spans, "; "))
	ctx := context.WithValue(context.Background(), "str", 1)
	fmt.Println(ctx.Value("str"), ctx.Value(ctxKey(0)), ctx.Value(0))
	fmt.Println(ctx)
}
