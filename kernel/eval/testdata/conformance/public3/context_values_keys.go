package main

import (
	"context"
	"fmt"
)

type favContextKey string

type userKey struct{}

type User struct {
	Name string
	ID   int
}

func NewContext(ctx context.Context, u *User) context.Context {
	return context.WithValue(ctx, userKey{}, u)
}

func FromContext(ctx context.Context) (*User, bool) {
	u, ok := ctx.Value(userKey{}).(*User)
	return u, ok
}

func main() {
	f := func(ctx context.Context, k favContextKey) {
		if v := ctx.Value(k); v != nil {
			fmt.Println("found value:", v)
			return
		}
		fmt.Println("key not found:", k)
	}
	k := favContextKey("language")
	ctx := context.WithValue(context.Background(), k, "Go")
	f(ctx, k)
	f(ctx, favContextKey("color"))
	ctx = NewContext(ctx, &User{"gopher", 42})
	if u, ok := FromContext(ctx); ok {
		fmt.Printf("%s (%d)\n", u.Name, u.ID)
	}
	_, ok := FromContext(context.Background())
	fmt.Println("background has user:", ok)
	fmt.Println(ctx.Value("language"))
	fmt.Println(ctx.Value(k))
	child, cancel := context.WithCancel(ctx)
	defer cancel()
	u, _ := FromContext(child)
	fmt.Println("child sees", u.Name)
	wc := context.WithoutCancel(child)
	cancel()
	fmt.Println(child.Err(), wc.Err(), wc.Value(k))
}
