package main

import "fmt"

type Num interface{ ~int | ~float64 }

func double[T Num](v T) T { return v * 2 }

func show(vals ...interface{}) {
	for _, v := range vals {
		switch x := v.(type) {
		case int, int64:
			fmt.Printf("integer %T %v; ", x, x) // x has v's type: interface{}
		case float64:
			fmt.Printf("float %v; ", double(x))
		case nil:
			fmt.Printf("nil %v; ", x)
		case error:
			fmt.Printf("error %v; ", x.Error())
		default:
			fmt.Printf("default %T; ", x)
		}
	}
	fmt.Println()
}

func main() {
	show(1, int64(2), 2.5, nil, fmt.Errorf("e"), "s", []int{})
	var v interface{} = 3
	switch v := v.(type) {
	case int:
		v++
		fmt.Println(v)
	}
	fmt.Println(v)
}
