package main

import "fmt"

// Fields read through pointers in expressions: floats, ints, strings,
// bools, unexported and nested fields, fields of structs in slices,
// nil pointers, and values changed through other pointers.

type Point struct{ X, Y float64 }

type particle struct {
	pos   Point
	vel   Point
	mass  float64
	name  string
	alive bool
	id    int
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Total() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Total() + t.Right.Total()
}

func energy(p *particle) float64 {
	return 0.5 * p.mass * (p.vel.X*p.vel.X + p.vel.Y*p.vel.Y)
}

func main() {
	p := &particle{pos: Point{1, 2}, vel: Point{3, 4}, mass: 2, name: "a", alive: true, id: 7}
	e := 0.0
	for i := 0; i < 100; i++ {
		e += energy(p)
		p.mass += 0.01
	}
	fmt.Printf("%.4f %.2f\n", e, p.mass)

	q := p
	q.id = 9
	fmt.Println(p.id, p.name+"!", p.alive && p.id > 8, p.pos.X+p.pos.Y)

	ps := make([]particle, 4)
	for i := range ps {
		ps[i].id = i
		ps[i].mass = float64(i) * 1.5
	}
	tot := 0.0
	ids := 0
	for i := range ps {
		pp := &ps[i]
		tot += pp.mass * 2
		ids += pp.id
	}
	fmt.Println(tot, ids)

	pt := &Point{1.5, -2}
	s := 0.0
	for i := 0; i < 10; i++ {
		s += 3 * pt.X * pt.X
		s -= pt.Y
		if i == 4 {
			pt = &Point{0.5, 0.5}
		}
	}
	fmt.Println(s)

	t := &Tree{Val: 1, Left: &Tree{Val: 2}, Right: &Tree{Val: 3, Left: &Tree{Val: 4}}}
	fmt.Println(t.Total(), t.Right.Left.Val, t.Left.Right == nil)

	var np *Point
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		x := 0.0
		for i := 0; i < 3; i++ {
			if i == 2 {
				x += np.X
			}
		}
		fmt.Println(x)
	}()

	// A field read through a pointer whose target changes through another
	// pointer.
	a := &Point{1, 1}
	b := a
	sum := 0.0
	for i := 0; i < 5; i++ {
		sum += a.X
		b.X *= 2
	}
	fmt.Println(sum, a.X)

	type cell struct{ v int }
	grid := [3]*cell{{1}, {2}, {3}}
	g := 0
	for i := 0; i < 3; i++ {
		c := grid[i]
		g = g*10 + c.v
	}
	fmt.Println(g)
}
