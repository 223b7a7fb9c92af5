package main

import (
	"fmt"
	"strings"
)

type Rope interface {
	Len() int
	Index(i int) byte
	String() string
	Split(i int) (Rope, Rope)
	Depth() int
}

type leaf string

type concat struct {
	left, right Rope
	n, depth    int
}

func (l leaf) Len() int         { return len(l) }
func (l leaf) Index(i int) byte { return l[i] }
func (l leaf) String() string   { return string(l) }
func (l leaf) Depth() int       { return 0 }
func (l leaf) Split(i int) (Rope, Rope) {
	return leaf(l[:i]), leaf(l[i:])
}

func Concat(a, b Rope) Rope {
	if a.Len() == 0 {
		return b
	}
	if b.Len() == 0 {
		return a
	}
	if la, ok := a.(leaf); ok {
		if lb, ok := b.(leaf); ok && len(la)+len(lb) <= 8 {
			return la + lb
		}
	}
	return &concat{a, b, a.Len() + b.Len(), 1 + max(a.Depth(), b.Depth())}
}

func (c *concat) Len() int   { return c.n }
func (c *concat) Depth() int { return c.depth }
func (c *concat) Index(i int) byte {
	if i < c.left.Len() {
		return c.left.Index(i)
	}
	return c.right.Index(i - c.left.Len())
}
func (c *concat) String() string {
	var sb strings.Builder
	var walk func(r Rope)
	walk = func(r Rope) {
		switch x := r.(type) {
		case leaf:
			sb.WriteString(string(x))
		case *concat:
			walk(x.left)
			walk(x.right)
		}
	}
	walk(c)
	return sb.String()
}
func (c *concat) Split(i int) (Rope, Rope) {
	ll := c.left.Len()
	switch {
	case i == ll:
		return c.left, c.right
	case i < ll:
		a, b := c.left.Split(i)
		return a, Concat(b, c.right)
	default:
		a, b := c.right.Split(i - ll)
		return Concat(c.left, a), b
	}
}

func Insert(r Rope, i int, s string) Rope {
	a, b := r.Split(i)
	return Concat(Concat(a, leaf(s)), b)
}

func Delete(r Rope, i, n int) Rope {
	a, rest := r.Split(i)
	_, b := rest.Split(n)
	return Concat(a, b)
}

func main() {
	var r Rope = leaf("")
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		r = Concat(r, leaf(w+" "))
	}
	fmt.Printf("%q %d %d\n", r, r.Len(), r.Depth())
	r = Insert(r, 4, "very ")
	r = Delete(r, 0, 4)
	fmt.Printf("%q %c%c\n", r.String(), r.Index(0), r.Index(r.Len()-2))
	a, b := r.Split(10)
	fmt.Printf("%q | %q\n", a, b)
	fmt.Println(fmt.Sprint(Concat(b, a)) == b.String()+a.String())
	var sb strings.Builder
	for i := 0; i < r.Len(); i += 5 {
		sb.WriteByte(r.Index(i))
	}
	fmt.Println(sb.String())
}
