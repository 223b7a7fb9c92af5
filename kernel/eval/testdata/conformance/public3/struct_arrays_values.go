package main

import "fmt"

type Vec3 [3]float64

func (v Vec3) Add(o Vec3) Vec3 {
	for i := range v {
		v[i] += o[i]
	}
	return v
}

func (v *Vec3) Scale(f float64) {
	for i := range v {
		v[i] *= f
	}
}

func (v Vec3) Dot(o Vec3) (s float64) {
	for i, x := range v {
		s += x * o[i]
	}
	return
}

type Particle struct {
	Pos, Vel Vec3
	Tags     [2]string
}

type Inventory struct {
	Slots [4]struct {
		Item  string
		Count int
	}
}

func (inv *Inventory) Add(item string, n int) bool {
	for i := range inv.Slots {
		s := &inv.Slots[i]
		if s.Item == item || s.Item == "" {
			s.Item = item
			s.Count += n
			return true
		}
	}
	return false
}

func main() {
	a := Vec3{1, 2, 3}
	b := a.Add(Vec3{10, 10, 10})
	fmt.Println(a, b, a.Dot(b))
	b.Scale(0.5)
	fmt.Println(b)
	ps := []Particle{{Pos: Vec3{0, 0, 0}, Vel: Vec3{1, 0, 0}, Tags: [2]string{"fast"}}}
	ps = append(ps, Particle{Vel: Vec3{0, 2, 0}})
	for i := range ps {
		ps[i].Pos = ps[i].Pos.Add(ps[i].Vel)
		ps[i].Pos.Scale(3)
	}
	for _, p := range ps {
		p.Tags[1] = "copy"
	}
	fmt.Printf("%+v\n", ps)
	q := ps[0]
	q.Pos[0] = 99
	fmt.Println(ps[0].Pos[0], q.Pos[0], ps[0] == ps[0], q == ps[0])
	var inv Inventory
	inv.Add("apple", 3)
	inv.Add("pear", 1)
	inv.Add("apple", 2)
	inv.Add("fig", 1)
	inv.Add("kiwi", 1)
	fmt.Println(inv.Add("plum", 1), inv)
	m := map[string]Vec3{"x": {1}}
	v := m["x"]
	v[1] = 5
	m["x"] = v
	fmt.Println(m)
	grid := [3][3]rune{}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = 'X'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
	arrOfPtr := [2]*Vec3{&a, &b}
	arrOfPtr[0].Scale(2)
	fmt.Println(a, len(arrOfPtr))
}
