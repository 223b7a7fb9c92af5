package main

import "fmt"

func classify(x int) string {
	switch r := x % 3; {
	case r == 0 && x > 0:
		return "fizz"
	case r < 0:
		return "neg"
	}
	return "plain"
}

func main() {
	for _, x := range []int{3, 4, -2, 0} {
		fmt.Print(classify(x), " ")
	}
	fmt.Println()
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("yes", s)
	}
	var v any = 3.5
	switch t := v.(type) {
	case int:
		fmt.Println("int", t)
	case float64, float32:
		fmt.Printf("float %T\n", t)
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		if x == 5 {
			break
		}
		fmt.Println("never")
	}
}
