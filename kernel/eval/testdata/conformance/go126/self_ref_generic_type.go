package main

import "fmt"

// Go 1.26: a generic type may refer to itself in its own type parameter
// list.

type Node[N Node[N]] interface {
	Children() []N
	Name() string
}

type Dir struct {
	name string
	subs []Dir
}

func (d Dir) Children() []Dir { return d.subs }
func (d Dir) Name() string    { return d.name }

func Walk[N Node[N]](n N, depth int, visit func(string, int)) {
	visit(n.Name(), depth)
	for _, c := range n.Children() {
		Walk(c, depth+1, visit)
	}
}

type Cmp[T Cmp[T]] interface{ Compare(T) int }

type Ver struct{ Major, Minor int }

func (v Ver) Compare(o Ver) int {
	if v.Major != o.Major {
		return v.Major - o.Major
	}
	return v.Minor - o.Minor
}

func Latest[T Cmp[T]](xs ...T) T {
	best := xs[0]
	for _, x := range xs[1:] {
		if x.Compare(best) > 0 {
			best = x
		}
	}
	return best
}

func main() {
	root := Dir{"/", []Dir{{"etc", nil}, {"usr", []Dir{{"bin", nil}}}}}
	Walk(root, 0, func(name string, d int) { fmt.Printf("%*s%s\n", d*2, "", name) })
	fmt.Println(Latest(Ver{1, 2}, Ver{1, 10}, Ver{0, 99}))
}
