package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Record struct {
	ID     int
	Parent int
}

type Node struct {
	ID       int
	Children []*Node
}

var (
	ErrNoRoot    = errors.New("no root node")
	ErrCycle     = errors.New("cycle")
	ErrDuplicate = errors.New("duplicate node")
)

type RecordError struct {
	Rec Record
	Err error
}

func (e RecordError) Error() string { return fmt.Sprintf("record %+v: %v", e.Rec, e.Err) }
func (e RecordError) Unwrap() error { return e.Err }

func Build(records []Record) (*Node, error) {
	if len(records) == 0 {
		return nil, nil
	}
	sort.Slice(records, func(i, j int) bool { return records[i].ID < records[j].ID })
	nodes := make([]*Node, len(records))
	for i, r := range records {
		switch {
		case r.ID != i:
			if i > 0 && r.ID == records[i-1].ID {
				return nil, RecordError{r, ErrDuplicate}
			}
			return nil, RecordError{r, fmt.Errorf("non-contiguous id %d (want %d)", r.ID, i)}
		case r.ID == 0 && r.Parent != 0:
			return nil, RecordError{r, ErrNoRoot}
		case r.ID != 0 && r.Parent >= r.ID:
			return nil, RecordError{r, ErrCycle}
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
	if n == nil {
		return "<empty>"
	}
	var sb strings.Builder
	var walk func(n *Node, depth int)
	walk = func(n *Node, depth int) {
		fmt.Fprintf(&sb, "%s%d\n", strings.Repeat("  ", depth), n.ID)
		for _, c := range n.Children {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return sb.String()
}

func main() {
	cases := [][]Record{
		nil,
		{{0, 0}},
		{{2, 0}, {4, 1}, {1, 0}, {0, 0}, {5, 2}, {3, 2}, {6, 1}},
		{{1, 0}, {2, 0}},
		{{0, 1}},
		{{0, 0}, {1, 0}, {1, 0}},
		{{0, 0}, {1, 2}, {2, 1}},
		{{0, 0}, {2, 0}},
	}
	for i, c := range cases {
		root, err := Build(c)
		var re RecordError
		switch {
		case errors.Is(err, ErrCycle):
			fmt.Println(i, "cycle:", err)
		case errors.As(err, &re):
			fmt.Println(i, "record error at", re.Rec.ID, "-", err)
		case err != nil:
			fmt.Println(i, "error", err)
		default:
			fmt.Print(i, " ok\n", root)
		}
	}
}
