package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

type node struct {
	v    int
	kids []*node
}

var (
	lock  threading.RLock
	total int
)

func visit(n *node) {
	lock.Acquire()
	defer lock.Release()
	total += n.v
	for _, c := range n.kids {
		visit(c)
	}
}

func main() {
	tree := &node{1, []*node{{2, []*node{{4, nil}, {5, nil}}}, {3, []*node{{6, nil}}}}}
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: func() { visit(tree) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(total, map[bool]string{true: "True", false: "False"}[lock.TryAcquire()])
	lock.Release()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		lock.Release()
	}()
}
