package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Record struct {
	ID, Parent int
}

type Node struct {
	ID       int
	Children []*Node
}

var (
	ErrNoRoot    = errors.New("no root node")
	ErrDuplicate = errors.New("duplicate node")
	ErrParent    = errors.New("bad parent")
	ErrGap       = errors.New("non-continuous")
)

func Build(records []Record) (*Node, error) {
	if len(records) == 0 {
		return nil, nil
	}
	rs := append([]Record(nil), records...)
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	nodes := make([]*Node, len(rs))
	for i, r := range rs {
		switch {
		case r.ID != i:
			if r.ID < i {
				return nil, fmt.Errorf("id %d: %w", r.ID, ErrDuplicate)
			}
			return nil, fmt.Errorf("id %d at %d: %w", r.ID, i, ErrGap)
		case r.ID == 0 && r.Parent != 0:
			return nil, fmt.Errorf("root parent %d: %w", r.Parent, ErrNoRoot)
		case r.ID != 0 && r.Parent >= r.ID:
			return nil, fmt.Errorf("node %d parent %d: %w", r.ID, r.Parent, ErrParent)
		}
		nodes[i] = &Node{ID: r.ID}
		if i > 0 {
			p := nodes[r.Parent]
			p.Children = append(p.Children, nodes[i])
		}
	}
	return nodes[0], nil
}

func (n *Node) String() string {
	var sb strings.Builder
	var walk func(*Node, int)
	walk = func(n *Node, d int) {
		fmt.Fprintf(&sb, "%s%d\n", strings.Repeat("  ", d), n.ID)
		for _, c := range n.Children {
			walk(c, d+1)
		}
	}
	walk(n, 0)
	return sb.String()
}

func (n *Node) Depth() int {
	d := 0
	for _, c := range n.Children {
		d = max(d, c.Depth())
	}
	return d + 1
}

func main() {
	tests := [][]Record{
		{{0, 0}, {1, 0}, {2, 0}, {3, 1}, {4, 1}, {5, 2}, {6, 5}},
		{{5, 1}, {3, 2}, {2, 0}, {4, 1}, {1, 0}, {0, 0}, {6, 2}},
		{},
		{{0, 1}},
		{{0, 0}, {1, 0}, {1, 0}},
		{{0, 0}, {2, 0}},
		{{0, 0}, {1, 2}, {2, 0}},
		{{0, 0}, {1, 1}},
	}
	for _, t := range tests {
		root, err := Build(t)
		switch {
		case err != nil:
			kind := "other"
			for _, e := range []error{ErrNoRoot, ErrDuplicate, ErrParent, ErrGap} {
				if errors.Is(err, e) {
					kind = e.Error()
				}
			}
			fmt.Printf("error %q (%s)\n", err, kind)
		case root == nil:
			fmt.Println("empty tree")
		default:
			fmt.Print(root)
			fmt.Println("depth", root.Depth())
		}
	}
}
