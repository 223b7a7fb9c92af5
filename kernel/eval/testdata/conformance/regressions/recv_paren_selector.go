package main

// Selectors on a parenthesised receive, deref, map index and call, as the
// right side of := (at a cell's top level, a package-level variable whose
// type is computed before compiling: `r := (<-ch).Result()`).

import (
	"fmt"
	"strings"
	"time"
)

type R struct{ V int }

func (r R) Result() (int, error) { return r.V * 10, nil }
func (r *R) Ptr() int            { return r.V + 1 }
func mk() R                      { return R{4} }

func recvOnly(c chan *R) <-chan *R { return c }

func main() {
	ch := make(chan R, 4)
	ch <- R{1}
	ch <- R{2}
	ch <- R{3}
	ch <- R{4}
	r, err := (<-ch).Result()
	fmt.Println(r, err)
	v := (<-ch).V
	fmt.Println(v)
	var x = <-ch
	fmt.Println(x.V, x.Ptr())
	var y R = <-ch
	fmt.Println(y.Result())
	p := &R{7}
	a := (*p).Ptr()
	b, _ := (*p).Result()
	fmt.Println(a, b)
	m := map[string]R{"k": {8}}
	c, _ := (m["k"]).Result()
	d := (m["k"]).V
	fmt.Println(c, d)
	e, _ := (mk()).Result()
	fmt.Println(e)
	cp := make(chan *R, 2)
	cp <- &R{9}
	cp <- &R{10}
	it := recvOnly(cp)
	g := (<-it).Ptr()
	h, _ := (<-it).Result()
	fmt.Println(g, h)
	cb := make(chan *strings.Builder, 1)
	sb := &strings.Builder{}
	sb.WriteString("sb")
	cb <- sb
	s := (<-cb).String()
	fmt.Println(s)
	cd := make(chan time.Duration, 1)
	cd <- time.Minute
	sec := (<-cd).Seconds()
	fmt.Println(sec)
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	inner <- 5
	cc <- inner
	n := <-(<-cc)
	fmt.Println(n)
	neg := -(<-inner2(6))
	fmt.Println(neg)
}

func inner2(n int) chan int {
	c := make(chan int, 1)
	c <- n
	return c
}
