package main

import "fmt"

type Engine struct{ hp int }

func (e Engine) Power() int  { return e.hp }
func (e *Engine) Tune(d int) { e.hp += d }

type Car struct {
	Engine
	name string
}

type Truck struct {
	*Engine
	load int
}

func main() {
	c := Car{Engine{100}, "car"}
	power := Car.Power // promoted value method as a method expression
	tune := (*Car).Tune
	tune(&c, 20)
	fmt.Println(power(c), c.hp)
	fmt.Printf("%T\n%T\n", power, tune)

	t := Truck{&Engine{300}, 10}
	tp := Truck.Power // through the embedded pointer
	tt := Truck.Tune  // the pointer method is in Truck's method set
	tt(t, 5)
	fmt.Println(tp(t), t.hp)

	mv := c.Tune // method value of a promoted pointer method: &c.Engine
	mv(1)
	fmt.Println(c.hp)
	fns := []func(Car) int{Car.Power, func(c Car) int { return c.hp * 2 }}
	for _, f := range fns {
		fmt.Print(f(c), " ")
	}
	fmt.Println()
}
