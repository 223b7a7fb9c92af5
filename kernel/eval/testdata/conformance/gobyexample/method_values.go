package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Get() int   { return c.n }
func (c *Counter) Add(k int) { c.n += k }

func apply(f func(), times int) {
	for i := 0; i < times; i++ {
		f()
	}
}

func main() {
	c := &Counter{}
	inc := c.Inc
	apply(inc, 3)
	fmt.Println(c.n)
	get := c.Get
	c.n = 100
	fmt.Println(get(), c.Get())
	add := (*Counter).Add
	add(c, 5)
	fmt.Println(c.n)
	var wg sync.WaitGroup
	wg.Add(2)
	done := wg.Done
	go done()
	go func() { done() }()
	wg.Wait()
	fmt.Println("waited")
	up := strings.ToUpper
	fmt.Println(up("abc"))
	words := []string{"b", "c", "a"}
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	fns := map[string]func(int){"add": c.Add}
	fns["add"](10)
	fmt.Println(words, c.n)
	var sb strings.Builder
	write := sb.WriteString
	write("x")
	write("y")
	fmt.Println(sb.String())
}
