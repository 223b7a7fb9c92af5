package main

import "fmt"

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", v, v)
	case func(int) float64:
		return fmt.Sprint("func ", v(2))
	case bool, string:
		return fmt.Sprintf("bool or string %v", v)
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	fmt.Println(classify(nil), classify(3), classify(int64(4)))
	fmt.Println(classify(func(i int) float64 { return float64(i) / 4 }))
	fmt.Println(classify("s"), classify(fmt.Errorf("e")), classify(3.5))
	x := 5
	switch {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 100:
		fmt.Println("fell")
	case x > 1:
		fmt.Println("never")
	default:
		fmt.Println("default")
	}
	switch y := x * 2; y {
	case 1, 2, 3:
		fmt.Println("small")
	case 10:
		fmt.Println("ten")
	}
	switch f := func() int { return 1 }; f() {
	default:
		fmt.Println("default first")
	case 2:
		fmt.Println("two")
	}
}
