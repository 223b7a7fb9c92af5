package main

import (
	"fmt"
	"strings"
)

// A persistent vector: a 4-ary trie with path copying.

const bits = 2
const width = 1 << bits
const mask = width - 1

type pnode struct {
	kids [width]*pnode
	vals [width]any
}

type Vec struct {
	root  *pnode
	size  int
	shift uint
}

func (v Vec) Len() int { return v.size }

func (v Vec) Get(i int) any {
	if i < 0 || i >= v.size {
		panic(fmt.Sprintf("index %d out of range [0,%d)", i, v.size))
	}
	n := v.root
	for s := v.shift; s > 0; s -= bits {
		n = n.kids[(i>>s)&mask]
	}
	return n.vals[i&mask]
}

func setIn(n *pnode, shift uint, i int, x any) *pnode {
	var c pnode
	if n != nil {
		c = *n
	}
	if shift == 0 {
		c.vals[i&mask] = x
		return &c
	}
	idx := (i >> shift) & mask
	c.kids[idx] = setIn(c.kids[idx], shift-bits, i, x)
	return &c
}

func (v Vec) Set(i int, x any) Vec {
	v.root = setIn(v.root, v.shift, i, x)
	return v
}

func (v Vec) Append(x any) Vec {
	if v.size == width<<v.shift {
		nr := &pnode{}
		nr.kids[0] = v.root
		v.root = nr
		v.shift += bits
	}
	v = v.Set(v.size, x)
	v.size++
	return v
}

func (v Vec) String() string {
	parts := make([]string, v.size)
	for i := range parts {
		parts[i] = fmt.Sprint(v.Get(i))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	var v0 Vec
	v := v0
	var versions []Vec
	for i := 0; i < 20; i++ {
		v = v.Append(i * i)
		if i%5 == 4 {
			versions = append(versions, v)
		}
	}
	fmt.Println(v, v.Len(), v.shift)
	w := v.Set(3, "three").Set(17, []int{1, 7})
	fmt.Println(w)
	fmt.Println(v.Get(3), w.Get(3), v.Get(17), w.Get(17))
	for _, ver := range versions {
		fmt.Println(ver.Len(), ver)
	}
	fmt.Println(v0.Len(), v0)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Get(20)
	}()
}
