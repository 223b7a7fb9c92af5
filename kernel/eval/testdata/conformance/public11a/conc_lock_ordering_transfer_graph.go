package main

import (
	"fmt"
	"sync"
)

type Node struct {
	id    int
	mu    sync.Mutex
	value int
}

func move(a, b *Node, amt int) {
	x, y := a, b
	if x.id > y.id {
		x, y = y, x
	}
	x.mu.Lock()
	y.mu.Lock()
	a.value -= amt
	b.value += amt
	y.mu.Unlock()
	x.mu.Unlock()
}

func main() {
	nodes := make([]*Node, 6)
	for i := range nodes {
		nodes[i] = &Node{id: i, value: 100}
	}
	var wg sync.WaitGroup
	for i := range 300 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := nodes[i%6]
			b := nodes[(i*7+1)%6]
			if a != b {
				move(a, b, i%5)
			}
		}()
	}
	wg.Wait()
	sum := 0
	for _, n := range nodes {
		sum += n.value
	}
	fmt.Println("sum:", sum)
	nodes2 := []*Node{{id: 0, value: 10}, {id: 1, value: 10}}
	move(nodes2[1], nodes2[0], 4)
	fmt.Println(nodes2[0].value, nodes2[1].value)
}
