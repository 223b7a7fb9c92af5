package main

import "fmt"

// Value-receiver methods called on struct variables in loops: the method
// gets a copy (changes to it are not seen), the variable changes between
// calls, the struct holds strings and slices, methods return several
// values.

type V struct{ X, Y int }

func (v V) Sum() int          { return v.X + v.Y }
func (v V) Bump() int         { v.X += 100; return v.X }
func (v V) Add(w V) V         { return V{v.X + w.X, v.Y + w.Y} }
func (v V) Parts() (int, int) { return v.X, v.Y }

type Item struct {
	Name  string
	Tags  []string
	Price float64
}

func (it Item) Label() string { return fmt.Sprintf("%s(%d)", it.Name, len(it.Tags)) }
func (it Item) Cost(n int) float64 {
	it.Price *= 2 // a change of the copy
	return it.Price * float64(n) / 2
}

type Temp struct{ C float64 }

func (t Temp) F() float64 { return t.C*9/5 + 32 }

func main() {
	v := V{1, 2}
	t := 0
	for i := 0; i < 10; i++ {
		t += v.Sum()
		t += v.Bump()
		v.Y++
	}
	fmt.Println(t, v)

	acc := V{}
	for i := 0; i < 5; i++ {
		acc = acc.Add(V{i, i * i})
	}
	a, b := acc.Parts()
	fmt.Println(acc, a, b)

	it := Item{"pen", []string{"office", "blue"}, 1.5}
	c := 0.0
	for i := 1; i <= 3; i++ {
		c += it.Cost(i)
	}
	fmt.Println(it.Label(), c, it.Price)

	temps := []Temp{{0}, {37}, {100}}
	for i := range temps {
		tt := temps[i]
		fmt.Printf("%.1f ", tt.F())
	}
	fmt.Println()

	w := V{3, 4}
	p := &w
	s := 0
	for i := 0; i < 3; i++ {
		s += w.Sum()
		p.X *= 2
	}
	fmt.Println(s, w)

	// Value-receiver methods called on pointers: the value pointed to is
	// copied at each call.
	pv := &V{5, 6}
	ps := 0
	for i := 0; i < 4; i++ {
		ps += pv.Sum() + pv.Bump()
		pv.X++
	}
	fmt.Println(ps, *pv)
	pit := &it
	for i := 0; i < 2; i++ {
		fmt.Println(pit.Label(), pit.Cost(2))
		pit.Tags = append(pit.Tags, "x")
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var np *V
		for i := 0; i < 2; i++ {
			if i == 1 {
				fmt.Println(np.Sum())
			}
		}
	}()
}
