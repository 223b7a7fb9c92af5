// A struct printed with a verb that does not fit its fields: fmt names
// each field's type in %!verb(type=value). With a field whose String
// method fmt calls (Label below), the other fields, unexported ones and
// ones without methods, kept their types' names too only in Go: the
// notebook named their underlying types (%!d(float64=3)).
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Plain float64

type Count int8

type Reading struct {
	Label Temp
	raw   Temp
	p     Plain
	Q     Plain
	n     Count
	tags  []string
}

func main() {
	r := Reading{Label: 21.5, raw: 3, p: 4, Q: 5, n: 6, tags: []string{"a"}}
	fmt.Printf("%d\n", r)
	fmt.Printf("%q\n", r)
	fmt.Printf("%x\n", r)
	fmt.Printf("%v %+v\n", r, r)
	fmt.Printf("%t\n", []Reading{r})
	fmt.Printf("%s\n", &r)
}
