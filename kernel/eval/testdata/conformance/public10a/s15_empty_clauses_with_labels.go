package main

import "fmt"

func kind(x int) string {
	out := "?"
	switch x {
	case 0:
	case 1:
	L:
		for {
			break L
		}
		out = "one"
	default:
	}
	return out
}

func main() {
	fmt.Println(kind(0), kind(1), kind(2))
	ch := make(chan int, 1)
	ch <- 1
	select {
	case <-ch:
	default:
	}
	var v interface{} = 1.5
	switch v.(type) {
	case int:
	default:
	}
	fmt.Println("done", len(ch))
	for _, x := range []interface{}{1, "s", 2.5} {
		fmt.Print(name(x), " ", first(x), " ")
	}
	fmt.Println()
}

func name(v interface{}) string {
	r := "other"
	switch x := v.(type) {
	case int:
		r = fmt.Sprint("int ", x)
	default:
	}
	return r
}

func first(v interface{}) string {
	r := "none"
	switch v.(type) {
	default:
	case string:
		r = "string"
	case float64:
	}
	return r
}
