package main

import "fmt"

type Stringer interface{ String() string }
type S string

func (s S) String() string { return "S:" + string(s) }

func describe(x interface{}) string {
	switch i := x.(type) {
	case nil:
		return "x is nil"
	case int:
		return fmt.Sprintf("int %d", i+1)
	case float64:
		return fmt.Sprint("float64 ", i*2)
	case func(int) float64:
		return fmt.Sprint("func ", i(3))
	case bool, string:
		return fmt.Sprintf("bool or string %T %v", i, i)
	case Stringer:
		return "Stringer " + i.String()
	case []int, map[string]int:
		return fmt.Sprintf("composite %T", i)
	case error:
		return "error " + i.Error()
	default:
		return fmt.Sprintf("don't know %T", i)
	}
}

func main() {
	var pi *int
	for _, v := range []interface{}{nil, 1, 2.5, func(n int) float64 { return float64(n) / 2 },
		true, "s", S("x"), []int{1}, map[string]int{}, fmt.Errorf("e"), pi, struct{}{}} {
		fmt.Println(describe(v))
	}
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error interface")
	}
	switch x := interface{}(pi); x.(type) {
	case *int:
		fmt.Println("typed nil pointer matches *int:", x == nil)
	}
}
