package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

type node struct {
	name     string
	children []*node
}

func run(ctx context.Context, n *node, wg *sync.WaitGroup, mu *sync.Mutex, log *[]string, ready *sync.WaitGroup) {
	defer wg.Done()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for _, c := range n.children {
		wg.Add(1)
		ready.Add(1)
		go run(ctx, c, wg, mu, log, ready)
	}
	ready.Done()
	<-ctx.Done()
	mu.Lock()
	*log = append(*log, fmt.Sprintf("%s stopped: %v", n.name, ctx.Err()))
	mu.Unlock()
}

func main() {
	tree := &node{"root", []*node{
		{"db", []*node{{"pool", nil}}},
		{"http", []*node{{"listener", nil}, {"handlers", nil}}},
	}}
	root, cancel := context.WithCancel(context.Background())
	var wg, ready sync.WaitGroup
	var mu sync.Mutex
	var log []string
	wg.Add(1)
	ready.Add(1)
	go run(root, tree, &wg, &mu, &log, &ready)
	ready.Wait()
	fmt.Println("all started")
	cancel()
	wg.Wait()
	sort.Strings(log)
	for _, l := range log {
		fmt.Println(l)
	}

	parent, pc := context.WithCancel(context.Background())
	child, cc := context.WithCancel(parent)
	cc()
	fmt.Println(parent.Err(), child.Err())
	pc()
	fmt.Println(parent.Err(), child.Err())
}
