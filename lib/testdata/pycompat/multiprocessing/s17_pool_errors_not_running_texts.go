package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func sq(x int) int { return x * x }

func pow(a, b int) int {
	r := 1
	for range b {
		r *= a
	}
	return r
}

func show(g func() (any, error)) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	v, err := g()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v)
}

func main() {
	multiprocessing.Main(sq, pow)
	show(func() (any, error) { return nil, multiprocessing.NewPool(-1).Start() })
	p := multiprocessing.NewPool(2)
	show(func() (any, error) { p.Join(); return nil, nil })
	r, _ := p.Map(sq, []int{1, 2, 3}, 2)
	fmt.Printf("[%v, %v, %v]\n", r[0], r[1], r[2])
	p.Close()
	show(func() (any, error) { return p.Map(sq, []int{1}) })
	show(func() (any, error) { return p.Apply(sq, 2) })
	show(func() (any, error) { return p.ApplyAsync(sq, 2), nil })
	show(func() (any, error) { return p.ImapUnordered(sq, []int{1}), nil })
	show(func() (any, error) { return p.Starmap(pow, [][]any{{2, 3}}) })
	p.Join()
	fmt.Println("joined")
}
