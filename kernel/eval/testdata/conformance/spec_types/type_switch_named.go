package main

import "fmt"

type Celsius float64
type IDs []int

func kind(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case float64:
		return fmt.Sprint("float64 ", v)
	case Celsius:
		return fmt.Sprint("Celsius ", v)
	case []int:
		return "[]int"
	case IDs:
		return fmt.Sprint("IDs ", len(v))
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	var a any = Celsius(2)
	var b any = 2.0
	var c any = IDs{1, 2}
	var d any = []int{1}
	var e any
	var f any = "s"
	for _, x := range []any{a, b, c, d, e, f} {
		fmt.Println(kind(x))
	}
}
