package main

import "fmt"

type Meters float64

type Route struct{ legs []Meters }

// Total must convert: its result is a float64, the sum a Meters.
func (r Route) Total() float64 {
	var sum Meters
	for _, l := range r.legs {
		sum += l
	}
	return sum
}

func main() {
	fmt.Println(Route{[]Meters{1.5, 2}}.Total())
}
