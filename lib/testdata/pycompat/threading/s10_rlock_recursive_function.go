package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

type Tree []Tree

var lock threading.RLock
var depths []int

func visit(tree Tree, depth int) {
	lock.Acquire()
	defer lock.Release()
	depths = append(depths, depth)
	for _, child := range tree {
		visit(child, depth+1)
	}
}

func main() {
	tree := Tree{Tree{Tree{}, Tree{Tree{}}}, Tree{}}
	var threads []*threading.Thread
	for range 3 {
		threads = append(threads, &threading.Thread{Target: func() { visit(tree, 0) }})
	}
	for _, t := range threads {
		t.Start()
	}
	for _, t := range threads {
		t.Join()
	}
	m := 0
	for _, d := range depths {
		m = max(m, d)
	}
	fmt.Println(len(depths), m, strings.ReplaceAll(fmt.Sprint(depths[:6]), " ", ", "))
	fmt.Println(pyBool(lock.TryAcquire()))
	lock.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
