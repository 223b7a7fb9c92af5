package main

import (
	"container/ring"
	"context"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Session struct {
	ID    int
	User  string
	Perms []string
}

func (s *Session) String() string { return fmt.Sprintf("S%d(%s)", s.ID, s.User) }

type Config struct {
	Name    string
	Retries int
	Hooks   map[string]func(int) int
}

type ctxKey string
type ctxKeyInt int

func main() {
	var sm sync.Map
	for i, u := range []string{"ann", "bob", "cid"} {
		sm.Store(u, &Session{i, u, nil})
	}
	v, loaded := sm.LoadOrStore("bob", &Session{99, "bob2", nil})
	fmt.Println(v, loaded)
	act, loaded := sm.LoadOrStore("dan", &Session{3, "dan", []string{"admin"}})
	fmt.Println(act, loaded)
	if s, ok := sm.Load("ann"); ok {
		s.(*Session).Perms = append(s.(*Session).Perms, "read")
	}
	sm.Delete("cid")
	old, ok := sm.Swap("ann", &Session{10, "ann", nil})
	fmt.Println(old.(*Session).Perms, ok)
	fmt.Println(sm.CompareAndDelete("dan", act), sm.CompareAndSwap("bob", v, Session{7, "val", nil}))
	var keys []string
	sm.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%s:%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)

	var cfg atomic.Value
	cfg.Store(Config{"a", 1, map[string]func(int) int{"double": func(x int) int { return 2 * x }}})
	c := cfg.Load().(Config)
	fmt.Println(c.Name, c.Retries, c.Hooks["double"](21))
	prev := cfg.Swap(Config{Name: "b"})
	fmt.Println(prev.(Config).Name, cfg.Load().(Config).Name, cfg.CompareAndSwap(Config{Name: "zz"}, Config{}))

	var ptr atomic.Pointer[Session]
	fmt.Println(ptr.Load() == nil)
	s1 := &Session{ID: 1}
	ptr.Store(s1)
	fmt.Println(ptr.CompareAndSwap(s1, &Session{ID: 2}), ptr.Load())

	r := ring.New(4)
	for i := 0; i < r.Len(); i++ {
		r.Value = &Session{ID: i * 10, User: fmt.Sprint("u", i)}
		r = r.Next()
	}
	r.Do(func(x any) { fmt.Print(x, " ") })
	fmt.Println()
	r.Unlink(1)
	r.Move(2).Do(func(x any) { fmt.Print(x.(fmt.Stringer).String(), " ") })
	fmt.Println(r.Len())

	ctx := context.WithValue(context.Background(), ctxKey("user"), &Session{5, "eve", nil})
	ctx = context.WithValue(ctx, ctxKeyInt(1), Config{Name: "ctxcfg"})
	ctx = context.WithValue(ctx, "plain", 1)
	if s, ok := ctx.Value(ctxKey("user")).(*Session); ok {
		fmt.Println("user", s)
	}
	fmt.Println(ctx.Value(ctxKeyInt(1)).(Config).Name, ctx.Value(ctxKeyInt(2)), ctx.Value(ctxKey("plain")), ctx.Value("plain"))
}
