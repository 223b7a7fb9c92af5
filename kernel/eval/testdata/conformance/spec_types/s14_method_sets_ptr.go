package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Value() int { return c.n }

type Incer interface{ Inc() }
type Valuer interface{ Value() int }
type Both interface {
	Incer
	Valuer
}

func main() {
	var c Counter
	var v any = c
	var p any = &c
	_, ok := v.(Incer)
	fmt.Println("Counter is Incer:", ok)
	_, ok = v.(Valuer)
	fmt.Println("Counter is Valuer:", ok)
	_, ok = p.(Incer)
	fmt.Println("*Counter is Incer:", ok)
	_, ok = p.(Valuer)
	fmt.Println("*Counter is Valuer:", ok)
	b, ok := p.(Both)
	fmt.Println("*Counter is Both:", ok)
	b.Inc()
	b.Inc()
	fmt.Println(b.Value(), c.n)
	_, ok = v.(Both)
	fmt.Println("Counter is Both:", ok)
	for _, x := range []any{c, &c} {
		switch t := x.(type) {
		case Both:
			fmt.Println("Both", t.Value())
		case Valuer:
			fmt.Println("Valuer", t.Value())
		}
	}
}
