package main

import "fmt"

type T struct{ N int }

func (t T) M() string { return fmt.Sprint("M", t.N) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func mk() T            { return T{7} }
func temp() Celsius    { return 21.5 }
func pair() (T, error) { return T{3}, nil }

func g(v any, i int) {
	fmt.Printf("%T %v %d\n", v, v, i)
	if m, ok := v.(interface{ M() string }); ok {
		fmt.Println(m.M())
	}
	if t, ok := v.(T); ok {
		fmt.Println("T", t.N)
	}
}

func h(vs ...any) { fmt.Printf("%T %T\n", vs[0], vs[1]) }

func main() {
	g(mk(), 1)
	g(temp(), 2)
	h(mk(), temp())
	var a any = mk()
	fmt.Printf("%T\n", a)
	fmt.Println(fmt.Sprint(temp()), fmt.Sprintf("%T", mk()))
}
