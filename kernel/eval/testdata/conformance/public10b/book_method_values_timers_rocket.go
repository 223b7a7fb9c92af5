package main

import (
	"fmt"
	"sync"
	"time"
)

type Rocket struct {
	Name     string
	launched bool
	mu       sync.Mutex
	log      []string
}

func (r *Rocket) Launch() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.launched = true
	r.log = append(r.log, r.Name+" launched")
}

func (r *Rocket) Abort(reason string) func() {
	return func() {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.log = append(r.log, r.Name+" aborted: "+reason)
	}
}

type Op func(float64, float64) float64

type Calc struct{ acc float64 }

func (c *Calc) Add(x float64) *Calc { c.acc += x; return c }
func (c *Calc) Mul(x float64) *Calc { c.acc *= x; return c }
func (c Calc) Value() float64       { return c.acc }

func main() {
	r := &Rocket{Name: "Apollo"}
	done := make(chan struct{})
	time.AfterFunc(5*time.Millisecond, func() { r.Launch(); close(done) })
	<-done
	t := time.AfterFunc(time.Hour, r.Abort("weather"))
	fmt.Println("abort timer stopped:", t.Stop())
	r.Abort("manual")()
	fmt.Println(r.log, r.launched)

	c := &Calc{}
	ops := []func(float64) *Calc{c.Add, c.Mul, c.Add}
	for i, op := range ops {
		op(float64(i + 2))
	}
	fmt.Println(c.Value())
	val := c.Value
	c.Add(100)
	fmt.Println(val(), c.Value())
	value := Calc.Value
	add := (*Calc).Add
	fmt.Println(value(*add(&Calc{1}, 2)))
	table := map[string]Op{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
	}
	fmt.Println(table["+"](1, 2), table["-"](1, 2), table["*"] == nil)
}
