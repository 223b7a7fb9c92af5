package main

import (
	"fmt"
	"sort"
	"strings"
)

type Engine struct {
	HP      int
	running bool
}

func (e *Engine) Start() string {
	if e.running {
		return "already running"
	}
	e.running = true
	return fmt.Sprintf("vroom (%dhp)", e.HP)
}
func (e *Engine) Stop()         { e.running = false }
func (e *Engine) Running() bool { return e.running }

type Wheels struct{ Count int }

func (w Wheels) Describe() string { return fmt.Sprintf("%d wheels", w.Count) }

type Vehicle interface {
	Start() string
	Running() bool
	Describe() string
	ID() string
}

type Car struct {
	*Engine
	Wheels
	Plate string
}

func (c Car) ID() string { return "car:" + c.Plate }

type Truck struct {
	Car
	Load int
}

func (t Truck) ID() string       { return "truck:" + t.Plate }
func (t Truck) Describe() string { return t.Car.Describe() + fmt.Sprintf(", load %dkg", t.Load) }

type Bike struct {
	Wheels
	Owner string
	on    bool
}

func (b *Bike) Start() string { b.on = true; return "pedal" }
func (b *Bike) Running() bool { return b.on }
func (b *Bike) ID() string    { return "bike:" + b.Owner }

func main() {
	sharedEngine := &Engine{HP: 300}
	fleet := []Vehicle{
		Car{&Engine{HP: 120}, Wheels{4}, "AB-1"},
		Truck{Car{sharedEngine, Wheels{6}, "TR-9"}, 5000},
		&Bike{Wheels{2}, "ann", false},
		Car{sharedEngine, Wheels{4}, "SH-2"},
	}
	for _, v := range fleet {
		fmt.Printf("%-10s %-22s %s\n", v.ID(), v.Describe(), v.Start())
	}
	running := 0
	for _, v := range fleet {
		if v.Running() {
			running++
		}
	}
	fmt.Println("running:", running, "shared running:", sharedEngine.Running())
	sharedEngine.Stop()
	fmt.Println(fleet[1].Running(), fleet[3].Running(), fleet[0].Running())
	ids := make([]string, len(fleet))
	for i, v := range fleet {
		ids[i] = v.ID()
	}
	sort.Strings(ids)
	fmt.Println(strings.Join(ids, ","))
	if t, ok := fleet[1].(Truck); ok {
		fmt.Println(t.HP, t.Count, t.Car.ID(), t.Engine == sharedEngine)
	}
	if c, ok := fleet[3].(Car); ok {
		c.Plate = "copy"
		fmt.Println(c.ID(), fleet[3].ID())
	}
}
