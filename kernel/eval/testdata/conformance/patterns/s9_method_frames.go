package main

import (
	"errors"
	"fmt"
	"strings"
)

// Methods called many times in loops: value receivers that read fields,
// pointer receivers that update them, methods calling methods, recursion
// through methods, panics and results that outlive the call.

type Vec struct{ X, Y float64 }

func (v Vec) Dot(w Vec) float64 { return v.X*w.X + v.Y*w.Y }
func (v Vec) Len2() float64     { return v.Dot(v) }
func (v Vec) Scale(k float64) Vec {
	v.X *= k
	v.Y *= k
	return v
}

type Account struct {
	Name    string
	Balance int
	History []int
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.History = append(a.History, n)
}

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return errors.New("insufficient funds for " + a.Name)
	}
	a.Deposit(-n)
	return nil
}

func (a Account) Summary() string { return fmt.Sprintf("%s:%d/%d", a.Name, a.Balance, len(a.History)) }
func (a Account) Last() []int     { return a.History[len(a.History)-2:] }
func (a Account) Owner() *string  { return &a.Name }

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Left.Sum() + n.Right.Sum()
}

func (n *Node) Depth() int {
	if n == nil {
		return 0
	}
	l, r := n.Left.Depth(), n.Right.Depth()
	if l > r {
		return l + 1
	}
	return r + 1
}

type Grid struct {
	W, H  int
	Cells []byte
}

func (g Grid) At(x, y int) byte      { return g.Cells[y*g.W+x] }
func (g *Grid) Set(x, y int, b byte) { g.Cells[y*g.W+x] = b }
func (g Grid) Row(y int) []byte      { return g.Cells[y*g.W : (y+1)*g.W] }

type Temp struct{ C float64 }

func (t Temp) F() float64 { return t.C*9/5 + 32 }
func (t *Temp) Must() float64 {
	if t.C < -273.15 {
		panic(fmt.Sprintf("below absolute zero: %v", t.C))
	}
	return t.C
}

type counter struct{ n int }

func (c *counter) inc()      { c.n++ }
func (c *counter) add(k int) { c.n += k }

func main() {
	v := Vec{1, 2}
	total := 0.0
	for i := 0; i < 1000; i++ {
		w := Vec{float64(i), 1}
		total += v.Dot(w) + w.Len2()/1000
		v = v.Scale(1)
	}
	fmt.Printf("%.3f %v\n", total, v.Scale(3))

	acc := &Account{Name: "ann"}
	for i := 1; i <= 100; i++ {
		acc.Deposit(i)
		if i%10 == 0 {
			if err := acc.Withdraw(i * 8); err != nil {
				fmt.Println(err)
			}
		}
	}
	last := acc.Last()
	owner := acc.Owner()
	s1 := acc.Summary()
	acc.Deposit(1)
	fmt.Println(s1, acc.Summary(), last, *owner, len(acc.History))

	var root *Node
	for i := 0; i < 200; i++ {
		root = root.Insert((i * 37) % 101)
	}
	fmt.Println(root.Sum(), root.Depth())

	g := Grid{W: 4, H: 3, Cells: make([]byte, 12)}
	for y := 0; y < g.H; y++ {
		for x := 0; x < g.W; x++ {
			g.Set(x, y, byte('a'+x+y))
		}
	}
	var rows []string
	for y := 0; y < g.H; y++ {
		rows = append(rows, string(g.Row(y))+string(g.At(0, y)))
	}
	fmt.Println(strings.Join(rows, " "))

	temps := []Temp{{0}, {100}, {-300}, {37}}
	for _, t := range temps {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("recovered:", r)
				}
			}()
			fmt.Printf("%.1f %.1f\n", t.Must(), t.F())
		}()
	}

	var c counter
	p := &c
	for i := 0; i < 100000; i++ {
		c.inc()
		p.add(2)
	}
	fmt.Println(c.n)

	// Method values and method expressions keep their receivers.
	fs := []func(){}
	cs := []*counter{{}, {}, {}}
	for i, cc := range cs {
		fs = append(fs, cc.inc)
		for j := 0; j < i; j++ {
			fs = append(fs, cc.inc)
		}
	}
	for _, f := range fs {
		f()
	}
	dot := Vec.Dot
	fmt.Println(cs[0].n, cs[1].n, cs[2].n, dot(Vec{1, 1}, Vec{2, 3}))
}
