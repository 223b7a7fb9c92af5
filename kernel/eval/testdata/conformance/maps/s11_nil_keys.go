// Maps keyed by pointer, channel and func-free nilable types given the
// untyped nil as a key, to set and to read.
package main

import "fmt"

type Node struct{ Val int }

type Ref *Node

type Pipe chan int

func main() {
	parent := map[*Node]*Node{}
	root := &Node{1}
	child := &Node{2}
	parent[root] = nil
	parent[nil] = root
	parent[child] = root
	fmt.Println(len(parent), parent[nil].Val, parent[child] == root)
	delete(parent, nil)
	_, ok := parent[nil]
	fmt.Println(len(parent), ok)

	refs := make(map[Ref]string)
	refs[nil] = "none"
	refs[Ref(root)] = "root"
	fmt.Println(len(refs), refs[nil])

	pipes := make(map[Pipe]int)
	pipes[nil] = 7
	pipes[make(Pipe)] = 8
	fmt.Println(len(pipes), pipes[nil])

	var e error
	counts := map[error]int{}
	counts[nil]++
	counts[e]++
	fmt.Println(counts[nil])
}
