package main

import (
	"context"
	"fmt"
	"iter"
	"sort"
	"strings"
	"sync"
	"time"
)

type Base[T any] struct{ items []T }

func (b *Base[T]) Add(v T)   { b.items = append(b.items, v) }
func (b Base[T]) Count() int { return len(b.items) }
func (b *Base[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range b.items {
			if !yield(v) {
				return
			}
		}
	}
}

type Derived[T any] struct {
	Base[T]
	label string
}

type Container[T any] interface {
	Add(T)
	All() iter.Seq[T]
	Count() int
}

func Fill[T any](c Container[T], vs ...T) {
	for _, v := range vs {
		c.Add(v)
	}
}

type Setter interface{ Set(string) }

type Conf struct{ v string }

func (c *Conf) Set(s string) { c.v = "conf:" + s }

func Build[T any, PT interface {
	*T
	Set(string)
}](s string) T {
	var t T
	PT(&t).Set(s)
	return t
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprintf("P%d", p.n) }

type Reading struct {
	Temp Celsius
	temp Celsius
	Wait time.Duration
	P    PtrStr
	PP   *PtrStr
}

type BadErr struct{ msg string }

func (e *BadErr) Error() string { return e.msg }

type ctxKey string

func main() {
	d := &Derived[int]{label: "d"}
	Fill[int](d, 3, 1, 2)
	for v := range d.All() {
		fmt.Print(v)
	}
	fmt.Println(d.Count(), d.label)
	var c Container[string] = &Derived[string]{}
	c.Add("x")
	fmt.Println(c.Count())
	conf := Build[Conf]("a")
	fmt.Println(conf.v)
	r := Reading{21.5, 18, 1500 * time.Millisecond, PtrStr{1}, &PtrStr{2}}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(&r.P, r.PP)
	var be *BadErr
	var err error = be
	fmt.Println(err == nil)
	fmt.Printf("%v|\n", err)
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	ctx = context.WithValue(ctx, ctxKey("role"), "admin")
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value(ctxKey("role")), ctx.Value("user"))
	var sm sync.Map
	for i, w := range strings.Fields("a b c a b a") {
		actual, loaded := sm.LoadOrStore(w, i)
		if loaded {
			sm.Store(w, actual.(int)*10+i)
		}
	}
	var keys []string
	sm.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	v, ok := sm.LoadAndDelete("a")
	fmt.Println(v, ok)
	pool := sync.Pool{New: func() any { return new(strings.Builder) }}
	sb := pool.Get().(*strings.Builder)
	sb.WriteString("pooled")
	fmt.Println(sb.String())
	reqs := make(chan chan int)
	go func() {
		for i := 0; ; i++ {
			resp, ok := <-reqs
			if !ok {
				return
			}
			resp <- i * i
		}
	}()
	for range 3 {
		resp := make(chan int)
		reqs <- resp
		fmt.Print(<-resp, " ")
	}
	close(reqs)
	fmt.Println()
	fmt.Printf("%T %T\n", func(int) string { return "" }, fmt.Println)
}
