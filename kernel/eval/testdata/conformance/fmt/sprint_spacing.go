package main

import "fmt"

func main() {
	fmt.Println("a", 1, 2, "b", "c", 3.5)
	fmt.Print("a", 1, 2, "b", "c", 3.5, "\n")
	fmt.Print(1, 2, "\n")
	s := fmt.Sprint("x", 1, 2, "y")
	t := fmt.Sprintln("x", 1)
	fmt.Printf("%q %q\n", s, t)
	fmt.Println([]string{"a b", "c"}, []any{1, "x", nil}, [2]bool{})
	fmt.Println(nil, []int(nil), map[string]int(nil))
	var ip *int
	fmt.Println(ip)
	fmt.Println(1e6, 1e21, 123456789.0, 0.000001, float32(2.5), 100.0)
	fmt.Println(complex(1, -2), uint8(200), 'x', byte('y'))
}
