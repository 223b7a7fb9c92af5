package main

import (
	"fmt"
	"sort"
	"strings"
)

type radix struct {
	children map[byte]*edge
	leaf     bool
	value    int
}

type edge struct {
	label string
	node  *radix
}

func newRadix() *radix { return &radix{children: map[byte]*edge{}} }

func commonPrefix(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

func (r *radix) Insert(key string, v int) {
	n := r
	for {
		if key == "" {
			n.leaf, n.value = true, v
			return
		}
		e, ok := n.children[key[0]]
		if !ok {
			child := newRadix()
			child.leaf, child.value = true, v
			n.children[key[0]] = &edge{key, child}
			return
		}
		p := commonPrefix(key, e.label)
		if p == len(e.label) {
			n, key = e.node, key[p:]
			continue
		}
		mid := newRadix()
		mid.children[e.label[p]] = &edge{e.label[p:], e.node}
		e.label, e.node = e.label[:p], mid
		n, key = mid, key[p:]
	}
}

func (r *radix) Get(key string) (int, bool) {
	n := r
	for key != "" {
		e, ok := n.children[key[0]]
		if !ok || !strings.HasPrefix(key, e.label) {
			return 0, false
		}
		n, key = e.node, key[len(e.label):]
	}
	return n.value, n.leaf
}

func (r *radix) Dump(indent string, sb *strings.Builder) {
	keys := make([]byte, 0, len(r.children))
	for k := range r.children {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		e := r.children[k]
		mark := ""
		if e.node.leaf {
			mark = fmt.Sprintf(" =%d", e.node.value)
		}
		fmt.Fprintf(sb, "%s%q%s\n", indent, e.label, mark)
		e.node.Dump(indent+"  ", sb)
	}
}

func (r *radix) Walk(prefix string, f func(string, int)) {
	if r.leaf {
		f(prefix, r.value)
	}
	keys := make([]byte, 0, len(r.children))
	for k := range r.children {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		e := r.children[k]
		e.node.Walk(prefix+e.label, f)
	}
}

func main() {
	r := newRadix()
	for i, w := range []string{"romane", "romanus", "romulus", "rubens", "ruber", "rubicon", "rubicundus", "rom", "r"} {
		r.Insert(w, i)
	}
	var sb strings.Builder
	r.Dump("", &sb)
	fmt.Print(sb.String())
	for _, k := range []string{"rom", "roma", "rubicon", "rub", "x", "r", ""} {
		v, ok := r.Get(k)
		fmt.Printf("%q=%d,%v ", k, v, ok)
	}
	fmt.Println()
	var all []string
	r.Walk("", func(k string, v int) { all = append(all, fmt.Sprintf("%s:%d", k, v)) })
	fmt.Println(all)
}
